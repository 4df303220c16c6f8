import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The counted columns of a day's rollup, in the tables' order. */
const SUMS = ['openings', 'openings_from_qr', 'passes', 'guests', 'uses', 'uses_phone', 'uses_tally_sheet', 'uses_coupon', 'spending_cents'];
const added = (table: string, columns: string[]) => columns.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(', ');

/**
 * Daily rollups (docs/rollups.md): per accommodation and day, and per territory and day, the page
 * openings (all, from the QR code, per language, from the QR code per edition), the active
 * passes by arrival (and their guests), the uses not voided by day (by way, and declared
 * spending). What a territory's figures, report and funnels read instead of a season's 17,000
 * scans rows, 1,000 passes and 1,100 uses — and what keeps them once the scans' detail of past
 * months is dropped (`CountsUpkeep`).
 *
 * Kept in the same transaction as the event, by triggers: on `scans` (the counters' flush
 * statement: a batch written once is rolled up once, a batch retried after a lost answer adds
 * nothing to scans and so nothing here), on passes (issue, cancel, change of stay) and on
 * redemptions (use, void). `tp_fill_rollups(first, last)` computes them anew from the raw rows
 * between two days: the migration's backfill, the country generator's (which writes with the
 * triggers off), and the retention's last look at a month before its detail goes.
 */
