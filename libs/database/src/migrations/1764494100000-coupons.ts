import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CHECK_AT_WRITTEN_DAY } from './1764493900000-tally-sheets.js';

/**
 * Coupons: an edition may print, for each copy handed to a host, one detachable coupon per offer,
 * each with a serial of its own (a checked code like a pass's). A producer keeps the coupons it
 * accepts and the coordinator records them in bulk, so a coupon use has no pass: it carries its
 * coupon, whose edition and host it is credited to. `redemptions.edition_id` says which edition
 * brought a use, whichever way it came (the pass's edition, or the coupon's), so the funnel reads
 * one column.
 *
 * A coupon is used once (a partial unique index: a voided use frees it). Its rules, at the day
 * given (at most 366 days back, never in the future): the offer is of the coupon's territory, was
 * not a draft, was valid at some day between the edition's print date and that day (a coupon is
 * often recorded after its offer ended), and its quota still counts every use.
 */
export class Coupons1764494100000 implements MigrationInterface {
  name = 'Coupons1764494100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE coupons (
        serial text PRIMARY KEY CHECK (serial ~ '^[a-z0-9]{6,16}$'),
        territory_id uuid NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
        edition_id uuid NOT NULL,
        accommodation_id uuid NOT NULL,
        offer_id uuid NOT NULL REFERENCES offers (id),
        copy_number integer NOT NULL CHECK (copy_number BETWEEN 1 AND 100000),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT coupons_edition_fkey FOREIGN KEY (edition_id, territory_id) REFERENCES editions (id, territory_id) ON DELETE CASCADE,
        CONSTRAINT coupons_accommodation_fkey FOREIGN KEY (accommodation_id, territory_id) REFERENCES accommodations (id, territory_id),
        CONSTRAINT coupons_copy_key UNIQUE (edition_id, accommodation_id, copy_number, offer_id)
      );
      -- 9 random characters and a check: 10, told apart from producer codes (9) and passes (11) by length
      ALTER TABLE coupons ALTER COLUMN serial SET DEFAULT tp_checked_code(9);

      ALTER TABLE redemptions ALTER COLUMN pass_id DROP NOT NULL;
      ALTER TABLE redemptions ADD COLUMN coupon_serial text REFERENCES coupons (serial);
      ALTER TABLE redemptions ADD COLUMN edition_id uuid REFERENCES editions (id);
      ALTER TABLE redemptions ADD CONSTRAINT redemptions_pass_or_coupon CHECK (
        (recorded_via = 'coupon' AND coupon_serial IS NOT NULL AND pass_id IS NULL)
        OR (recorded_via <> 'coupon' AND coupon_serial IS NULL AND pass_id IS NOT NULL));
      CREATE UNIQUE INDEX redemptions_coupon_once ON redemptions (coupon_serial) WHERE coupon_serial IS NOT NULL AND voided_at IS NULL;
      CREATE INDEX redemptions_edition_idx ON redemptions (edition_id) WHERE edition_id IS NOT NULL;
      UPDATE redemptions r SET edition_id = p.edition_id FROM passes p WHERE p.id = r.pass_id AND p.edition_id IS NOT NULL;

      -- the pass branch is the tally sheets' as it was, with the edition of the pass recorded
      CREATE OR REPLACE FUNCTION tp_check_redemption() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        pass passes%ROWTYPE;
        coupon coupons%ROWTYPE;
        offer offers%ROWTYPE;
        printed date;
        today date;
        day date;
        oldest integer;
        used integer;
      BEGIN
        IF NEW.recorded_via = 'coupon' THEN
          SELECT * INTO coupon FROM coupons WHERE serial = NEW.coupon_serial FOR UPDATE;
          IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'TPR10', MESSAGE = 'unknown_coupon'; END IF;
          SELECT * INTO offer FROM offers WHERE id = coupon.offer_id FOR UPDATE;
          SELECT (now() AT TIME ZONE t.time_zone)::date INTO today FROM territories t WHERE t.id = coupon.territory_id;
          SELECT e.printed_on INTO printed FROM editions e WHERE e.id = coupon.edition_id;
          day := coalesce(NEW.redeemed_on, today);
          IF day > today OR day < today - 366 OR day < printed THEN
            RAISE EXCEPTION USING ERRCODE = 'TPR09', MESSAGE = 'written_date_out_of_range';
          END IF;
          NEW.redeemed_on := day;
          NEW.offer_id := coupon.offer_id;
          NEW.territory_id := coupon.territory_id;
          NEW.accommodation_id := coupon.accommodation_id;
          NEW.edition_id := coupon.edition_id;
          NEW.producer_id := offer.producer_id;
          IF offer.status IN ('draft', 'pending_review') OR offer.valid_from > day OR (offer.valid_to IS NOT NULL AND offer.valid_to < printed) THEN
            RAISE EXCEPTION USING ERRCODE = 'TPR05', MESSAGE = 'offer_not_valid_today';
          END IF;
        ELSE
          -- the locks serialise every use of this pass and of this offer
          SELECT * INTO pass FROM passes WHERE id = NEW.pass_id FOR UPDATE;
          SELECT * INTO offer FROM offers WHERE id = NEW.offer_id FOR UPDATE;
          SELECT (now() AT TIME ZONE t.time_zone)::date INTO today FROM territories t WHERE t.id = pass.territory_id;
          IF NEW.recorded_via = 'phone' THEN
            day := today;
          ELSE
            day := NEW.redeemed_on;
            IF day IS NULL OR day > today OR day < today - 90 THEN
              RAISE EXCEPTION USING ERRCODE = 'TPR09', MESSAGE = 'written_date_out_of_range';
            END IF;
          END IF;
          NEW.redeemed_on := day;
          NEW.territory_id := pass.territory_id;
          NEW.accommodation_id := pass.accommodation_id;
          NEW.edition_id := pass.edition_id;
          NEW.producer_id := offer.producer_id;
          IF offer.territory_id <> pass.territory_id THEN RAISE EXCEPTION USING ERRCODE = 'TPR01', MESSAGE = 'offer_not_valid_today'; END IF;
          IF pass.status <> 'active' THEN RAISE EXCEPTION USING ERRCODE = 'TPR02', MESSAGE = 'pass_cancelled'; END IF;
          IF day < pass.arrival THEN RAISE EXCEPTION USING ERRCODE = 'TPR03', MESSAGE = 'pass_not_yet_valid'; END IF;
          IF day > pass.departure THEN RAISE EXCEPTION USING ERRCODE = 'TPR04', MESSAGE = 'pass_expired'; END IF;
          IF offer.status <> 'published' OR offer.valid_from > day OR (offer.valid_to IS NOT NULL AND offer.valid_to < day)
            OR NOT EXISTS (SELECT 1 FROM producers p WHERE p.id = offer.producer_id AND p.status = 'active') THEN
            RAISE EXCEPTION USING ERRCODE = 'TPR05', MESSAGE = 'offer_not_valid_today';
          END IF;
          SELECT count(*) INTO used FROM redemptions r WHERE r.pass_id = pass.id AND r.offer_id = offer.id AND r.voided_at IS NULL;
          IF used >= offer.uses_per_pass THEN RAISE EXCEPTION USING ERRCODE = 'TPR06', MESSAGE = 'offer_used_up'; END IF;
        END IF;
        IF offer.quota IS NOT NULL THEN
          SELECT count(*) INTO used FROM redemptions r WHERE r.offer_id = offer.id AND r.voided_at IS NULL;
          IF used >= offer.quota THEN RAISE EXCEPTION USING ERRCODE = 'TPR07', MESSAGE = 'offer_quota_reached'; END IF;
        END IF;
        RETURN NEW;
      END $$;

      -- what a use was credited to is part of what is never edited
      CREATE OR REPLACE FUNCTION tp_redemption_only_voided() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL
          OR (NEW.pass_id, NEW.offer_id, NEW.redeemed_on, NEW.amount_cents, NEW.recorded_by, NEW.recorded_via, NEW.coupon_serial, NEW.edition_id)
             IS DISTINCT FROM (OLD.pass_id, OLD.offer_id, OLD.redeemed_on, OLD.amount_cents, OLD.recorded_by, OLD.recorded_via, OLD.coupon_serial, OLD.edition_id) THEN
          RAISE EXCEPTION USING ERRCODE = 'TPR08', MESSAGE = 'redemption_is_final';
        END IF;
        RETURN NEW;
      END $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ${CHECK_AT_WRITTEN_DAY}
      CREATE OR REPLACE FUNCTION tp_redemption_only_voided() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL
          OR (NEW.pass_id, NEW.offer_id, NEW.redeemed_on, NEW.amount_cents, NEW.recorded_by, NEW.recorded_via)
             IS DISTINCT FROM (OLD.pass_id, OLD.offer_id, OLD.redeemed_on, OLD.amount_cents, OLD.recorded_by, OLD.recorded_via) THEN
          RAISE EXCEPTION USING ERRCODE = 'TPR08', MESSAGE = 'redemption_is_final';
        END IF;
        RETURN NEW;
      END $$;
      -- coupon uses had no pass: they cannot be kept without one
      ALTER TABLE redemptions DISABLE TRIGGER USER;
      DELETE FROM redemptions WHERE coupon_serial IS NOT NULL;
      ALTER TABLE redemptions ENABLE TRIGGER USER;
      ALTER TABLE redemptions DROP CONSTRAINT redemptions_pass_or_coupon;
      ALTER TABLE redemptions DROP COLUMN edition_id;
      ALTER TABLE redemptions DROP COLUMN coupon_serial;
      ALTER TABLE redemptions ALTER COLUMN pass_id SET NOT NULL;
      DROP TABLE coupons;
    `);
  }
}
