import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Short codes for producers' and territories' QR codes, a content version per territory that
 * every directory change bumps (cached tourist pages are keyed by it, so no instance serves a
 * stale page after an edit elsewhere), and scan counts per accommodation and day.
 */
export class TouristPages1764400000000 implements MigrationInterface {
  name = 'TouristPages1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- no 0/o, 1/l/i: read off paper without doubt
      CREATE FUNCTION tp_short_code(length integer) RETURNS text LANGUAGE sql VOLATILE AS $$
        SELECT string_agg(substr('23456789abcdefghjkmnpqrstuvwxyz', 1 + floor(random() * 31)::int, 1), '')
          FROM generate_series(1, length)
      $$;

      ALTER TABLE producers ADD COLUMN code text NOT NULL DEFAULT tp_short_code(8);
      ALTER TABLE producers ADD CONSTRAINT producers_code_key UNIQUE (code);
      ALTER TABLE territories ADD COLUMN code text NOT NULL DEFAULT tp_short_code(8);
      ALTER TABLE territories ADD CONSTRAINT territories_code_key UNIQUE (code);

      ALTER TABLE territories ADD COLUMN content_version bigint NOT NULL DEFAULT 1;

      CREATE FUNCTION tp_bump_territory_content() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE territories SET content_version = content_version + 1
         WHERE id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.territory_id ELSE NEW.territory_id END);
        RETURN NULL;
      END $$;
      CREATE TRIGGER producers_bump_content AFTER INSERT OR UPDATE OR DELETE ON producers
        FOR EACH ROW EXECUTE FUNCTION tp_bump_territory_content();
      CREATE TRIGGER offers_bump_content AFTER INSERT OR UPDATE OR DELETE ON offers
        FOR EACH ROW EXECUTE FUNCTION tp_bump_territory_content();
      CREATE TRIGGER accommodations_bump_content AFTER INSERT OR UPDATE OR DELETE ON accommodations
        FOR EACH ROW EXECUTE FUNCTION tp_bump_territory_content();

      CREATE FUNCTION tp_bump_own_content() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.content_version = OLD.content_version THEN NEW.content_version := OLD.content_version + 1; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER territories_bump_content BEFORE UPDATE ON territories
        FOR EACH ROW EXECUTE FUNCTION tp_bump_own_content();

      -- one row per accommodation, day, language and origin: counts, never people
      CREATE TABLE scans (
        accommodation_id uuid NOT NULL REFERENCES accommodations (id),
        territory_id uuid NOT NULL REFERENCES territories (id),
        day date NOT NULL,
        lang text NOT NULL,
        from_qr boolean NOT NULL,
        count integer NOT NULL CHECK (count > 0),
        PRIMARY KEY (accommodation_id, day, lang, from_qr)
      );
      CREATE INDEX scans_territory_day_idx ON scans (territory_id, day);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE scans;
      DROP TRIGGER territories_bump_content ON territories;
      DROP FUNCTION tp_bump_own_content();
      DROP TRIGGER accommodations_bump_content ON accommodations;
      DROP TRIGGER offers_bump_content ON offers;
      DROP TRIGGER producers_bump_content ON producers;
      DROP FUNCTION tp_bump_territory_content();
      ALTER TABLE territories DROP COLUMN content_version;
      ALTER TABLE territories DROP COLUMN code;
      ALTER TABLE producers DROP COLUMN code;
      DROP FUNCTION tp_short_code(integer);
    `);
  }
}
