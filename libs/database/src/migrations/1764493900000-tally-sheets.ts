import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The rules of a use as they stood before: one day, today, for every use. */
const CHECK_AT_TODAY = `
      CREATE OR REPLACE FUNCTION tp_check_redemption() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        pass passes%ROWTYPE;
        offer offers%ROWTYPE;
        today date;
        used integer;
      BEGIN
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
      END $$;`;

/** The rules of a use at the day it was written on paper (a phone use: today). */
export const CHECK_AT_WRITTEN_DAY = `
      CREATE OR REPLACE FUNCTION tp_check_redemption() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        pass passes%ROWTYPE;
        offer offers%ROWTYPE;
        today date;
        day date;
        oldest integer;
        used integer;
      BEGIN
        -- the locks serialise every use of this pass and of this offer
        SELECT * INTO pass FROM passes WHERE id = NEW.pass_id FOR UPDATE;
        SELECT * INTO offer FROM offers WHERE id = NEW.offer_id FOR UPDATE;
        SELECT (now() AT TIME ZONE t.time_zone)::date INTO today FROM territories t WHERE t.id = pass.territory_id;
        IF NEW.recorded_via = 'phone' THEN
          day := today;
        ELSE
          day := NEW.redeemed_on;
          oldest := CASE WHEN NEW.recorded_via = 'coupon' THEN 366 ELSE 90 END;
          IF day IS NULL OR day > today OR day < today - oldest THEN
            RAISE EXCEPTION USING ERRCODE = 'TPR09', MESSAGE = 'written_date_out_of_range';
          END IF;
        END IF;
        NEW.redeemed_on := day;
        NEW.territory_id := pass.territory_id;
        NEW.accommodation_id := pass.accommodation_id;
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
        IF offer.quota IS NOT NULL THEN
          SELECT count(*) INTO used FROM redemptions r WHERE r.offer_id = offer.id AND r.voided_at IS NULL;
          IF used >= offer.quota THEN RAISE EXCEPTION USING ERRCODE = 'TPR07', MESSAGE = 'offer_quota_reached'; END IF;
        END IF;
        RETURN NEW;
      END $$;`;

/**
 * Uses recorded from paper (a tally sheet now, coupons later): `recorded_via` says how, and the
 * trigger checks every rule of a use at the day written on paper instead of today. A phone use is
 * still forced to today. A written day may not be after today in the territory's time zone, nor
 * more than 90 days before it for a tally sheet (a producer types its sheet within the season; a
 * stay lasts at most 90 days) or 366 for a coupon (recorded in bulk at the season's end): older
 * than that is a slip of the pen (TPR09). The pass must be valid that day (arrival..departure),
 * the offer published, of an active producer, and valid that day; uses per pass and the quota
 * count every use, whatever its day.
 */
export class TallySheets1764493900000 implements MigrationInterface {
  name = 'TallySheets1764493900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE redemptions ADD COLUMN recorded_via text NOT NULL DEFAULT 'phone'
        CONSTRAINT redemptions_recorded_via_check CHECK (recorded_via IN ('phone', 'tally_sheet', 'coupon'));

      ${CHECK_AT_WRITTEN_DAY}

      -- how a use was recorded is part of what is never edited
      CREATE OR REPLACE FUNCTION tp_redemption_only_voided() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL
          OR (NEW.pass_id, NEW.offer_id, NEW.redeemed_on, NEW.amount_cents, NEW.recorded_by, NEW.recorded_via)
             IS DISTINCT FROM (OLD.pass_id, OLD.offer_id, OLD.redeemed_on, OLD.amount_cents, OLD.recorded_by, OLD.recorded_via) THEN
          RAISE EXCEPTION USING ERRCODE = 'TPR08', MESSAGE = 'redemption_is_final';
        END IF;
        RETURN NEW;
      END $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ${CHECK_AT_TODAY}
      CREATE OR REPLACE FUNCTION tp_redemption_only_voided() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL
          OR (NEW.pass_id, NEW.offer_id, NEW.redeemed_on, NEW.amount_cents, NEW.recorded_by) IS DISTINCT FROM (OLD.pass_id, OLD.offer_id, OLD.redeemed_on, OLD.amount_cents, OLD.recorded_by) THEN
          RAISE EXCEPTION USING ERRCODE = 'TPR08', MESSAGE = 'redemption_is_final';
        END IF;
        RETURN NEW;
      END $$;
      ALTER TABLE redemptions DROP COLUMN recorded_via;
    `);
  }
}
