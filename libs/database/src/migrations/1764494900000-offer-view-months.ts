import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds `changes` (rows of offer_views with a `sign`: 1 added, -1 taken away) to their offers'
 * months; `upsert` false while the table is filled empty, before its key exists.
 */
function addToMonths(changes: string, upsert = true): string {
  return `
    WITH changes AS (${changes})
    INSERT INTO offer_months (offer_id, month, territory_id, views)
    -- an offer belongs to one territory, whose id every view of it carries
    SELECT c.offer_id, date_trunc('month', c.day::timestamp)::date, any_value(c.territory_id), sum(c.sign * c.count)
      FROM changes c GROUP BY 1, 2
    ${
      // the fill writes a territory's months side by side: a few pages to read for its figures, not one per row
      upsert ? 'ON CONFLICT (offer_id, month) DO UPDATE SET views = offer_months.views + EXCLUDED.views' : 'ORDER BY 3, 1, 2'
    }`;
}

const ROW = 'offer_id, territory_id, day, count';

/**
 * Monthly rollup of the offers' views (docs/rollups.md): `offer_views` summed per offer and month.
 * A territory's offers table read its season's ~5,800 offer-days (a hundred index pages over
 * seven partitions, 20–90 ms when they are not in memory); it now reads its ~45 offers × 7 months,
 * and a producer's its 2–3 offers' months, the days of a month the period cuts still from
 * `offer_views`. Kept as `accommodation_months` is: statement triggers with transition tables on
 * `offer_views` (the counters' flushes upsert it) add the rows' differences to their months in the
 * same statement. `tp_fill_offer_months()` computes it anew from `offer_views`: this backfill and
 * the country generator's, which writes its views with triggers off.
 *
 * And the site's visits of a territory (640 rows a season, each on its own page of the table) are
 * read from their territory's index alone: it now carries the page, language and count. A
 * territory's hosts find their accommodations by the territory (a page or two), not one random
 * page of a key per host and accommodation.
 */
export class OfferViewMonths1764494900000 implements MigrationInterface {
  name = 'OfferViewMonths1764494900000';

  async up(db: QueryRunner): Promise<void> {
    // no write may land between the backfill's read and its triggers: it would be missing from the sums for good
    await db.query('LOCK TABLE offer_views IN SHARE ROW EXCLUSIVE MODE');
    await db.query(`
      CREATE TABLE offer_months (
        offer_id uuid NOT NULL,
        -- its first day
        month date NOT NULL,
        territory_id uuid NOT NULL,
        views bigint NOT NULL DEFAULT 0
      );
      CREATE FUNCTION tp_fill_offer_months() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        SET LOCAL work_mem = '256MB';
        DELETE FROM offer_months;
        ${addToMonths(`SELECT 1 AS sign, ${ROW} FROM offer_views`, false)};
      END $$;
      SELECT tp_fill_offer_months();
      SET LOCAL maintenance_work_mem = '512MB';
      -- a producer's offers' months, by index alone; a territory's, by index alone
      ALTER TABLE offer_months ADD PRIMARY KEY (offer_id, month) INCLUDE (views);
      CREATE INDEX offer_months_territory_idx ON offer_months (territory_id, month) INCLUDE (offer_id, views);

      CREATE FUNCTION tp_roll_offer_months() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${addToMonths(`SELECT 1 AS sign, ${ROW} FROM added_views`)};
        ELSIF TG_OP = 'UPDATE' THEN
          ${addToMonths(`SELECT 1 AS sign, ${ROW} FROM added_views UNION ALL SELECT -1, ${ROW} FROM removed_views`)};
        ELSE
          ${addToMonths(`SELECT -1 AS sign, ${ROW} FROM removed_views`)};
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER offer_views_months_insert AFTER INSERT ON offer_views
        REFERENCING NEW TABLE AS added_views FOR EACH STATEMENT EXECUTE FUNCTION tp_roll_offer_months();
      CREATE TRIGGER offer_views_months_update AFTER UPDATE ON offer_views
        REFERENCING OLD TABLE AS removed_views NEW TABLE AS added_views FOR EACH STATEMENT EXECUTE FUNCTION tp_roll_offer_months();
      CREATE TRIGGER offer_views_months_delete AFTER DELETE ON offer_views
        REFERENCING OLD TABLE AS removed_views FOR EACH STATEMENT EXECUTE FUNCTION tp_roll_offer_months();
      ANALYZE offer_months;

      DROP INDEX site_visits_territory_day_idx;
      CREATE INDEX site_visits_territory_day_idx ON site_visits (territory_id, day) INCLUDE (page, lang, count);
      CREATE INDEX host_accommodations_territory_idx ON host_accommodations (territory_id) INCLUDE (membership_id, accommodation_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX host_accommodations_territory_idx;
      DROP INDEX site_visits_territory_day_idx;
      CREATE INDEX site_visits_territory_day_idx ON site_visits (territory_id, day);
      DROP TRIGGER offer_views_months_delete ON offer_views;
      DROP TRIGGER offer_views_months_update ON offer_views;
      DROP TRIGGER offer_views_months_insert ON offer_views;
      DROP FUNCTION tp_roll_offer_months();
      DROP FUNCTION tp_fill_offer_months();
      DROP TABLE offer_months;
    `);
  }
}
