import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The association's funders, named on the back page of its brochure (funders usually require it):
 * up to 12 names, checked here too so that no path around the API stores a longer list.
 */
export class TerritoryFunders1764430000000 implements MigrationInterface {
  name = 'TerritoryFunders1764430000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE territories ADD COLUMN funders jsonb NOT NULL DEFAULT '[]'
        CHECK (jsonb_typeof(funders) = 'array' AND jsonb_array_length(funders) <= 12);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE territories DROP COLUMN funders`);
  }
}
