import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BufferedCounter, ONCE_PER_BATCH, type Counted } from '../counting/buffered-counter.js';

/** One page shown: the offers on it, seen once each. */
export interface PageShown {
  offerIds: readonly string[];
  territoryId: string;
  day: string;
}

/**
 * Counts how many times each offer was shown on a tourist page, per day: what a producer's offer
 * was seen, not by whom. A page is counted as one event (its list of offers, which the page cache
 * keeps, is the key): a page with thirty offers costs a request one count, not thirty; the offers
 * are added up when the counts are written.
 */
@Injectable()
export class OfferViewCounter extends BufferedCounter<PageShown> {
  private readonly lists = new WeakMap<readonly string[], number>();
  private lastList = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  shown(offerIds: readonly string[], territoryId: string, day: string): void {
    if (offerIds.length > 0) this.count({ offerIds, territoryId, day });
  }

  protected keyOf(page: PageShown): string {
    let list = this.lists.get(page.offerIds);
    if (list === undefined) this.lists.set(page.offerIds, (list = ++this.lastList));
    return `${list}|${page.day}`;
  }

  protected async write(batch: Counted<PageShown>[], batchId: string): Promise<void> {
    const views = new Map<string, { offerId: string; territoryId: string; day: string; count: number }>();
    for (const { event, count } of batch) {
      for (const offerId of event.offerIds) {
        const key = `${offerId}|${event.day}`;
        const known = views.get(key);
        if (known) known.count += count;
        else views.set(key, { offerId, territoryId: event.territoryId, day: event.day, count });
      }
    }
    const rows = [...views.values()];
    await this.dataSource.query(
      `${ONCE_PER_BATCH(5)}
       INSERT INTO offer_views (offer_id, territory_id, day, count)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::int[]) WHERE EXISTS (SELECT 1 FROM first_write)
       ON CONFLICT (offer_id, day) DO UPDATE SET count = offer_views.count + EXCLUDED.count`,
      [rows.map((r) => r.offerId), rows.map((r) => r.territoryId), rows.map((r) => r.day), rows.map((r) => r.count), batchId],
    );
  }
}
