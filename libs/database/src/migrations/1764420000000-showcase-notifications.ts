import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every bump of a territory's content version is announced on the `showcase_changed` channel, so
 * (whether the update named the column or a trigger bumped it) so that each API instance can keep what tourist pages are keyed by in memory and drop it at once.
 */
export class ShowcaseNotifications1764420000000 implements MigrationInterface {
  name = 'ShowcaseNotifications1764420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION tp_announce_showcase_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('showcase_changed', NEW.id::text);
        RETURN NULL;
      END $$;
      CREATE TRIGGER territories_announce_content AFTER UPDATE ON territories
        FOR EACH ROW WHEN (OLD.content_version IS DISTINCT FROM NEW.content_version)
        EXECUTE FUNCTION tp_announce_showcase_change();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER territories_announce_content ON territories;
      DROP FUNCTION tp_announce_showcase_change();
    `);
  }
}
