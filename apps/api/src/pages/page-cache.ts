import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, RecentBytesMap, type AppConfig } from '#common';
import type { ContentKey } from '#directory';
import { weighEncodedPage, type EncodedPage } from '#web';

/** A rendered page, the offers it shows (each opening counts a view of each), and whose it is: enough to count an opening without the database. */
export interface CachedPage {
  page: EncodedPage;
  offerIds: readonly string[];
  territoryId: string;
  timeZone: string;
  accommodationId?: string;
  /** The territory's printed edition whose QR code opened it (0: none). */
  edition?: number;
}

const ID_BYTES = 100;

/** The bytes a cached page holds: the page as any cache weighs it, and its ids. */
export function weighCachedPage(cached: CachedPage, key: string): number {
  return weighEncodedPage(cached.page, key) + ID_BYTES * cached.offerIds.length;
}

/** The page cache's key of an address: the territory's content version and the minute ("open now") make it change. */
export const pageCacheKey = (address: string, key: ContentKey, now: Date) => `${address}|${key.contentVersion}|${Math.floor(now.getTime() / 60_000)}`;

/**
 * Rendered pages, in this process, at most `PAGE_CACHE_MB` of them (least recently served dropped
 * first). Keys carry the territory's content version, which the database bumps on every change of
 * a producer, offer, accommodation or the territory: an edit made through any instance changes the
 * key everywhere, so no instance can serve the old page. Keys also carry the minute, for "open now".
 */
@Injectable()
export class PageCache extends RecentBytesMap<string, CachedPage> {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.pageCacheBytes, weighCachedPage);
  }

  /** The page kept under `key`, else the one `render` makes now, kept (nothing kept when it finds no page). */
  async orRender(key: string, render: () => Promise<CachedPage | undefined>): Promise<CachedPage | undefined> {
    const known = this.get(key);
    if (known) return known;
    const rendered = await render();
    if (rendered) this.set(key, rendered);
    return rendered;
  }
}
