import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The season campaign: each taking-part producer of an open season (mailed, opened, confirmed), its
 * personal links (only their hashes), and one decision per offer (keep, change, drop) with who made it.
 */
export class SeasonCampaign1764493200000 implements MigrationInterface {
  name = 'SeasonCampaign1764493200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE season_producers (
        season_id uuid NOT NULL REFERENCES seasons (id) ON DELETE CASCADE,
        producer_id uuid NOT NULL REFERENCES producers (id) ON DELETE CASCADE,
        territory_id uuid NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
        mailed_at timestamptz,
        first_opened_at timestamptz,
        last_opened_at timestamptz,
        confirmed_at timestamptz,
        confirmed_via text CHECK (confirmed_via IN ('link', 'coordinator')),
        confirmed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        business_changes jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (season_id, producer_id),
        CHECK ((confirmed_at IS NULL) = (confirmed_via IS NULL))
      );
      CREATE TABLE season_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        season_id uuid NOT NULL,
        producer_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (season_id, producer_id) REFERENCES season_producers (season_id, producer_id) ON DELETE CASCADE
      );
      CREATE INDEX season_links_producer_idx ON season_links (season_id, producer_id) WHERE revoked_at IS NULL;
      CREATE TABLE season_decisions (
        season_id uuid NOT NULL,
        offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        producer_id uuid NOT NULL,
        decision text NOT NULL CHECK (decision IN ('keep', 'change', 'drop')),
        decided_via text NOT NULL CHECK (decided_via IN ('link', 'coordinator')),
        decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        changes jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (season_id, offer_id),
        FOREIGN KEY (season_id, producer_id) REFERENCES season_producers (season_id, producer_id) ON DELETE CASCADE
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE season_decisions; DROP TABLE season_links; DROP TABLE season_producers;`);
  }
}
