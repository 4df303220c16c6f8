import { Injectable } from '@nestjs/common';
import { RecentMap } from '#common';
import type { EncodedPage } from '#web';

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

const MAX_ENTRIES = 2000;

/**
 * Rendered pages, in this process. Keys carry the territory's content version, which the database
 * bumps on every change of a producer, offer, accommodation or the territory: an edit made through
 * any instance changes the key everywhere, so no instance can serve the old page. Keys also carry
 * the minute, for "open now".
 */
@Injectable()
export class PageCache extends RecentMap<string, CachedPage> {
  constructor() {
    super(MAX_ENTRIES);
  }
}