export class DailyRollups1764494220000 implements MigrationInterface {
  name = 'DailyRollups1764494220000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accommodation_days (
        accommodation_id uuid NOT NULL,
        day date NOT NULL,
        territory_id uuid NOT NULL,
        openings integer NOT NULL DEFAULT 0,
        openings_from_qr integer NOT NULL DEFAULT 0,
        -- {"fr": 12, "en": 3}: only the languages counted
        openings_by_lang jsonb NOT NULL DEFAULT '{}',
        -- {"2": 9}: openings from the QR code by the edition number it carried (0: none)
        qr_openings_by_edition jsonb NOT NULL DEFAULT '{}',
        passes integer NOT NULL DEFAULT 0,
        guests integer NOT NULL DEFAULT 0,
        uses integer NOT NULL DEFAULT 0,
        uses_phone integer NOT NULL DEFAULT 0,
        uses_tally_sheet integer NOT NULL DEFAULT 0,
        uses_coupon integer NOT NULL DEFAULT 0,
        spending_cents bigint NOT NULL DEFAULT 0
      );

      CREATE TABLE territory_days (
        territory_id uuid NOT NULL,
        day date NOT NULL,
        openings integer NOT NULL DEFAULT 0,
        openings_from_qr integer NOT NULL DEFAULT 0,
        passes integer NOT NULL DEFAULT 0,
        guests integer NOT NULL DEFAULT 0,
        uses integer NOT NULL DEFAULT 0,
        uses_phone integer NOT NULL DEFAULT 0,
        uses_tally_sheet integer NOT NULL DEFAULT 0,
        uses_coupon integer NOT NULL DEFAULT 0,
        spending_cents bigint NOT NULL DEFAULT 0
      );

      -- counts by key added up; a key at 0 leaves
      CREATE FUNCTION tp_jsonb_add(a jsonb, b jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT coalesce(jsonb_object_agg(key, total), '{}') FROM (
          SELECT key, sum(value::bigint) AS total FROM (SELECT * FROM jsonb_each_text(a) UNION ALL SELECT * FROM jsonb_each_text(b)) e GROUP BY key) s
         WHERE total <> 0 $$;

      -- adds one change (a row of differences) to its accommodation's day and its territory's day
      CREATE FUNCTION tp_roll_up(d accommodation_days) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO accommodation_days SELECT (d).*
          ON CONFLICT (accommodation_id, day) DO UPDATE SET ${added('accommodation_days', SUMS)},
            openings_by_lang = tp_jsonb_add(accommodation_days.openings_by_lang, EXCLUDED.openings_by_lang),
            qr_openings_by_edition = tp_jsonb_add(accommodation_days.qr_openings_by_edition, EXCLUDED.qr_openings_by_edition);
        INSERT INTO territory_days (territory_id, day, ${SUMS.join(', ')}) VALUES (d.territory_id, d.day, ${SUMS.map((c) => `d.${c}`).join(', ')})
          ON CONFLICT (territory_id, day) DO UPDATE SET ${added('territory_days', SUMS)};
      END $$;

      CREATE FUNCTION tp_day_change(accommodation uuid, territory uuid, day date) RETURNS accommodation_days LANGUAGE sql IMMUTABLE AS $$
        SELECT accommodation, day, territory, 0, 0, '{}'::jsonb, '{}'::jsonb, 0, 0, 0, 0, 0, 0, 0::bigint $$;

      CREATE FUNCTION tp_roll_scan(accommodation uuid, territory uuid, day date, lang text, from_qr boolean, edition smallint, n integer)
        RETURNS void LANGUAGE plpgsql AS $$
      DECLARE d accommodation_days := tp_day_change(accommodation, territory, day);
      BEGIN
        d.openings := n;
        d.openings_by_lang := jsonb_build_object(lang, n);
        IF from_qr THEN
          d.openings_from_qr := n;
          d.qr_openings_by_edition := jsonb_build_object(edition::text, n);
        END IF;
        PERFORM tp_roll_up(d);
      END $$;

      CREATE FUNCTION tp_roll_scans() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND (NEW.accommodation_id, NEW.territory_id, NEW.day, NEW.lang, NEW.from_qr, NEW.edition_number)
                                 IS NOT DISTINCT FROM (OLD.accommodation_id, OLD.territory_id, OLD.day, OLD.lang, OLD.from_qr, OLD.edition_number) THEN
          PERFORM tp_roll_scan(NEW.accommodation_id, NEW.territory_id, NEW.day, NEW.lang, NEW.from_qr, NEW.edition_number, NEW.count - OLD.count);
          RETURN NULL;
        END IF;
        IF TG_OP = 'UPDATE' THEN
          PERFORM tp_roll_scan(OLD.accommodation_id, OLD.territory_id, OLD.day, OLD.lang, OLD.from_qr, OLD.edition_number, -OLD.count);
        END IF;
        PERFORM tp_roll_scan(NEW.accommodation_id, NEW.territory_id, NEW.day, NEW.lang, NEW.from_qr, NEW.edition_number, NEW.count);
        RETURN NULL;
      END $$;

      CREATE FUNCTION tp_roll_pass(p passes, n integer) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE d accommodation_days := tp_day_change(p.accommodation_id, p.territory_id, p.arrival);
      BEGIN
        IF p.status <> 'active' THEN RETURN; END IF;
        d.passes := n;
        d.guests := n * p.guests;
        PERFORM tp_roll_up(d);
      END $$;
      CREATE FUNCTION tp_roll_passes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM tp_roll_pass(OLD, -1); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM tp_roll_pass(NEW, 1); END IF;
        RETURN NULL;
      END $$;

      CREATE FUNCTION tp_roll_use(r redemptions, n integer) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE d accommodation_days := tp_day_change(r.accommodation_id, r.territory_id, r.redeemed_on);
      BEGIN
        IF r.voided_at IS NOT NULL THEN RETURN; END IF;
        d.uses := n;
        d.uses_phone := CASE WHEN r.recorded_via = 'phone' THEN n ELSE 0 END;
        d.uses_tally_sheet := CASE WHEN r.recorded_via = 'tally_sheet' THEN n ELSE 0 END;
        d.uses_coupon := CASE WHEN r.recorded_via = 'coupon' THEN n ELSE 0 END;
        d.spending_cents := n * coalesce(r.amount_cents, 0);
        PERFORM tp_roll_up(d);
      END $$;
      CREATE FUNCTION tp_roll_uses() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM tp_roll_use(OLD, -1); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM tp_roll_use(NEW, 1); END IF;
        RETURN NULL;
      END $$;

      -- the rollups of the days from first to last (null: unbounded) computed anew from the raw rows, set-based
      CREATE FUNCTION tp_fill_rollups(first date DEFAULT NULL, last date DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        lo date := coalesce(first, '-infinity'::date);
        hi date := coalesce(last, 'infinity'::date);
      BEGIN
        -- a country's season is millions of rows to group: in memory rather than spilled to disk (this transaction only)
        PERFORM set_config('work_mem', '256MB', true);
        DELETE FROM accommodation_days WHERE day BETWEEN lo AND hi;
        DELETE FROM territory_days WHERE day BETWEEN lo AND hi;
        INSERT INTO accommodation_days
        WITH langs AS (
               SELECT accommodation_id, day, territory_id, lang, sum(count) AS n, coalesce(sum(count) FILTER (WHERE from_qr), 0) AS qr
                 FROM scans WHERE day BETWEEN lo AND hi GROUP BY 1, 2, 3, 4),
             opened AS (
               SELECT accommodation_id, day, territory_id, sum(n) AS openings, sum(qr) AS from_qr, jsonb_object_agg(lang, n) AS by_lang
                 FROM langs GROUP BY 1, 2, 3),
             qr_editions AS (
               SELECT accommodation_id, day, jsonb_object_agg(edition_number::text, n) AS by_edition
                 FROM (SELECT accommodation_id, day, edition_number, sum(count) AS n FROM scans WHERE from_qr AND day BETWEEN lo AND hi GROUP BY 1, 2, 3) e
                GROUP BY 1, 2),
             stays AS (
               SELECT accommodation_id, arrival AS day, territory_id, count(*) AS passes, sum(guests) AS guests
                 FROM passes WHERE status = 'active' AND arrival BETWEEN lo AND hi GROUP BY 1, 2, 3),
             used AS (
               SELECT accommodation_id, redeemed_on AS day, territory_id, count(*) AS uses, count(*) FILTER (WHERE recorded_via = 'phone') AS phone,
                      count(*) FILTER (WHERE recorded_via = 'tally_sheet') AS tally_sheet, count(*) FILTER (WHERE recorded_via = 'coupon') AS coupon,
                      coalesce(sum(amount_cents), 0) AS cents
                 FROM redemptions WHERE voided_at IS NULL AND redeemed_on BETWEEN lo AND hi GROUP BY 1, 2, 3)
        SELECT coalesce(o.accommodation_id, s.accommodation_id, u.accommodation_id), coalesce(o.day, s.day, u.day), coalesce(o.territory_id, s.territory_id, u.territory_id),
               coalesce(o.openings, 0), coalesce(o.from_qr, 0), coalesce(o.by_lang, '{}'), coalesce(e.by_edition, '{}'),
               coalesce(s.passes, 0), coalesce(s.guests, 0), coalesce(u.uses, 0), coalesce(u.phone, 0), coalesce(u.tally_sheet, 0), coalesce(u.coupon, 0), coalesce(u.cents, 0)
          FROM opened o
          LEFT JOIN qr_editions e ON e.accommodation_id = o.accommodation_id AND e.day = o.day
          FULL JOIN stays s ON s.accommodation_id = o.accommodation_id AND s.day = o.day
          FULL JOIN used u ON u.accommodation_id = coalesce(o.accommodation_id, s.accommodation_id) AND u.day = coalesce(o.day, s.day);
        INSERT INTO territory_days (territory_id, day, ${SUMS.join(', ')})
        SELECT territory_id, day, ${SUMS.map((c) => `sum(${c})`).join(', ')} FROM accommodation_days WHERE day BETWEEN lo AND hi GROUP BY 1, 2;
      END $$;

      SELECT tp_fill_rollups();
      SET LOCAL maintenance_work_mem = '512MB';
      -- read by index only: a scope's days sit together in the index, scattered over the table; built once the backfill is in
      ALTER TABLE accommodation_days ADD PRIMARY KEY (accommodation_id, day) INCLUDE (openings, openings_from_qr, passes, guests, uses, spending_cents);
      CREATE INDEX accommodation_days_territory_idx ON accommodation_days (territory_id, day)
        INCLUDE (accommodation_id, openings, passes, uses, spending_cents, qr_openings_by_edition);
      ALTER TABLE territory_days ADD PRIMARY KEY (territory_id, day) INCLUDE (${SUMS.join(', ')});
      -- no DELETE: the scans' detail of a past month is dropped by the retention, its rollups stay
      CREATE TRIGGER scans_roll_up AFTER INSERT OR UPDATE ON scans FOR EACH ROW EXECUTE FUNCTION tp_roll_scans();
      CREATE TRIGGER passes_roll_up AFTER INSERT OR DELETE ON passes FOR EACH ROW EXECUTE FUNCTION tp_roll_passes();
      CREATE TRIGGER passes_roll_up_change AFTER UPDATE ON passes FOR EACH ROW
        WHEN ((OLD.status, OLD.arrival, OLD.guests, OLD.accommodation_id, OLD.territory_id) IS DISTINCT FROM (NEW.status, NEW.arrival, NEW.guests, NEW.accommodation_id, NEW.territory_id))
        EXECUTE FUNCTION tp_roll_passes();
      CREATE TRIGGER redemptions_roll_up AFTER INSERT OR DELETE ON redemptions FOR EACH ROW EXECUTE FUNCTION tp_roll_uses();
      CREATE TRIGGER redemptions_roll_up_change AFTER UPDATE ON redemptions FOR EACH ROW
        WHEN ((OLD.voided_at IS NULL, OLD.redeemed_on, OLD.amount_cents, OLD.recorded_via, OLD.accommodation_id, OLD.territory_id)
              IS DISTINCT FROM (NEW.voided_at IS NULL, NEW.redeemed_on, NEW.amount_cents, NEW.recorded_via, NEW.accommodation_id, NEW.territory_id))
        EXECUTE FUNCTION tp_roll_uses();
      ANALYZE accommodation_days;
      ANALYZE territory_days;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER redemptions_roll_up_change ON redemptions;
      DROP TRIGGER redemptions_roll_up ON redemptions;
      DROP TRIGGER passes_roll_up_change ON passes;
      DROP TRIGGER passes_roll_up ON passes;
      DROP TRIGGER scans_roll_up ON scans;
      DROP FUNCTION tp_fill_rollups(date, date);
      DROP FUNCTION tp_roll_uses();
      DROP FUNCTION tp_roll_use(redemptions, integer);
      DROP FUNCTION tp_roll_passes();
      DROP FUNCTION tp_roll_pass(passes, integer);
      DROP FUNCTION tp_roll_scans();
      DROP FUNCTION tp_roll_scan(uuid, uuid, date, text, boolean, smallint, integer);
      DROP FUNCTION tp_day_change(uuid, uuid, date);
      DROP FUNCTION tp_roll_up(accommodation_days);
      DROP FUNCTION tp_jsonb_add(jsonb, jsonb);
      DROP TABLE territory_days;
      DROP TABLE accommodation_days;
    `);
  }
}
