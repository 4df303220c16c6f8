import type { MigrationInterface, QueryRunner } from 'typeorm';

/** People, their memberships of territories, sign-in tokens, invitations, throttling and the audit trail. */
export class Accounts1764390000000 implements MigrationInterface {
  name = 'Accounts1764390000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text,
        -- null until the person accepts an invitation and chooses a password
        password_hash text,
        is_platform_admin boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (lower(email));

      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        territory_id uuid NOT NULL REFERENCES territories (id),
        role text NOT NULL CHECK (role IN ('coordinator', 'producer', 'host')),
        producer_id uuid,
        status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'active', 'suspended')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT memberships_producer_fkey FOREIGN KEY (producer_id, territory_id) REFERENCES producers (id, territory_id),
        CONSTRAINT memberships_producer_role_check CHECK ((role = 'producer') = (producer_id IS NOT NULL)),
        CONSTRAINT memberships_id_territory_key UNIQUE (id, territory_id)
      );
      CREATE UNIQUE INDEX memberships_unique_key ON memberships (user_id, territory_id, role, coalesce(producer_id, '00000000-0000-0000-0000-000000000000'));
      CREATE INDEX memberships_territory_idx ON memberships (territory_id, role);

      ALTER TABLE accommodations ADD CONSTRAINT accommodations_id_territory_key UNIQUE (id, territory_id);

      -- the accommodations a host membership runs, always of the membership's territory
      CREATE TABLE host_accommodations (
        membership_id uuid NOT NULL,
        accommodation_id uuid NOT NULL,
        territory_id uuid NOT NULL,
        PRIMARY KEY (membership_id, accommodation_id),
        FOREIGN KEY (membership_id, territory_id) REFERENCES memberships (id, territory_id) ON DELETE CASCADE,
        FOREIGN KEY (accommodation_id, territory_id) REFERENCES accommodations (id, territory_id)
      );
      CREATE INDEX host_accommodations_accommodation_idx ON host_accommodations (accommodation_id);

      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        family_id uuid NOT NULL,
        token_hash text NOT NULL CONSTRAINT refresh_tokens_hash_key UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);

      -- invitation and password-reset links: single use, expiring, stored hashed
      CREATE TABLE one_time_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('invitation', 'password_reset')),
        user_id uuid NOT NULL REFERENCES users (id),
        membership_id uuid REFERENCES memberships (id) ON DELETE CASCADE,
        token_hash text NOT NULL CONSTRAINT one_time_tokens_hash_key UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      -- failed sign-ins of the last minutes, by account and by (hashed) address
      CREATE TABLE sign_in_failures (
        key text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sign_in_failures_key_idx ON sign_in_failures (key, failed_at);

      CREATE TABLE audit_entries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        territory_id uuid NOT NULL REFERENCES territories (id),
        actor_id uuid REFERENCES users (id),
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_entries_territory_idx ON audit_entries (territory_id, id DESC);
      CREATE INDEX audit_entries_entity_idx ON audit_entries (entity_id, id DESC);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE audit_entries;
      DROP TABLE sign_in_failures;
      DROP TABLE one_time_tokens;
      DROP TABLE refresh_tokens;
      DROP TABLE host_accommodations;
      ALTER TABLE accommodations DROP CONSTRAINT accommodations_id_territory_key;
      DROP TABLE memberships;
      DROP TABLE users;
    `);
  }
}
