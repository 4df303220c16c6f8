import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A commune as people spell it — "Saint jean de liversay", "Saint-Jean-de-Liversay",
 * "St Jean de Liversay" — compared by one key: accents and case gone (tp_search_text), "St"/"Ste"
 * read as "Saint"/"Sainte", then everything but letters and digits dropped.
 */
export class PlaceKeys1764491000000 implements MigrationInterface {
  name = 'PlaceKeys1764491000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- qualified: an index build runs the function with a search_path of pg_catalog only
      CREATE FUNCTION tp_place_key(text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT regexp_replace(regexp_replace(regexp_replace(public.tp_search_text($1), '\\mste\\M', 'sainte', 'g'), '\\mst\\M', 'saint', 'g'), '[^a-z0-9]+', '', 'g') $$;

      CREATE INDEX producers_territory_commune_key_idx ON producers (territory_id, tp_place_key(commune));
      CREATE INDEX accommodations_territory_commune_key_idx ON accommodations (territory_id, tp_place_key(commune));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX accommodations_territory_commune_key_idx;
      DROP INDEX producers_territory_commune_key_idx;
      DROP FUNCTION tp_place_key(text);
    `);
  }
}
