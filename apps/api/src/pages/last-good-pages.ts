import { Injectable } from '@nestjs/common';
import { RecentMap } from '#common';
import type { CachedPage } from './page-cache.js';

/** Two per accommodation and language of a large territory: the pages share their bytes with the page cache. */
const MAX_ENTRIES = 2000;

/**
 * The last page rendered for each address (code, language, filters), whatever its content
 * version or minute: what a tourist is shown while the database is away — in a field with no
 * signal, yesterday's offers are better than no page. Kept apart from the page cache's keys and
 * from the showcase keys (dropped when the database's notifications are lost), so it stays
 * whatever the database does.
 */
@Injectable()
export class LastGoodPages {
  private readonly pages = new RecentMap<string, CachedPage>(MAX_ENTRIES);

  get(address: string): CachedPage | undefined {
    return this.pages.get(address);
  }

  /** Called on every page served: costs a look-up unless the page changed. */
  keep(address: string, page: CachedPage): void {
    if (this.pages.get(address) !== page) this.pages.set(address, page);
  }
}
