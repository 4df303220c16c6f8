import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Passes and redemptions. The rules of a use are enforced by the database itself, in a trigger
 * that locks the pass and the offer: pass valid that day, offer published and valid that day,
 * uses per pass and the offer's quota never exceeded — however many phones tap at once.
 */
export class Passes1764410000000 implements MigrationInterface {
  name = 'Passes1764410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE territories ADD COLUMN self_service_passes boolean NOT NULL DEFAULT false;

      CREATE TABLE passes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL,
        accommodation_id uuid NOT NULL,
        code text NOT NULL DEFAULT tp_short_code(10) CONSTRAINT passes_code_key UNIQUE,
        arrival date NOT NULL,
        departure date NOT NULL,
        guests integer NOT NULL CHECK (guests BETWEEN 1 AND 50),
        lang text NOT NULL CHECK (lang IN ('fr', 'en', 'nl', 'de')),
        issued_by uuid REFERENCES users (id),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT passes_stay_check CHECK (departure >= arrival AND departure - arrival <= 90),
        CONSTRAINT passes_accommodation_fkey FOREIGN KEY (accommodation_id, territory_id) REFERENCES accommodations (id, territory_id)
      );
      CREATE INDEX passes_accommodation_idx ON passes (accommodation_id, arrival);

      CREATE TABLE redemptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territories (id),
        pass_id uuid NOT NULL REFERENCES passes (id),
        offer_id uuid NOT NULL REFERENCES offers (id),
        producer_id uuid NOT NULL REFERENCES producers (id),
        accommodation_id uuid NOT NULL REFERENCES accommodations (id),
        redeemed_on date NOT NULL,
        amount_cents integer CHECK (amount_cents >= 0),
        recorded_by uuid REFERENCES users (id),
        idempotency_key text NOT NULL,
        voided_at timestamptz,
        voided_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT redemptions_idempotency_key UNIQUE (recorded_by, idempotency_key)
      );
      CREATE INDEX redemptions_pass_offer_idx ON redemptions (pass_id, offer_id) WHERE voided_at IS NULL;
      CREATE INDEX redemptions_offer_idx ON redemptions (offer_id) WHERE voided_at IS NULL;
      CREATE INDEX redemptions_territory_idx ON redemptions (territory_id, redeemed_on);

      CREATE FUNCTION tp_check_redemption() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        pass passes%ROWTYPE;
        offer offers%ROWTYPE;
        today date;
        used integer;
      BEGIN
        -- the locks serialise every use of this pass and of this offer
        SELECT * INTO pass FROM passes WHERE id = NEW.pass_id FOR UPDATE;
        SELECT * INTO offer FROM offers WHERE id = NEW.offer_id FOR UPDATE;
        SELECT (now() AT TIME ZONE t.time_zone)::date INTO today FROM territories t WHERE t.id = pass.territory_id;
        NEW.redeemed_on := today;
        NEW.territory_id := pass.territory_id;
        NEW.accommodation_id := pass.accommodation_id;
        NEW.producer_id := offer.producer_id;
        IF offer.territory_id <> pass.territory_id THEN RAISE EXCEPTION USING ERRCODE = 'TPR01', MESSAGE = 'offer_not_valid_today'; END IF;
        IF pass.status <> 'active' THEN RAISE EXCEPTION USING ERRCODE = 'TPR02', MESSAGE = 'pass_cancelled'; END IF;
        IF today < pass.arrival THEN RAISE EXCEPTION USING ERRCODE = 'TPR03', MESSAGE = 'pass_not_yet_valid'; END IF;
        IF today > pass.departure THEN RAISE EXCEPTION USING ERRCODE = 'TPR04', MESSAGE = 'pass_expired'; END IF;
        IF offer.status <> 'published' OR offer.valid_from > today OR (offer.valid_to IS NOT NULL AND offer.valid_to < today)
          OR NOT EXISTS (SELECT 1 FROM producers p WHERE p.id = offer.producer_id AND p.status = 'active') THEN
          RAISE EXCEPTION USING ERRCODE = 'TPR05', MESSAGE = 'offer_not_valid_today';
        END IF;
        SELECT count(*) INTO used FROM redemptions r WHERE r.pass_id = pass.id AND r.offer_id = offer.id AND r.voided_at IS NULL;
        IF used >= offer.uses_per_pass THEN RAISE EXCEPTION USING ERRCODE = 'TPR06', MESSAGE = 'offer_used_up'; END IF;
        IF offer.quota IS NOT NULL THEN
          SELECT count(*) INTO used FROM redemptions r WHERE r.offer_id = offer.id AND r.voided_at IS NULL;
          IF used >= offer.quota THEN RAISE EXCEPTION USING ERRCODE = 'TPR07', MESSAGE = 'offer_quota_reached'; END IF;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER redemptions_check BEFORE INSERT ON redemptions FOR EACH ROW EXECUTE FUNCTION tp_check_redemption();

      -- a use is never edited, only voided
      CREATE FUNCTION tp_redemption_only_voided() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL
          OR (NEW.pass_id, NEW.offer_id, NEW.redeemed_on, NEW.amount_cents, NEW.recorded_by) IS DISTINCT FROM (OLD.pass_id, OLD.offer_id, OLD.redeemed_on, OLD.amount_cents, OLD.recorded_by) THEN
          RAISE EXCEPTION USING ERRCODE = 'TPR08', MESSAGE = 'redemption_is_final';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER redemptions_only_voided BEFORE UPDATE ON redemptions FOR EACH ROW EXECUTE FUNCTION tp_redemption_only_voided();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE redemptions;
      DROP FUNCTION tp_redemption_only_voided();
      DROP FUNCTION tp_check_redemption();
      DROP TABLE passes;
      ALTER TABLE territories DROP COLUMN self_service_passes;
    `);
  }
}
