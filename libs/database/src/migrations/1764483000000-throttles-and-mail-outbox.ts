import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One table of throttled events for every limit (sign-ins, reset requests, self-service passes,
 * invitation acceptances), each row carrying when it may be purged; the addresses an account
 * signed in from (keyed hashes, 90 days), which the per-account ceiling never slows; and the mail
 * outbox, written in the transaction that makes a link and delivered after it commits.
 */
export class ThrottlesAndMailOutbox1764483000000 implements MigrationInterface {
  name = 'ThrottlesAndMailOutbox1764483000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE sign_in_failures;

      CREATE TABLE throttle_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX throttle_events_key_idx ON throttle_events (key, at);
      CREATE INDEX throttle_events_expiry_idx ON throttle_events (expires_at);

      CREATE TABLE known_sign_in_addresses (
        pair_key text PRIMARY KEY,
        account_key text NOT NULL,
        last_seen_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX known_sign_in_addresses_account_idx ON known_sign_in_addresses (account_key);
      CREATE INDEX known_sign_in_addresses_seen_idx ON known_sign_in_addresses (last_seen_at);

      CREATE TABLE mail_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        last_error text
      );
      CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;
      CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE mail_outbox;
      DROP TABLE known_sign_in_addresses;
      DROP TABLE throttle_events;
      CREATE TABLE sign_in_failures (
        key text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sign_in_failures_key_idx ON sign_in_failures (key, failed_at);
    `);
  }
}
