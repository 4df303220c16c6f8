import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, RecentBytesMap, type AppConfig } from '#common';
import { weighCachedPage, type CachedPage } from './page-cache.js';

/**
 * The last page rendered for each address (code, language, filters), whatever its content
 * version or minute: what a tourist is shown while the database is away — in a field with no
 * signal, yesterday's offers are better than no page. Kept apart from the page cache's keys and
 * from the showcase keys (dropped when the database's notifications are lost), so it stays
 * whatever the database does. Bounded by `PAGE_CACHE_MB` as the page cache is; the two share
 * most of their pages (the latest of each address), so both together hold at most twice that.
 */
@Injectable()
export class LastGoodPages {
  private readonly pages: RecentBytesMap<string, CachedPage>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pages = new RecentBytesMap(config.pageCacheBytes, weighCachedPage);
  }

  /** What the pages held weigh. */
  get bytes(): number {
    return this.pages.bytes;
  }

  get(address: string): CachedPage | undefined {
    return this.pages.get(address);
  }

  /** Called on every page served: costs a look-up unless the page changed. */
  keep(address: string, page: CachedPage): void {
    this.pages.set(address, page);
  }
}
