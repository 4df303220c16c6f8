import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The territory's public site: the host names it answers on, a host's consent to list its
 * accommodation there, and the slugs a producer had before, so that an old address found in a
 * search engine or a bookmark leads to the page it became (recorded by the database itself: no
 * way of renaming can forget it).
 */
export class PublicSite1764492500000 implements MigrationInterface {
  name = 'PublicSite1764492500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE territories ADD COLUMN domains text[] NOT NULL DEFAULT '{}';
      CREATE INDEX territories_domains_idx ON territories USING gin (domains);

      ALTER TABLE accommodations ADD COLUMN publish_on_site boolean NOT NULL DEFAULT false;

      CREATE TABLE producer_former_slugs (
        territory_id uuid NOT NULL,
        slug text NOT NULL,
        producer_id uuid NOT NULL,
        retired_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (territory_id, slug),
        FOREIGN KEY (producer_id, territory_id) REFERENCES producers (id, territory_id) ON DELETE CASCADE
      );

      CREATE FUNCTION tp_remember_producer_slug() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO producer_former_slugs (territory_id, slug, producer_id) VALUES (OLD.territory_id, OLD.slug, NEW.id)
          ON CONFLICT (territory_id, slug) DO UPDATE SET producer_id = EXCLUDED.producer_id, retired_at = now();
        -- a slug in use again is nobody's former one
        DELETE FROM producer_former_slugs WHERE territory_id = NEW.territory_id AND slug = NEW.slug;
        RETURN NEW;
      END $$;
      CREATE TRIGGER producers_remember_slug AFTER UPDATE OF slug ON producers
        FOR EACH ROW WHEN (OLD.slug IS DISTINCT FROM NEW.slug) EXECUTE FUNCTION tp_remember_producer_slug();

      CREATE FUNCTION tp_forget_taken_slug() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM producer_former_slugs WHERE territory_id = NEW.territory_id AND slug = NEW.slug;
        RETURN NEW;
      END $$;
      CREATE TRIGGER producers_forget_taken_slug AFTER INSERT ON producers
        FOR EACH ROW EXECUTE FUNCTION tp_forget_taken_slug();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER producers_forget_taken_slug ON producers;
      DROP FUNCTION tp_forget_taken_slug();
      DROP TRIGGER producers_remember_slug ON producers;
      DROP FUNCTION tp_remember_producer_slug();
      DROP TABLE producer_former_slugs;
      ALTER TABLE accommodations DROP COLUMN publish_on_site;
      DROP INDEX territories_domains_idx;
      ALTER TABLE territories DROP COLUMN domains;
    `);
  }
}
