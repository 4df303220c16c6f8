import { Injectable } from '@nestjs/common';
import { queryRows, ReadDatabase, type ReadSource } from '#database';
import { accommodationRollups } from '../rollups/accommodation-rollups.js';

export interface FunnelRow {
  editionId: string;
  accommodationId: string;
  accommodationName: string;
  copies: number;
  openings: number;
  passes: number;
  uses: number;
  spendingCents: number;
}

export interface FunnelWeekRow {
  editionId: string;
  week: string;
  openings: number;
  passes: number;
  uses: number;
  spendingCents: number;
}

export interface FunnelProducerRow {
  editionId: string;
  producerId: string;
  producerName: string;
  uses: number;
  spendingCents: number;
}

/** Openings from the QR code per edition number, per accommodation and day (`accommodation_days`). */
const DAYS_OF_THE_TERRITORY = 'SELECT r.accommodation_id, r.territory_id, r.day, r.qr_openings_by_edition FROM accommodation_days r WHERE r.territory_id = $1';

/**
 * One row per step and event, summed: copies as recorded, openings counted with the edition's
 * number from its QR code (`openings`: rollup rows with `qr_openings_by_edition`, by day or by
 * month), passes carrying the edition (on the territory's calendar: only its accommodations' are
 * counted, and a pass is of its accommodation's territory), and the uses the edition brought (`r.edition_id`: its passes'
 * and its coupons', credited to the coupon's host; voided ones never count). `$2` are the editions,
 * `$3` an accommodation or null for all.
 */
const steps = (openings: string) => `
  SELECT c.edition_id, c.accommodation_id, NULL::date AS day, c.copies, 0 AS openings, 0 AS passes, 0 AS uses, 0 AS cents
    FROM edition_copies c WHERE c.edition_id = ANY($2::uuid[]) AND ($3::uuid IS NULL OR c.accommodation_id = $3)
  UNION ALL
  SELECT e.id, d.accommodation_id, d.day, 0, (d.qr_openings_by_edition->>e.number::text)::int, 0, 0, 0
    FROM (${openings}) d JOIN editions e ON e.territory_id = d.territory_id AND d.qr_openings_by_edition->>e.number::text IS NOT NULL
   WHERE e.id = ANY($2::uuid[]) AND ($3::uuid IS NULL OR d.accommodation_id = $3)
  UNION ALL
  SELECT p.edition_id, p.accommodation_id, (p.created_at AT TIME ZONE (SELECT t.time_zone FROM territories t WHERE t.id = $1))::date, 0, 0, 1, 0, 0
    FROM passes p
   WHERE p.edition_id = ANY($2::uuid[]) AND ($3::uuid IS NULL OR p.accommodation_id = $3)
  UNION ALL
  SELECT r.edition_id, r.accommodation_id, r.redeemed_on, 0, 0, 0, 1, coalesce(r.amount_cents, 0)
    FROM redemptions r
   WHERE r.edition_id = ANY($2::uuid[]) AND r.voided_at IS NULL AND ($3::uuid IS NULL OR r.accommodation_id = $3)`;

/**
 * The steps of the territory's ($1) accommodations, on the days from $4 to $5 only when $4 is
 * given (a season, a report's period): copies, which have no day, always count.
 */
const counted = (openings: string) => `(${steps(openings)}) x JOIN accommodations a ON a.id = x.accommodation_id AND a.territory_id = $1
  WHERE ($4::date IS NULL OR x.day IS NULL OR x.day BETWEEN $4 AND $5)`;

const SUMS = `sum(x.openings)::int AS openings, sum(x.passes)::int AS passes, sum(x.uses)::int AS uses, sum(x.cents)::float8 AS "spendingCents"`;

/** The days a funnel is counted on, both included; every day when absent. */
export interface FunnelDays {
  from: string;
  to: string;
}

/** The funnel's raw SQL, beside its service. */
@Injectable()
export class FunnelQueries {
  /** The replica while it is at most FIGURES_MAX_LAG_MS behind, else the primary. */
  private readonly dataSource: ReadSource;

  constructor(reads: ReadDatabase) {
    this.dataSource = reads.figures;
  }

  byHost(territoryId: string, editionIds: string[], accommodationId: string | null, days?: FunnelDays): Promise<FunnelRow[]> {
    return queryRows<FunnelRow>(
      this.dataSource,
      `SELECT x.edition_id AS "editionId", x.accommodation_id AS "accommodationId", a.name AS "accommodationName", sum(x.copies)::int AS copies, ${SUMS}
         FROM ${counted(accommodationRollups({ territory: '$1', ...(days && { from: '$4', to: '$5' }) }, ['qr_openings_by_edition']))}
        GROUP BY 1, 2, 3 ORDER BY a.name, 2`,
      [territoryId, editionIds, accommodationId, days?.from ?? null, days?.to ?? null],
    );
  }

  byWeek(territoryId: string, editionIds: string[], accommodationId: string | null): Promise<FunnelWeekRow[]> {
    return queryRows<FunnelWeekRow>(
      this.dataSource,
      `SELECT x.edition_id AS "editionId", to_char(date_trunc('week', x.day::timestamp), 'YYYY-MM-DD') AS week, ${SUMS}
         FROM ${counted(DAYS_OF_THE_TERRITORY)} AND x.day IS NOT NULL
        GROUP BY 1, 2 ORDER BY 2`,
      [territoryId, editionIds, accommodationId, null, null],
    );
  }

  byProducer(territoryId: string, editionIds: string[], accommodationId: string | null): Promise<FunnelProducerRow[]> {
    return queryRows<FunnelProducerRow>(
      this.dataSource,
      `SELECT r.edition_id AS "editionId", r.producer_id AS "producerId", pr.name AS "producerName",
              count(*)::int AS uses, coalesce(sum(r.amount_cents), 0)::float8 AS "spendingCents"
         FROM redemptions r JOIN producers pr ON pr.id = r.producer_id
        WHERE r.territory_id = $1 AND r.edition_id = ANY($2::uuid[]) AND r.voided_at IS NULL AND ($3::uuid IS NULL OR r.accommodation_id = $3)
        GROUP BY 1, 2, 3 ORDER BY uses DESC, pr.name`,
      [territoryId, editionIds, accommodationId],
    );
  }
}
