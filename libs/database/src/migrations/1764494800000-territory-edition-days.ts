import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds `changes` (rows of accommodation_days with a `sign`: 1 added, -1 taken away) to their
 * territories' days, edition number by edition number; `upsert` false only while the table is
 * filled empty, before its key exists.
 */
function addToEditionDays(changes: string, upsert = true): string {
  return `
    WITH changes AS (${changes}),
    counted AS (
      SELECT c.territory_id, k.key::smallint AS edition_number, c.day, sum(c.sign * k.value::bigint) AS n
        FROM changes c CROSS JOIN LATERAL jsonb_each_text(c.qr_openings_by_edition) k GROUP BY 1, 2, 3)
    INSERT INTO territory_edition_days (territory_id, edition_number, day, qr_openings)
    -- a pass or a use changes no opening: nothing to write
    SELECT territory_id, edition_number, day, n FROM counted WHERE n <> 0
    ${
      // the backfill writes a territory's days side by side: a few pages to read for its funnel, not one per row
      !upsert
        ? 'ORDER BY territory_id, edition_number, day'
        : `ON CONFLICT (territory_id, edition_number, day) DO UPDATE SET qr_openings = territory_edition_days.qr_openings + EXCLUDED.qr_openings`
    }`;
}

const ROW = 'territory_id, day, qr_openings_by_edition';

/**
 * The openings from the QR code per territory, edition number and day (docs/rollups.md): what a
 * territory's funnel reads for its weeks — about 210 rows a season for one edition — where it read
 * its ~9,000 accommodation days and their per-edition counts in JSON.
 *
 * Kept by `accommodation_days` itself, as `accommodation_months` is: statement triggers over the
 * rows changed add the difference of their per-edition counts, in the same statement. Whatever
 * writes a day (the events' triggers, the counters' flushes, `tp_fill_rollups` for the generator
 * and the retention) moves it.
 *
 * Also an index for the funnel's uses per producer: a territory's ~900 uses of an edition lay on
 * as many pages of the uses table (seconds when read from disk); by this index alone, a dozen.
 */
export class TerritoryEditionDays1764494800000 implements MigrationInterface {
  name = 'TerritoryEditionDays1764494800000';

  async up(db: QueryRunner): Promise<void> {
    // no write may land between the backfill's read and its triggers: it would be missing from the sums for good
    await db.query('LOCK TABLE accommodation_days IN SHARE ROW EXCLUSIVE MODE');
    await db.query(`
      CREATE TABLE territory_edition_days (
        territory_id uuid NOT NULL,
        -- the number the QR code carried (0: none), as in accommodation_days.qr_openings_by_edition
        edition_number smallint NOT NULL,
        day date NOT NULL,
        qr_openings integer NOT NULL DEFAULT 0
      );
      SET LOCAL work_mem = '256MB';
      ${addToEditionDays(`SELECT 1 AS sign, ${ROW} FROM accommodation_days`, false)};
      ALTER TABLE territory_edition_days ADD PRIMARY KEY (territory_id, edition_number, day) INCLUDE (qr_openings);

      CREATE FUNCTION tp_roll_edition_days() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${addToEditionDays(`SELECT 1 AS sign, ${ROW} FROM added_days`)};
        ELSIF TG_OP = 'UPDATE' THEN
          ${addToEditionDays(`SELECT 1 AS sign, ${ROW} FROM added_days UNION ALL SELECT -1, ${ROW} FROM removed_days`)};
        ELSE
          ${addToEditionDays(`SELECT -1 AS sign, ${ROW} FROM removed_days`)};
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER accommodation_days_editions_insert AFTER INSERT ON accommodation_days
        REFERENCING NEW TABLE AS added_days FOR EACH STATEMENT EXECUTE FUNCTION tp_roll_edition_days();
      CREATE TRIGGER accommodation_days_editions_update AFTER UPDATE ON accommodation_days
        REFERENCING OLD TABLE AS removed_days NEW TABLE AS added_days FOR EACH STATEMENT EXECUTE FUNCTION tp_roll_edition_days();
      CREATE TRIGGER accommodation_days_editions_delete AFTER DELETE ON accommodation_days
        REFERENCING OLD TABLE AS removed_days FOR EACH STATEMENT EXECUTE FUNCTION tp_roll_edition_days();
      ANALYZE territory_edition_days;

      CREATE INDEX redemptions_territory_edition_counted_idx ON redemptions (territory_id, edition_id)
        INCLUDE (producer_id, amount_cents, accommodation_id) WHERE edition_id IS NOT NULL AND voided_at IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX redemptions_territory_edition_counted_idx;
      DROP TRIGGER accommodation_days_editions_delete ON accommodation_days;
      DROP TRIGGER accommodation_days_editions_update ON accommodation_days;
      DROP TRIGGER accommodation_days_editions_insert ON accommodation_days;
      DROP FUNCTION tp_roll_edition_days();
      DROP TABLE territory_edition_days;
    `);
  }
}
