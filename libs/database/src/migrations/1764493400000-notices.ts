import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders and digests: each reader's language, the notices shown in the member pages, the kinds
 * a reader switched off by mail, the scheduled sends already made (one row per job and period:
 * several instances never send twice), and what a mail needs beyond its text (sealed HTML,
 * headers such as List-Unsubscribe, its language).
 */
export class Notices1764493400000 implements MigrationInterface {
  name = 'Notices1764493400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users ADD COLUMN language text NOT NULL DEFAULT 'fr' CONSTRAINT users_language_check CHECK (language IN ('fr', 'en'));

      CREATE TABLE notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('campaign', 'membership', 'offers_ending', 'weekly_digest')),
        subject text NOT NULL,
        -- sealed like the outbox's bodies: a notice may carry a personal link
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      );
      CREATE INDEX notices_user_idx ON notices (user_id, created_at DESC);

      CREATE TABLE notice_opt_outs (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('campaign', 'membership', 'offers_ending', 'weekly_digest')),
        switched_off_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      );

      CREATE TABLE scheduled_sends (
        job text NOT NULL,
        key text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (job, key)
      );

      ALTER TABLE mail_outbox ADD COLUMN html text, ADD COLUMN headers text, ADD COLUMN language text;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE mail_outbox DROP COLUMN html, DROP COLUMN headers, DROP COLUMN language;
      DROP TABLE scheduled_sends;
      DROP TABLE notice_opt_outs;
      DROP TABLE notices;
      ALTER TABLE users DROP COLUMN language;
    `);
  }
}
