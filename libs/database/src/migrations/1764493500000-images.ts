import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded images, kept in the database beside what they show (one backup holds everything): the
 * territory's logo, its funders' logos (by funder name, as `territories.funders` lists them), a
 * photo per producer and per accommodation. One image per subject: an upload replaces the last.
 * Stored re-encoded (PNG or JPEG), with the hash of those bytes that names their public address.
 */
export class Images1764493500000 implements MigrationInterface {
  name = 'Images1764493500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE images (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('territory_logo', 'funder_logo', 'producer_photo', 'accommodation_photo')),
        -- the funder's name for a funder's logo: funders have no rows of their own
        funder text,
        producer_id uuid REFERENCES producers (id) ON DELETE CASCADE,
        accommodation_id uuid REFERENCES accommodations (id) ON DELETE CASCADE,
        subject text GENERATED ALWAYS AS (coalesce(producer_id::text, accommodation_id::text, funder, '')) STORED,
        mime text NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
        width integer NOT NULL CHECK (width > 0),
        height integer NOT NULL CHECK (height > 0),
        bytes bytea NOT NULL,
        hash text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT images_subject_check CHECK (
          (purpose = 'territory_logo' AND funder IS NULL AND producer_id IS NULL AND accommodation_id IS NULL)
          OR (purpose = 'funder_logo' AND funder IS NOT NULL AND producer_id IS NULL AND accommodation_id IS NULL)
          OR (purpose = 'producer_photo' AND producer_id IS NOT NULL AND funder IS NULL AND accommodation_id IS NULL)
          OR (purpose = 'accommodation_photo' AND accommodation_id IS NOT NULL AND funder IS NULL AND producer_id IS NULL)),
        CONSTRAINT images_subject_key UNIQUE (territory_id, purpose, subject)
      );
      CREATE INDEX images_hash_idx ON images (hash);
      CREATE INDEX images_producer_idx ON images (producer_id) WHERE producer_id IS NOT NULL;
      CREATE INDEX images_accommodation_idx ON images (accommodation_id) WHERE accommodation_id IS NOT NULL;

      -- the public site's and tourist pages' caches are keyed by the territory's content version
      CREATE TRIGGER images_bump_content AFTER INSERT OR UPDATE OR DELETE ON images
        FOR EACH ROW EXECUTE FUNCTION tp_bump_territory_content();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE images;`);
  }
}
