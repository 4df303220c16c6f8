import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '#database';
import type { IssuedCouponsHostView } from './coupon.dto.js';

/** An edition as its coupons need it. */
export interface CouponEdition {
  id: string;
  territoryId: string;
  territoryName: string;
  number: number;
  name: string;
  lang: string;
}

/** One coupon as its sheet prints it: the phrase and producer as the edition printed them. */
export interface PrintedCoupon {
  serial: string;
  copyNumber: number;
  producerName: string;
  phrase: string;
}

/** A coupon of the pile as found, with what its line reports. */
export interface FoundCoupon {
  serial: string;
  offerId: string;
  accommodationId: string;
  accommodationName: string;
  edition: number;
  producerName: string;
  /** Its use not voided, if it has one already. */
  redemptionId: string | null;
}

/** The offers an edition printed that are still in the directory, in the order printed. */
const PRINTED_OFFERS = `SELECT (o.value ->> 'id')::uuid AS offer_id, p.ord * 1000 + o.ord AS ord, p.value ->> 'name' AS producer_name, o.value ->> 'phrase' AS phrase
  FROM jsonb_array_elements(e.snapshot -> 'producers') WITH ORDINALITY AS p(value, ord),
       jsonb_array_elements(p.value -> 'offers') WITH ORDINALITY AS o(value, ord)`;

/** Every query of the coupons: the service keeps who may and what each serial became. */
@Injectable()
export class CouponsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async edition(id: string): Promise<CouponEdition | undefined> {
    const [row] = await queryRows<CouponEdition>(
      this.dataSource,
      `SELECT e.id, e.territory_id AS "territoryId", t.name AS "territoryName", e.number, e.name, e.lang
         FROM editions e JOIN territories t ON t.id = e.territory_id WHERE e.id = $1`,
      [id],
    );
    return row;
  }

  async accommodationName(accommodationId: string, territoryId: string): Promise<string | undefined> {
    const [row] = await queryRows<{ name: string }>(this.dataSource, `SELECT name FROM accommodations WHERE id = $1 AND territory_id = $2`, [
      accommodationId,
      territoryId,
    ]);
    return row?.name;
  }

  /** The copies recorded per accommodation for the edition, those with at least one. */
  recordedCopies(editionId: string): Promise<{ accommodationId: string; copies: number }[]> {
    return queryRows(this.dataSource, `SELECT accommodation_id AS "accommodationId", copies FROM edition_copies WHERE edition_id = $1 AND copies > 0`, [
      editionId,
    ]);
  }

  /**
   * One coupon per printed offer per copy, for each host: a coupon already there (same edition,
   * host, copy and offer) is left as it is, so issuing again makes only what is missing.
   */
  async issue(editionId: string, hosts: { accommodationId: string; copies: number }[]): Promise<{ offers: number; issued: number }> {
    const [row] = await queryRows<{ offers: number; issued: number }>(
      this.dataSource,
      `WITH printed AS (
         SELECT DISTINCT po.offer_id FROM editions e, LATERAL (${PRINTED_OFFERS}) po
           JOIN offers ON offers.id = po.offer_id
          WHERE e.id = $1 AND offers.territory_id = e.territory_id
       ), made AS (
         INSERT INTO coupons (territory_id, edition_id, accommodation_id, offer_id, copy_number)
         SELECT e.territory_id, e.id, h.accommodation_id, printed.offer_id, n
           FROM editions e, unnest($2::uuid[], $3::int[]) AS h(accommodation_id, copies), generate_series(1, h.copies) AS n, printed
          WHERE e.id = $1
         ON CONFLICT ON CONSTRAINT coupons_copy_key DO NOTHING
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM printed)::int AS offers, (SELECT count(*) FROM made)::int AS issued`,
      [editionId, hosts.map((host) => host.accommodationId), hosts.map((host) => host.copies)],
    );
    return row;
  }

  hosts(editionId: string): Promise<IssuedCouponsHostView[]> {
    return queryRows<IssuedCouponsHostView>(
      this.dataSource,
      `SELECT a.id AS "accommodationId", a.name, max(c.copy_number)::int AS copies, count(*)::int AS coupons
         FROM coupons c JOIN accommodations a ON a.id = c.accommodation_id
        WHERE c.edition_id = $1 GROUP BY a.id, a.name ORDER BY a.name, a.id`,
      [editionId],
    );
  }

  /** A host's coupons of the edition, copy by copy, each copy's in the order the edition printed its offers. */
  sheet(editionId: string, accommodationId: string): Promise<PrintedCoupon[]> {
    return queryRows<PrintedCoupon>(
      this.dataSource,
      `SELECT c.serial, c.copy_number AS "copyNumber", po.producer_name AS "producerName", po.phrase
         FROM coupons c JOIN editions e ON e.id = c.edition_id, LATERAL (${PRINTED_OFFERS}) po
        WHERE c.edition_id = $1 AND c.accommodation_id = $2 AND po.offer_id = c.offer_id
        ORDER BY c.copy_number, po.ord`,
      [editionId, accommodationId],
    );
  }

  /** The territory's coupons among these serials, with the use each has already, if any. */
  found(territoryId: string, serials: string[]): Promise<FoundCoupon[]> {
    return queryRows<FoundCoupon>(
      this.dataSource,
      `SELECT c.serial, c.offer_id AS "offerId", c.accommodation_id AS "accommodationId", a.name AS "accommodationName", e.number AS edition, p.name AS "producerName",
              (SELECT r.id FROM redemptions r WHERE r.coupon_serial = c.serial AND r.voided_at IS NULL) AS "redemptionId"
         FROM coupons c
         JOIN accommodations a ON a.id = c.accommodation_id
         JOIN editions e ON e.id = c.edition_id
         JOIN offers o ON o.id = c.offer_id
         JOIN producers p ON p.id = o.producer_id
        WHERE c.territory_id = $1 AND c.serial = ANY($2::text[])`,
      [territoryId, serials],
    );
  }

  /** Tries one coupon's use inside the pile's transaction: the trigger fills in what the coupon says, or refuses as it comes. */
  async tryUse(tx: EntityManager, serial: string, day: string | null, recordedBy: string, idempotencyKey: string): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      tx,
      `INSERT INTO redemptions (coupon_serial, redeemed_on, recorded_by, idempotency_key, recorded_via) VALUES ($1, $2, $3, $4, 'coupon') RETURNING id`,
      [serial, day, recordedBy, idempotencyKey],
    );
    return row.id;
  }

  /** The use of a coupon recorded in the meantime by someone else, for a line that met it. */
  async useOf(serial: string): Promise<string | null> {
    const [row] = await queryRows<{ id: string }>(this.dataSource, `SELECT id FROM redemptions WHERE coupon_serial = $1 AND voided_at IS NULL`, [serial]);
    return row?.id ?? null;
  }
}
