import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Print runs as editions: what was printed (a snapshot written once), the copies each host
 * received, and the edition each page opening and pass came from, so that a printed brochure's
 * yield can be followed from copies to declared spending. `scans.edition_number` is 0 for "no
 * edition" rather than NULL so that it can be part of the counters' primary key.
 */
export class Editions1764494000000 implements MigrationInterface {
  name = 'Editions1764494000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE editions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
        number smallint NOT NULL CHECK (number BETWEEN 1 AND 32767),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80),
        season_id uuid REFERENCES seasons (id) ON DELETE SET NULL,
        format text NOT NULL CHECK (format IN ('A4', 'A5')),
        lang text NOT NULL CHECK (lang IN ('fr', 'en', 'nl', 'de')),
        printed_on date NOT NULL,
        snapshot jsonb NOT NULL,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT editions_number_key UNIQUE (territory_id, number),
        CONSTRAINT editions_territory_key UNIQUE (id, territory_id)
      );

      -- what an edition printed stays what it printed: a later edition is a new row
      CREATE FUNCTION tp_edition_snapshot_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.snapshot, NEW.number, NEW.territory_id, NEW.printed_on) IS DISTINCT FROM (OLD.snapshot, OLD.number, OLD.territory_id, OLD.printed_on) THEN
          RAISE EXCEPTION USING ERRCODE = 'TPE01', MESSAGE = 'edition_snapshot_is_final';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER editions_snapshot_final BEFORE UPDATE ON editions FOR EACH ROW EXECUTE FUNCTION tp_edition_snapshot_is_final();

      CREATE TABLE edition_copies (
        edition_id uuid NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
        accommodation_id uuid NOT NULL REFERENCES accommodations (id),
        copies integer NOT NULL CHECK (copies BETWEEN 0 AND 1000000),
        recorded_by uuid REFERENCES users (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (edition_id, accommodation_id)
      );

      ALTER TABLE scans ADD COLUMN edition_number smallint NOT NULL DEFAULT 0 CHECK (edition_number >= 0);
      ALTER TABLE scans DROP CONSTRAINT scans_pkey;
      ALTER TABLE scans ADD PRIMARY KEY (accommodation_id, day, lang, from_qr, edition_number);

      ALTER TABLE passes ADD COLUMN edition_id uuid;
      ALTER TABLE passes ADD CONSTRAINT passes_edition_fkey FOREIGN KEY (edition_id, territory_id) REFERENCES editions (id, territory_id);
      CREATE INDEX passes_edition_idx ON passes (edition_id) WHERE edition_id IS NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX passes_edition_idx;
      ALTER TABLE passes DROP COLUMN edition_id;
      -- openings from an edition's codes go back to the openings without one, not away
      WITH moved AS (DELETE FROM scans WHERE edition_number <> 0 RETURNING *)
      INSERT INTO scans (accommodation_id, territory_id, day, lang, from_qr, count, edition_number)
      SELECT accommodation_id, territory_id, day, lang, from_qr, sum(count), 0 FROM moved GROUP BY 1, 2, 3, 4, 5
      ON CONFLICT (accommodation_id, day, lang, from_qr, edition_number) DO UPDATE SET count = scans.count + EXCLUDED.count;
      ALTER TABLE scans DROP CONSTRAINT scans_pkey;
      ALTER TABLE scans DROP COLUMN edition_number;
      ALTER TABLE scans ADD PRIMARY KEY (accommodation_id, day, lang, from_qr);
      DROP TABLE edition_copies;
      DROP TABLE editions;
      DROP FUNCTION tp_edition_snapshot_is_final();
    `);
  }
}
