import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The counted columns of `accommodation_days`, summed as they are into the month. */
const SUMS = ['openings', 'openings_from_qr', 'passes', 'guests', 'uses', 'uses_phone', 'uses_tally_sheet', 'uses_coupon', 'spending_cents'];
/** Its counts by key (language, edition number), added key by key. */
const BY_KEY = ['openings_by_lang', 'qr_openings_by_edition'];

/**
 * Adds `changes` (rows of accommodation_days with a `sign`: 1 added, -1 taken away) to their
 * accommodations' months; `upsert` false only while the table is filled empty, before its key exists.
 */
function addToMonths(changes: string, upsert = true): string {
  const month = `date_trunc('month', c.day::timestamp)::date`;
  const byKey = BY_KEY.map(
    (column) => `${column} AS (
      SELECT accommodation_id, month, jsonb_object_agg(key, n) AS counts FROM (
        SELECT c.accommodation_id, ${month} AS month, k.key, sum(c.sign * k.value::bigint) AS n
          FROM changes c CROSS JOIN LATERAL jsonb_each_text(c.${column}) k GROUP BY 1, 2, 3) x
       WHERE n <> 0 GROUP BY 1, 2)`,
  );
  return `
    WITH changes AS (${changes}),
    sums AS (
      -- an accommodation belongs to one territory: the day's rollup keeps the first it was counted in, the month does the same
      SELECT c.accommodation_id, ${month} AS month, any_value(c.territory_id) AS territory_id, ${SUMS.map((s) => `sum(c.sign * c.${s}) AS ${s}`).join(', ')}
        FROM changes c GROUP BY 1, 2),
    ${byKey.join(',\n    ')}
    INSERT INTO accommodation_months (accommodation_id, month, territory_id, ${SUMS.join(', ')}, ${BY_KEY.join(', ')})
    SELECT s.accommodation_id, s.month, s.territory_id, ${SUMS.map((c) => `s.${c}`).join(', ')}, ${BY_KEY.map((c) => `coalesce(${c}.counts, '{}')`).join(', ')}
      FROM sums s ${BY_KEY.map((c) => `LEFT JOIN ${c} ON ${c}.accommodation_id = s.accommodation_id AND ${c}.month = s.month`).join(' ')}
    ${
      // the backfill writes a territory's months side by side: a few pages to read for its figures, not one per row
      !upsert
        ? 'ORDER BY s.territory_id, s.accommodation_id, s.month'
        : `ON CONFLICT (accommodation_id, month) DO UPDATE SET ${SUMS.map((c) => `${c} = accommodation_months.${c} + EXCLUDED.${c}`).join(', ')},
           ${BY_KEY.map((c) => `${c} = tp_jsonb_add(accommodation_months.${c}, EXCLUDED.${c})`).join(', ')}`
    }`;
}

const ROW = `accommodation_id, day, territory_id, ${SUMS.join(', ')}, ${BY_KEY.join(', ')}`;

/**
 * Monthly rollup per accommodation (docs/rollups.md): `accommodation_days` summed by month, the
 * same columns. A territory's tables per accommodation, per commune and per host, and its
 * funnel over a period, read its accommodations' season as 50 × 7 months rather than ~9,000
 * accommodation-days (each read three or four times for one report); the days of a month the
 * period cuts still come from the daily rollup.
 *
 * Kept by `accommodation_days` itself, in the same statement as it: whatever writes a day (the
 * events' triggers, `tp_fill_rollups` for the backfill, the generator and the retention) moves its
 * month by the difference — statement triggers over the rows changed, so that a fill of millions
 * of days is one grouped upsert, not one per row.
 */
export class AccommodationMonths1764494700000 implements MigrationInterface {
  name = 'AccommodationMonths1764494700000';

  async up(db: QueryRunner): Promise<void> {
    // no write may land between the backfill's read and its triggers: it would be missing from the sums for good
    await db.query('LOCK TABLE accommodation_days IN SHARE ROW EXCLUSIVE MODE');
    await db.query(`
      CREATE TABLE accommodation_months (
        accommodation_id uuid NOT NULL,
        -- its first day
        month date NOT NULL,
        territory_id uuid NOT NULL,
        ${SUMS.map((c) => `${c} ${c === 'spending_cents' ? 'bigint' : 'integer'} NOT NULL DEFAULT 0`).join(',\n        ')},
        ${BY_KEY.map((c) => `${c} jsonb NOT NULL DEFAULT '{}'`).join(',\n        ')}
      );
      SET LOCAL work_mem = '256MB';
      ${addToMonths(`SELECT 1 AS sign, ${ROW} FROM accommodation_days`, false)};
      SET LOCAL maintenance_work_mem = '512MB';
      ALTER TABLE accommodation_months ADD PRIMARY KEY (accommodation_id, month);
      -- what a territory's figures and funnel read, by index alone
      CREATE INDEX accommodation_months_territory_idx ON accommodation_months (territory_id, month)
        INCLUDE (accommodation_id, openings, passes, uses, spending_cents, qr_openings_by_edition);

      CREATE FUNCTION tp_roll_months() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${addToMonths(`SELECT 1 AS sign, ${ROW} FROM added_days`)};
        ELSIF TG_OP = 'UPDATE' THEN
          ${addToMonths(`SELECT 1 AS sign, ${ROW} FROM added_days UNION ALL SELECT -1, ${ROW} FROM removed_days`)};
        ELSE
          ${addToMonths(`SELECT -1 AS sign, ${ROW} FROM removed_days`)};
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER accommodation_days_months_insert AFTER INSERT ON accommodation_days
        REFERENCING NEW TABLE AS added_days FOR EACH STATEMENT EXECUTE FUNCTION tp_roll_months();
      CREATE TRIGGER accommodation_days_months_update AFTER UPDATE ON accommodation_days
        REFERENCING OLD TABLE AS removed_days NEW TABLE AS added_days FOR EACH STATEMENT EXECUTE FUNCTION tp_roll_months();
      CREATE TRIGGER accommodation_days_months_delete AFTER DELETE ON accommodation_days
        REFERENCING OLD TABLE AS removed_days FOR EACH STATEMENT EXECUTE FUNCTION tp_roll_months();
      ANALYZE accommodation_months;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER accommodation_days_months_delete ON accommodation_days;
      DROP TRIGGER accommodation_days_months_update ON accommodation_days;
      DROP TRIGGER accommodation_days_months_insert ON accommodation_days;
      DROP FUNCTION tp_roll_months();
      DROP TABLE accommodation_months;
    `);
  }
}
