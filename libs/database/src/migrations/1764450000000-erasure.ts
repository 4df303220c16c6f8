import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A person may ask to be forgotten: the account stays as an anonymous row, so figures and history keep adding up. */
export class Erasure1764450000000 implements MigrationInterface {
  name = 'Erasure1764450000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users DROP CONSTRAINT users_status_check;
      ALTER TABLE users ADD CONSTRAINT users_status_check CHECK (status IN ('active', 'suspended', 'erased'));
      ALTER TABLE users ADD COLUMN erased_at timestamptz;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users DROP COLUMN erased_at;
      ALTER TABLE users DROP CONSTRAINT users_status_check;
      ALTER TABLE users ADD CONSTRAINT users_status_check CHECK (status IN ('active', 'suspended'));
    `);
  }
}
