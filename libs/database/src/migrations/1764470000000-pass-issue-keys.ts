import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A host's double tap issues one pass: the issuing form carries a key, unique per person who issues. */
export class PassIssueKeys1764470000000 implements MigrationInterface {
  name = 'PassIssueKeys1764470000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE passes ADD COLUMN idempotency_key text CHECK (length(idempotency_key) <= 100);
      CREATE UNIQUE INDEX passes_issue_key ON passes (issued_by, idempotency_key) WHERE idempotency_key IS NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX passes_issue_key; ALTER TABLE passes DROP COLUMN idempotency_key;`);
  }
}
