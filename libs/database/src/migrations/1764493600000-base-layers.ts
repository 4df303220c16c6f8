import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A territory's base layers for its printed maps (commune outlines, main roads, rivers): the
 * coordinator's GeoJSON, checked and simplified to print resolution when uploaded, kept as
 * normalised GeoJSON so that printing needs no network. One row per territory; who uploaded it is in
 * the audit trail.
 */
export class BaseLayers1764493600000 implements MigrationInterface {
  name = 'BaseLayers1764493600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE territory_base_layers (
        territory_id uuid PRIMARY KEY REFERENCES territories (id) ON DELETE CASCADE,
        layers jsonb NOT NULL CHECK (layers ->> 'type' = 'FeatureCollection'),
        -- what the upload kept and left out, as the API answers it
        summary jsonb NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE territory_base_layers`);
  }
}
