import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Visits of the territories' public sites, counted like the tourist pages' openings: one row per
 * territory, page kind, day and language — counts, never people.
 */
export class SiteVisits1764492700000 implements MigrationInterface {
  name = 'SiteVisits1764492700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE site_visits (
        territory_id uuid NOT NULL REFERENCES territories (id),
        page text NOT NULL,
        day date NOT NULL,
        lang text NOT NULL,
        count integer NOT NULL CHECK (count > 0),
        PRIMARY KEY (territory_id, page, day, lang)
      );
      CREATE INDEX site_visits_territory_day_idx ON site_visits (territory_id, day);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE site_visits;`);
  }
}
