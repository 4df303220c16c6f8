import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The association's members and their fees ("adhésions"), apart from `memberships` (a person's
 * role in a territory): a territory's terms (absent = the territory does not manage membership),
 * one row per member (a producer business, or a host's role row) and year, and the payments the
 * coordinator records — numbered per territory and year, cancelled with a reason, never deleted.
 *
 * What the tourist pages, the site, open data and the brochures show asks the database
 * (`tp_offers_withheld`), so that libs/directory needs nothing of the association's code; the
 * content version moves whenever a member's standing does, so cached pages follow.
 */
export class MemberYears1764493100000 implements MigrationInterface {
  name = 'MemberYears1764493100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE membership_terms (
        territory_id uuid PRIMARY KEY REFERENCES territories (id) ON DELETE CASCADE,
        year_starts_month smallint NOT NULL DEFAULT 1 CHECK (year_starts_month BETWEEN 1 AND 12),
        producer_fee_cents integer NOT NULL CHECK (producer_fee_cents BETWEEN 0 AND 100000000),
        host_fee_cents integer NOT NULL CHECK (host_fee_cents BETWEEN 0 AND 100000000),
        charter jsonb NOT NULL CHECK (jsonb_typeof(charter -> 'fr') = 'string'),
        payment_instructions jsonb NOT NULL CHECK (jsonb_typeof(payment_instructions -> 'fr') = 'string'),
        lapsed_policy text NOT NULL CHECK (lapsed_policy IN ('hide', 'flag')),
        grace_days integer NOT NULL CHECK (grace_days BETWEEN 0 AND 365),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE member_years (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territories (id),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
        producer_id uuid,
        host_membership_id uuid,
        -- the fee asked of this member for this year (the terms' fee when the year began for it)
        fee_cents integer NOT NULL CHECK (fee_cents >= 0),
        -- the sum of its payments not cancelled, kept by the payments' trigger
        paid_cents integer NOT NULL DEFAULT 0,
        charter_accepted_at timestamptz,
        charter_accepted_by uuid REFERENCES users (id),
        active boolean GENERATED ALWAYS AS (charter_accepted_at IS NOT NULL AND paid_cents >= fee_cents) STORED,
        -- the language the member reads its pages in: its reminders are written in it
        lang text NOT NULL DEFAULT 'fr' CHECK (lang IN ('fr', 'en', 'nl', 'de')),
        reminded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((producer_id IS NULL) <> (host_membership_id IS NULL)),
        FOREIGN KEY (producer_id, territory_id) REFERENCES producers (id, territory_id),
        FOREIGN KEY (host_membership_id, territory_id) REFERENCES memberships (id, territory_id),
        UNIQUE (producer_id, year),
        UNIQUE (host_membership_id, year),
        UNIQUE (id, territory_id)
      );
      CREATE INDEX member_years_territory_year_idx ON member_years (territory_id, year);

      CREATE TABLE membership_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL,
        member_year_id uuid NOT NULL,
        year integer NOT NULL,
        receipt_number integer NOT NULL CHECK (receipt_number > 0),
        method text NOT NULL CHECK (method IN ('cash', 'cheque', 'transfer')),
        paid_on date NOT NULL,
        amount_cents integer NOT NULL CHECK (amount_cents > 0),
        reference text CHECK (length(reference) <= 120),
        recorded_by uuid REFERENCES users (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        cancelled_by uuid REFERENCES users (id),
        cancel_reason text,
        CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL)),
        FOREIGN KEY (member_year_id, territory_id) REFERENCES member_years (id, territory_id),
        UNIQUE (territory_id, year, receipt_number)
      );
      CREATE INDEX membership_payments_member_year_idx ON membership_payments (member_year_id);

      CREATE FUNCTION tp_refuse_payment_deletion() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a membership payment is cancelled, never deleted';
      END $$;
      CREATE TRIGGER membership_payments_never_deleted BEFORE DELETE ON membership_payments
        FOR EACH ROW EXECUTE FUNCTION tp_refuse_payment_deletion();

      CREATE FUNCTION tp_sum_member_year_payments() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE member_years SET updated_at = now(),
               paid_cents = (SELECT coalesce(sum(amount_cents), 0) FROM membership_payments WHERE member_year_id = NEW.member_year_id AND cancelled_at IS NULL)
         WHERE id = NEW.member_year_id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER membership_payments_sum AFTER INSERT OR UPDATE ON membership_payments
        FOR EACH ROW EXECUTE FUNCTION tp_sum_member_year_payments();

      -- what tourists see depends on who is in good standing
      CREATE TRIGGER member_years_bump_content AFTER INSERT OR DELETE ON member_years
        FOR EACH ROW EXECUTE FUNCTION tp_bump_territory_content();
      CREATE TRIGGER member_years_bump_content_on_change AFTER UPDATE ON member_years
        FOR EACH ROW WHEN (OLD.active IS DISTINCT FROM NEW.active) EXECUTE FUNCTION tp_bump_territory_content();
      CREATE TRIGGER membership_terms_bump_content AFTER INSERT OR UPDATE OR DELETE ON membership_terms
        FOR EACH ROW EXECUTE FUNCTION tp_bump_territory_content();

      -- the membership year a day falls in, named after the calendar year it starts in
      CREATE FUNCTION tp_membership_year(starts_month integer, day date) RETURNS integer
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT extract(year FROM day)::integer - (extract(month FROM day)::integer < starts_month)::integer $$;

      -- lapsed on a day: active the year before, not active this year, and this year's grace period over
      CREATE FUNCTION tp_producer_lapsed(producer uuid, day date) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT EXISTS (
          SELECT 1 FROM producers p
            JOIN membership_terms mt ON mt.territory_id = p.territory_id
            CROSS JOIN LATERAL (SELECT tp_membership_year(mt.year_starts_month, day) AS year) y
           WHERE p.id = producer
             AND day >= make_date(y.year, mt.year_starts_month, 1) + mt.grace_days
             AND EXISTS (SELECT 1 FROM member_years my WHERE my.producer_id = producer AND my.year = y.year - 1 AND my.active)
             AND NOT EXISTS (SELECT 1 FROM member_years my WHERE my.producer_id = producer AND my.year = y.year AND my.active))
      $$;

      -- a producer's offers are not shown nor printed on a day: lapsed in a territory whose policy hides them
      CREATE FUNCTION tp_offers_withheld(producer uuid, day date) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT EXISTS (SELECT 1 FROM producers p JOIN membership_terms mt ON mt.territory_id = p.territory_id
                        WHERE p.id = producer AND mt.lapsed_policy = 'hide')
           AND tp_producer_lapsed(producer, day)
      $$;

      -- in good standing today: its territory does not manage membership, or its membership of this year is active
      CREATE FUNCTION tp_producer_in_good_standing(producer uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce((
          SELECT EXISTS (SELECT 1 FROM member_years my
                          WHERE my.producer_id = p.id AND my.active
                            AND my.year = tp_membership_year(mt.year_starts_month, (now() AT TIME ZONE t.time_zone)::date))
            FROM producers p
            JOIN territories t ON t.id = p.territory_id
            JOIN membership_terms mt ON mt.territory_id = p.territory_id
           WHERE p.id = producer), true)
      $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION tp_producer_in_good_standing(uuid);
      DROP FUNCTION tp_offers_withheld(uuid, date);
      DROP FUNCTION tp_producer_lapsed(uuid, date);
      DROP FUNCTION tp_membership_year(integer, date);
      DROP TABLE membership_payments;
      DROP FUNCTION tp_sum_member_year_payments();
      DROP FUNCTION tp_refuse_payment_deletion();
      DROP TABLE member_years;
      DROP TABLE membership_terms;
    `);
  }
}
