import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Territories, producers, accommodations and offers, with the indexes their searches use. */
export class Directory1764380000000 implements MigrationInterface {
  name = 'Directory1764380000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS cube;
      CREATE EXTENSION IF NOT EXISTS earthdistance;
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      -- unaccent() is only STABLE; fixing its dictionary makes it safe to index.
      CREATE OR REPLACE FUNCTION tp_search_text(text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

      CREATE TABLE territories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CONSTRAINT territories_slug_key UNIQUE,
        name text NOT NULL,
        languages text[] NOT NULL DEFAULT '{fr,en}',
        time_zone text NOT NULL DEFAULT 'Europe/Paris',
        contact_email text,
        contact_phone text,
        website text,
        logo_url text,
        primary_color text,
        secondary_color text,
        offers_need_review boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE producers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territories (id),
        slug text NOT NULL,
        name text NOT NULL,
        description jsonb NOT NULL DEFAULT '{}',
        categories text[] NOT NULL DEFAULT '{}',
        address text NOT NULL,
        postcode text NOT NULL,
        commune text NOT NULL,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        phone text,
        email text,
        website text,
        opening_hours text,
        labels text[] NOT NULL DEFAULT '{}',
        visit_conditions jsonb,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'archived')),
        -- the point on earthdistance's sphere, stored so that the GiST index can answer counts by itself
        location earth NOT NULL GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT producers_territory_slug_key UNIQUE (territory_id, slug),
        CONSTRAINT producers_id_territory_key UNIQUE (id, territory_id)
      );
      CREATE INDEX producers_location_idx ON producers USING gist (location) INCLUDE (territory_id, status);
      CREATE INDEX producers_territory_status_idx ON producers (territory_id, status);
      CREATE INDEX producers_categories_idx ON producers USING gin (categories);
      CREATE INDEX producers_search_idx ON producers
        USING gin (tp_search_text(name || ' ' || commune || ' ' || coalesce(description ->> 'fr', '')) gin_trgm_ops);

      CREATE TABLE accommodations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territories (id),
        code text NOT NULL CONSTRAINT accommodations_code_key UNIQUE,
        kind text NOT NULL CHECK (kind IN ('gite', 'chambre_hotes', 'camping', 'hotel', 'other')),
        slug text NOT NULL,
        name text NOT NULL,
        description jsonb,
        address text NOT NULL,
        postcode text NOT NULL,
        commune text NOT NULL,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        capacity integer CHECK (capacity > 0),
        phone text,
        email text,
        website text,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'archived')),
        -- the point on earthdistance's sphere, stored so that the GiST index can answer counts by itself
        location earth NOT NULL GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT accommodations_territory_slug_key UNIQUE (territory_id, slug)
      );
      CREATE INDEX accommodations_location_idx ON accommodations USING gist (location) INCLUDE (territory_id, status);
      CREATE INDEX accommodations_territory_status_idx ON accommodations (territory_id, status);
      CREATE INDEX accommodations_search_idx ON accommodations
        USING gin (tp_search_text(name || ' ' || commune) gin_trgm_ops);

      CREATE TABLE offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territories (id),
        producer_id uuid NOT NULL,
        title jsonb NOT NULL,
        conditions jsonb,
        kind text NOT NULL CHECK (kind IN ('percent_off', 'amount_off', 'gift', 'visit', 'tasting')),
        value integer CHECK (value >= 0),
        min_purchase_cents integer CHECK (min_purchase_cents >= 0),
        valid_from date NOT NULL,
        valid_to date,
        uses_per_pass integer NOT NULL DEFAULT 1 CHECK (uses_per_pass >= 1),
        quota integer CHECK (quota >= 1),
        categories text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'pending_review', 'published', 'paused', 'archived')),
        review_note text,
        published_at timestamptz,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- an offer always lives in its producer's territory
        CONSTRAINT offers_producer_fkey FOREIGN KEY (producer_id, territory_id) REFERENCES producers (id, territory_id),
        CONSTRAINT offers_validity_check CHECK (valid_to IS NULL OR valid_to >= valid_from),
        CONSTRAINT offers_percent_check CHECK (kind <> 'percent_off' OR (value IS NOT NULL AND value BETWEEN 1 AND 100)),
        CONSTRAINT offers_amount_check CHECK (kind <> 'amount_off' OR (value IS NOT NULL AND value >= 1))
      );
      CREATE INDEX offers_territory_status_idx ON offers (territory_id, status, valid_from);
      CREATE INDEX offers_producer_idx ON offers (producer_id);
      CREATE INDEX offers_categories_idx ON offers USING gin (categories);
      CREATE INDEX offers_search_idx ON offers
        USING gin (tp_search_text((title ->> 'fr') || ' ' || coalesce(title ->> 'en', '')) gin_trgm_ops);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE offers;
      DROP TABLE accommodations;
      DROP TABLE producers;
      DROP TABLE territories;
      DROP FUNCTION tp_search_text(text);
    `);
  }
}
