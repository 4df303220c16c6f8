import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, RecentBytesMap, type AppConfig } from '#common';
import { CACHE_ENTRY_BYTES, weighEncodedPage, type EncodedPage } from '#web';

/** A page of a site as sent, or where it moved. */
export type RenderedAnswer = { page: EncodedPage; status: number } | { moved: string };

/** Share cards are ~40 kB each: a few hundred of them. */
const SHARE_CARD_BYTES = 8 * 1024 * 1024;

const weighAnswer = (answer: RenderedAnswer, key: string) =>
  'moved' in answer ? 2 * answer.moved.length + 2 * key.length + CACHE_ENTRY_BYTES : weighEncodedPage(answer.page, key);

/**
 * The site's rendered pages, in this process, two ways, bounded in bytes together by
 * `PAGE_CACHE_MB` (half each; a page of 80 producers weighs ten of 5), least recently served dropped first:
 * - by territory content version, minute and address (`rendered`): the database bumps the version on
 *   every change a site shows, through any instance, so no instance serves an old page; the minute is
 *   for "open now". A busy home page is rendered once a minute, not per visit.
 * - by the address as requested (`lastGood`), whatever the version: what a visitor is shown while the
 *   database is away, since yesterday's producers are better than an apology.
 */
@Injectable()
export class SiteAnswers {
  readonly rendered: RecentBytesMap<string, RenderedAnswer>;
  readonly lastGood: RecentBytesMap<string, EncodedPage>;
  /** Share cards (PNG, ~40 kB, a tenth of a second to draw) by territory content version, language and producer. */
  readonly shareCards = new RecentBytesMap<string, Buffer>(SHARE_CARD_BYTES, (png, key) => png.length + 2 * key.length + CACHE_ENTRY_BYTES);

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.rendered = new RecentBytesMap(config.pageCacheBytes / 2, weighAnswer);
    this.lastGood = new RecentBytesMap(config.pageCacheBytes / 2, weighEncodedPage);
  }
}
