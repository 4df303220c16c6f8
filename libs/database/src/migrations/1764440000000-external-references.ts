import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coordinator's own reference of a producer or an accommodation (e.g. the tourist office's
 * record number), by which a spreadsheet import finds the record to update: unique per territory
 * where given.
 */
export class ExternalReferences1764440000000 implements MigrationInterface {
  name = 'ExternalReferences1764440000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE producers ADD COLUMN external_ref text CHECK (char_length(external_ref) BETWEEN 1 AND 100);
      ALTER TABLE producers ADD CONSTRAINT producers_territory_external_ref_key UNIQUE (territory_id, external_ref);
      ALTER TABLE accommodations ADD COLUMN external_ref text CHECK (char_length(external_ref) BETWEEN 1 AND 100);
      ALTER TABLE accommodations ADD CONSTRAINT accommodations_territory_external_ref_key UNIQUE (territory_id, external_ref);
      -- spreadsheet rows without a reference are matched on name + postcode, accents and case ignored
      CREATE INDEX producers_territory_name_postcode_idx ON producers (territory_id, tp_search_text(name), postcode);
      CREATE INDEX accommodations_territory_name_postcode_idx ON accommodations (territory_id, tp_search_text(name), postcode);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX accommodations_territory_name_postcode_idx;
      DROP INDEX producers_territory_name_postcode_idx;
      ALTER TABLE accommodations DROP COLUMN external_ref;
      ALTER TABLE producers DROP COLUMN external_ref;
    `);
  }
}
