import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The batches of counts already written, by id: a write whose answer was lost (the connection cut
 * after PostgreSQL committed) is sent again with the same id and adds nothing the second time.
 * Kept a day, far longer than any retry.
 */
export class CountedBatches1764492900000 implements MigrationInterface {
  name = 'CountedBatches1764492900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE counted_batches (
        id uuid PRIMARY KEY,
        written_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX counted_batches_written_at_idx ON counted_batches (written_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE counted_batches;`);
  }
}
