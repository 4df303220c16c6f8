import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A producer or a host asking, on the public site, to join a territory: what they typed, in the
 * language of the form, until a coordinator accepts it (the producer or accommodation then made is
 * kept) or declines it with a reason. A request exists only with the person's consent to be
 * contacted: the form refuses it otherwise.
 */
export class JoinRequests1764492600000 implements MigrationInterface {
  name = 'JoinRequests1764492600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE join_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territories(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('producer', 'host')),
        business_name text NOT NULL,
        postcode text NOT NULL,
        commune text NOT NULL,
        insee_code text,
        contact_name text NOT NULL,
        email text NOT NULL,
        phone text,
        website text,
        offer text NOT NULL,
        lang text NOT NULL CHECK (lang IN ('fr', 'en', 'nl', 'de')),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decline_reason text,
        producer_id uuid REFERENCES producers(id) ON DELETE SET NULL,
        accommodation_id uuid REFERENCES accommodations(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT join_requests_decided CHECK ((status = 'pending') = (decided_at IS NULL)),
        CONSTRAINT join_requests_declined_with_reason CHECK ((status = 'declined') = (decline_reason IS NOT NULL))
      )`);
    // the coordinator's list: pending first, newest first; the figures count by day
    await db.query(`CREATE INDEX join_requests_territory_status ON join_requests (territory_id, status, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE join_requests`);
  }
}
