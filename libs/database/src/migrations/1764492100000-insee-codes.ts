import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each place's commune by its code in the official list (INSEE), as the API and imports now check
 * it: the département and region follow from it. Null for places recorded before.
 */
export class InseeCodes1764492100000 implements MigrationInterface {
  name = 'InseeCodes1764492100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE producers ADD COLUMN insee_code text CHECK (insee_code ~ '^[0-9][0-9AB][0-9]{3}$');
      ALTER TABLE accommodations ADD COLUMN insee_code text CHECK (insee_code ~ '^[0-9][0-9AB][0-9]{3}$');
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE accommodations DROP COLUMN insee_code;
      ALTER TABLE producers DROP COLUMN insee_code;
    `);
  }
}
