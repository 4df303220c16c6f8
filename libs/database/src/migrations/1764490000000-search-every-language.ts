import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Searches read names and descriptions in every language a text holds, not French alone:
 * `tp_texts()` joins a translated text's values (in jsonb's fixed key order, so that it can be
 * indexed), and the trigram indexes are rebuilt on the expressions the services now search.
 */
export class SearchEveryLanguage1764490000000 implements MigrationInterface {
  name = 'SearchEveryLanguage1764490000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION tp_texts(jsonb) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT coalesce((SELECT string_agg(value, ' ') FROM jsonb_each_text($1)), '') $$;

      DROP INDEX producers_search_idx;
      CREATE INDEX producers_search_idx ON producers
        USING gin (tp_search_text(name || ' ' || commune || ' ' || tp_texts(description)) gin_trgm_ops);
      DROP INDEX accommodations_search_idx;
      CREATE INDEX accommodations_search_idx ON accommodations
        USING gin (tp_search_text(name || ' ' || commune || ' ' || tp_texts(description)) gin_trgm_ops);
      DROP INDEX offers_search_idx;
      CREATE INDEX offers_search_idx ON offers USING gin (tp_search_text(tp_texts(title)) gin_trgm_ops);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX offers_search_idx;
      CREATE INDEX offers_search_idx ON offers
        USING gin (tp_search_text((title ->> 'fr') || ' ' || coalesce(title ->> 'en', '')) gin_trgm_ops);
      DROP INDEX accommodations_search_idx;
      CREATE INDEX accommodations_search_idx ON accommodations USING gin (tp_search_text(name || ' ' || commune) gin_trgm_ops);
      DROP INDEX producers_search_idx;
      CREATE INDEX producers_search_idx ON producers
        USING gin (tp_search_text(name || ' ' || commune || ' ' || coalesce(description ->> 'fr', '')) gin_trgm_ops);
      DROP FUNCTION tp_texts(jsonb);
    `);
  }
}
