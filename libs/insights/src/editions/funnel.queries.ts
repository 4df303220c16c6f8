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

/** An accommodation's ($3) openings from the QR code per edition number and day, read by its key: not its territory's ~9,000 days filtered down to its ~180. */
const DAYS_OF_THE_ACCOMMODATION =
  'SELECT r.accommodation_id, r.territory_id, r.day, r.qr_openings_by_edition FROM accommodation_days r WHERE r.accommodation_id = $3 AND r.territory_id = $1';

/**
 * The funnel's steps, one row per event or rollup row, each with its edition, accommodation and
 * day: copies as recorded (no day), openings counted with the edition's number from its QR code
 * (`openingsFrom`: rollup rows with `qr_openings_by_edition`, by day or by month), passes carrying
 * the edition (on the territory's calendar), and the uses the edition brought (`r.edition_id`: its
 * passes' and its coupons', credited to the coupon's host; voided ones never count). `$2` are the
 * editions, `$3` an accommodation or null for all.
 */
const COPIES = `
  SELECT c.edition_id, c.accommodation_id, NULL::date AS day, c.copies, 0 AS openings, 0 AS passes, 0 AS uses, 0 AS cents
    FROM edition_copies c WHERE c.edition_id = ANY($2::uuid[]) AND ($3::uuid IS NULL OR c.accommodation_id = $3)`;
const openingsFrom = (days: string) => `
  SELECT e.id AS edition_id, d.accommodation_id, d.day, 0 AS copies, (d.qr_openings_by_edition->>e.number::text)::int AS openings, 0 AS passes, 0 AS uses, 0 AS cents
    FROM (${days}) d JOIN editions e ON e.territory_id = d.territory_id AND d.qr_openings_by_edition->>e.number::text IS NOT NULL
   WHERE e.id = ANY($2::uuid[]) AND ($3::uuid IS NULL OR d.accommodation_id = $3)`;
const PASSES = `
  SELECT p.edition_id, p.accommodation_id, (p.created_at AT TIME ZONE (SELECT t.time_zone FROM territories t WHERE t.id = $1))::date AS day,
         0 AS copies, 0 AS openings, 1 AS passes, 0 AS uses, 0 AS cents
    FROM passes p
   WHERE p.edition_id = ANY($2::uuid[]) AND ($3::uuid IS NULL OR p.accommodation_id = $3)`;
const USES = `
  SELECT r.edition_id, r.accommodation_id, r.redeemed_on AS day, 0 AS copies, 0 AS openings, 0 AS passes, 1 AS uses, coalesce(r.amount_cents, 0) AS cents
    FROM redemptions r
   WHERE r.edition_id = ANY($2::uuid[]) AND r.voided_at IS NULL AND ($3::uuid IS NULL OR r.accommodation_id = $3)`;

/**
 * The steps of the territory's ($1) accommodations (a pass is of its accommodation's territory),
 * on the days from $4 to $5 only when $4 is given (a season, a report's period): copies, which
 * have no day, always count.
 */
const counted = (steps: string[]) => `(${steps.join('\n  UNION ALL')}) x JOIN accommodations a ON a.id = x.accommodation_id AND a.territory_id = $1
  WHERE ($4::date IS NULL OR x.day IS NULL OR x.day BETWEEN $4 AND $5)`;

/**
 * The territory's ($1) openings from the QR code of the editions ($2), per day, from
 * `territory_edition_days` (~210 rows a season for an edition, where its accommodations' days are
 * ~9,000). Its days are those of the territory's accommodations: an accommodation stays in its territory.
 */
const TERRITORY_OPENINGS = `
  SELECT e.id AS edition_id, d.day, d.qr_openings AS openings, 0 AS passes, 0 AS uses, 0 AS cents
    FROM territory_edition_days d JOIN editions e ON e.territory_id = d.territory_id AND e.number = d.edition_number
   WHERE d.territory_id = $1 AND e.id = ANY($2::uuid[]) AND d.qr_openings <> 0`;

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
    const openings = openingsFrom(accommodationRollups({ territory: '$1', ...(days && { from: '$4', to: '$5' }) }, ['qr_openings_by_edition']));
    return queryRows<FunnelRow>(
      this.dataSource,
      `SELECT x.edition_id AS "editionId", x.accommodation_id AS "accommodationId", a.name AS "accommodationName", sum(x.copies)::int AS copies, ${SUMS}
         FROM ${counted([COPIES, openings, PASSES, USES])}
        GROUP BY 1, 2, 3 ORDER BY a.name, 2`,
      [territoryId, editionIds, accommodationId, days?.from ?? null, days?.to ?? null],
    );
  }

  /** The territory's weeks read its openings per edition and day; an accommodation's, its own days. */
  byWeek(territoryId: string, editionIds: string[], accommodationId: string | null): Promise<FunnelWeekRow[]> {
    const steps = accommodationId
      ? `SELECT x.* FROM ${counted([openingsFrom(DAYS_OF_THE_ACCOMMODATION), PASSES, USES])}`
      : `${TERRITORY_OPENINGS}
  UNION ALL
  SELECT x.edition_id, x.day, x.openings, x.passes, x.uses, x.cents FROM ${counted([PASSES, USES])}`;
    return queryRows<FunnelWeekRow>(
      this.dataSource,
      `SELECT x.edition_id AS "editionId", to_char(date_trunc('week', x.day::timestamp), 'YYYY-MM-DD') AS week, ${SUMS}
         FROM (${steps}) x
        WHERE x.day IS NOT NULL
        GROUP BY 1, 2 ORDER BY 2`,
      [territoryId, editionIds, accommodationId, null, null],
    );
  }

  /** Counted per producer first, then named: a territory's ~20 producers looked up, not one per use. */
  byProducer(territoryId: string, editionIds: string[], accommodationId: string | null): Promise<FunnelProducerRow[]> {
    return queryRows<FunnelProducerRow>(
      this.dataSource,
      `SELECT r.edition_id AS "editionId", r.producer_id AS "producerId", pr.name AS "producerName", r.uses, r.cents AS "spendingCents"
         FROM (SELECT r.edition_id, r.producer_id, count(*)::int AS uses, coalesce(sum(r.amount_cents), 0)::float8 AS cents
                 FROM redemptions r
                WHERE r.territory_id = $1 AND r.edition_id = ANY($2::uuid[]) AND r.voided_at IS NULL AND ($3::uuid IS NULL OR r.accommodation_id = $3)
                GROUP BY 1, 2) r
         JOIN producers pr ON pr.id = r.producer_id
        ORDER BY r.uses DESC, pr.name`,
      [territoryId, editionIds, accommodationId],
    );
  }
}
