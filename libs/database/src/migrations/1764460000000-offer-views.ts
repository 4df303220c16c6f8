import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How many times each offer was shown to tourists, per day: counts, never people. */
export class OfferViews1764460000000 implements MigrationInterface {
  name = 'OfferViews1764460000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE offer_views (
        offer_id uuid NOT NULL REFERENCES offers (id),
        territory_id uuid NOT NULL REFERENCES territories (id),
        day date NOT NULL,
        count integer NOT NULL CHECK (count > 0),
        PRIMARY KEY (offer_id, day)
      );
      CREATE INDEX offer_views_territory_day_idx ON offer_views (territory_id, day);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE offer_views;`);
  }
}
