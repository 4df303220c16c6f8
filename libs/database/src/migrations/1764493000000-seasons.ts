import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A territory's seasons; at most one open at a time (its campaign under way). */
export class Seasons1764493000000 implements MigrationInterface {
  name = 'Seasons1764493000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE seasons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        print_deadline date NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CHECK (ends_on >= starts_on),
        CHECK (print_deadline <= ends_on)
      );
      CREATE UNIQUE INDEX seasons_one_open_idx ON seasons (territory_id) WHERE closed_at IS NULL;
      CREATE UNIQUE INDEX seasons_name_idx ON seasons (territory_id, lower(name));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE seasons;`);
  }
}
