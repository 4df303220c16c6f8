import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { queryRows } from '#database';
import { Redemption } from '../redemptions/redemption.entity.js';
import type { TallySheetOffer } from './tally.dto.js';
import { TALLY_OLDEST_DAYS } from './tally-refusals.js';

/** A pass as a line of a sheet needs it. */
export interface TallyPass {
  id: string;
  code: string;
  territoryId: string;
  arrival: string;
  departure: string;
}

/** One use to try, as the line wrote it. */
export interface TallyInsert {
  passId: string;
  offerId: string;
  day: string;
  amountCents: number | null;
  recordedBy: string;
  idempotencyKey: string;
}

/** Every query of the tally sheets, in one place: the service keeps the rules (who may, which lines, all or nothing). */
@Injectable()
export class TallyQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The offers a sheet lists, numbered: the producer's published offers not ended before the oldest
   * day a sheet may carry, oldest first (an offer added later takes the next number).
   */
  sheetOffers(producerId: string, today: string): Promise<TallySheetOffer[]> {
    return queryRows<TallySheetOffer>(
      this.dataSource,
      `SELECT (row_number() OVER (ORDER BY o.created_at, o.id))::int AS number, o.id AS "offerId", o.title, o.kind, o.value,
              o.min_purchase_cents AS "minPurchaseCents"
         FROM offers o
        WHERE o.producer_id = $1 AND o.status = 'published' AND (o.valid_to IS NULL OR o.valid_to >= $2::date - $3::int)
        ORDER BY number`,
      [producerId, today, TALLY_OLDEST_DAYS],
    );
  }

  passesByCodes(codes: string[]): Promise<TallyPass[]> {
    return queryRows<TallyPass>(this.dataSource, `SELECT id, code, territory_id AS "territoryId", arrival, departure FROM passes WHERE code = ANY($1)`, [
      codes,
    ]);
  }

  /** The uses a person recorded under these keys, in the order of the keys. */
  async recordedWithKeys(recordedBy: string, keys: string[]): Promise<Redemption[]> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `SELECT id FROM redemptions WHERE recorded_by = $1 AND idempotency_key = ANY($2::text[]) ORDER BY array_position($2::text[], idempotency_key)`,
      [recordedBy, keys],
    );
    return this.byIds(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
  }

  /** Tries one use inside the sheet's transaction; the trigger's refusal is thrown as it comes. */
  async tryInsert(tx: EntityManager, use: TallyInsert): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      tx,
      `INSERT INTO redemptions (pass_id, offer_id, redeemed_on, amount_cents, recorded_by, idempotency_key, recorded_via, territory_id, producer_id, accommodation_id)
       SELECT $1, $2, $3, $4, $5, $6, 'tally_sheet', p.territory_id, o.producer_id, p.accommodation_id
         FROM passes p, offers o WHERE p.id = $1 AND o.id = $2
       RETURNING id`,
      [use.passId, use.offerId, use.day, use.amountCents, use.recordedBy, use.idempotencyKey],
    );
    return row.id;
  }

  byIds(tx: EntityManager, ids: string[]): Promise<Redemption[]> {
    return tx.findBy(Redemption, { id: In(ids) }).then((found) => ids.flatMap((id) => found.filter((use) => use.id === id)));
  }
}
