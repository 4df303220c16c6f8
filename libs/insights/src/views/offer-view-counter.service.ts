import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BufferedCounter, type Counted } from '../counting/buffered-counter.js';

export interface OfferView {
  offerId: string;
  territoryId: string;
  day: string;
}

/** Counts how many times each offer was shown on a tourist page, per day: what a producer's offer was seen, not by whom. */
@Injectable()
export class OfferViewCounter extends BufferedCounter<OfferView> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  /** One page shown: each offer on it seen once. */
  shown(offerIds: readonly string[], territoryId: string, day: string): void {
    for (const offerId of offerIds) this.count({ offerId, territoryId, day });
  }

  protected keyOf(view: OfferView): string {
    return `${view.offerId}|${view.day}`;
  }

  protected async write(batch: Counted<OfferView>[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO offer_views (offer_id, territory_id, day, count)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::int[])
       ON CONFLICT (offer_id, day) DO UPDATE SET count = offer_views.count + EXCLUDED.count`,
      [batch.map((c) => c.event.offerId), batch.map((c) => c.event.territoryId), batch.map((c) => c.event.day), batch.map((c) => c.count)],
    );
  }
}
