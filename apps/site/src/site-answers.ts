import { Injectable } from '@nestjs/common';
import { RecentMap } from '#common';
import type { EncodedPage } from '#web';

/** A page of a site as sent, or where it moved. */
export type RenderedAnswer = { page: EncodedPage; status: number } | { moved: string };

const MAX_ENTRIES = 2000;

/**
 * The site's rendered pages, in this process, two ways:
 * - by territory content version, minute and address (`rendered`): the database bumps the version on
 *   every change a site shows, through any instance, so no instance serves an old page; the minute is
 *   for "open now". A busy home page is rendered once a minute, not per visit.
 * - by the address as requested (`lastGood`), whatever the version: what a visitor is shown while the
 *   database is away, since yesterday's producers are better than an apology.
 */
@Injectable()
export class SiteAnswers {
  readonly rendered = new RecentMap<string, RenderedAnswer>(MAX_ENTRIES);
  readonly lastGood = new RecentMap<string, EncodedPage>(MAX_ENTRIES);
  /** Share cards (PNG, ~40 kB, a tenth of a second to draw) by territory content version, language and producer. */
  readonly shareCards = new RecentMap<string, Buffer>(200);
}
