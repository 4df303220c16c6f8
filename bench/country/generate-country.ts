import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { CATEGORIES } from '#directory';
import type { CountrySizes } from './country-sizes.js';

/** Stays per accommodation and week, by month (January first): a rural summer, as the demo's season. */
const MONTH_WEIGHTS = [0.1, 0.1, 0.2, 0.5, 0.7, 0.9, 1.6, 1.8, 0.8, 0.5, 0.2, 0.2];

export interface SeasonDates {
  year: number;
  startsOn: string;
  endsOn: string;
}

/** The last seasons over (1 April – 31 October), oldest first: a season's uses are all in the past. */
export function seasonsBefore(today: Date, count: number): SeasonDates[] {
  const last = today.getUTCMonth() >= 10 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return Array.from({ length: count }, (_, i) => {
    const year = last - count + 1 + i;
    return { year, startsOn: `${year}-04-01`, endsOn: `${year}-10-31` };
  });
}

/**
 * The event tables' inserts run with the session in the replication role, which skips their
 * triggers, foreign-key checks included: one look-up per row and key made the 20 million page
 * openings take a quarter of an hour. Every foreign key of these tables is checked afterwards by
 * one anti-join each (EVENT_TABLES in country-rules.ts), and the run fails if a row has no parent.
 */
const withoutReferenceChecks = (insert: string) => ['SET session_replication_role = replica', insert, 'SET session_replication_role = origin'];

export interface StepTiming {
  step: string;
  rows: number;
  seconds: number;
}

const number = (n: number) => n.toLocaleString('en-US');

/**
 * Writes a country into an empty, migrated database, set-based inside PostgreSQL (INSERT … SELECT
 * over generate_series, no row travels through Node), in one session whose temporary tables keep
 * each row's ordinals (territory n, producer n…) beside its random uuid. Events are inserted in
 * the order they happened, all territories interleaved, so that a territory's rows lie spread
 * over the tables as in a real database rather than side by side. `random()` is seeded: the same
 * sizes give the same country (the uuids and codes aside).
 */
export async function generateCountry(client: pg.Client, sizes: CountrySizes, seasons: SeasonDates[], log: (line: string) => void): Promise<StepTiming[]> {
  const T = sizes.territories;
  const P = sizes.producersPerTerritory;
  const A = sizes.accommodationsPerTerritory;
  // one accommodation in fifty is disabled (it takes no guests)
  const activeA = Math.max(1, A - Math.floor(A / 50));
  const categories = client.escapeLiteral(`{${CATEGORIES.join(',')}}`);
  const firstStart = seasons[0].startsOn;
  const lastYear = seasons[seasons.length - 1].year;
  const timings: StepTiming[] = [];

  const step = async (name: string, statements: string[]) => {
    const started = performance.now();
    let rows = 0;
    let created = 0;
    for (const sql of statements) {
      const result = await client.query(sql);
      if (result.command === 'INSERT') rows += result.rowCount ?? 0;
      else if (/^\s*CREATE TEMP TABLE/i.test(sql)) created = result.rowCount ?? 0;
    }
    // a step that only draws rows (into a temporary table) counts those
    if (rows === 0) rows = created;
    const seconds = (performance.now() - started) / 1000;
    timings.push({ step: name, rows, seconds });
    log(
      `  ${name.padEnd(28)} ${number(rows).padStart(12)} rows  ${seconds.toFixed(1).padStart(7)} s  ${number(Math.round(rows / Math.max(seconds, 0.001))).padStart(10)} rows/s`,
    );
  };

  await client.query(`SET synchronous_commit = off; SET work_mem = '512MB'; SET maintenance_work_mem = '1GB'; SET TIME ZONE 'UTC'`);
  await client.query('SELECT setseed(0.2026)');

  await step('territories', [
    `CREATE TEMP TABLE g_t AS
       SELECT n, gen_random_uuid() AS id, 43.3 + random() * 6.8 AS lat, -1.0 + random() * 7.5 AS lon FROM generate_series(1, ${T}) n`,
    `INSERT INTO territories (id, slug, name, contact_email, created_at)
       SELECT id, 'pays-' || n, 'Pays ' || n, 'contact-' || n || '@pays.example', TIMESTAMPTZ '${firstStart}' - interval '1 year' FROM g_t ORDER BY n`,
    `CREATE TEMP TABLE g_s AS
       SELECT s_n, year, starts_on, ends_on FROM (VALUES ${seasons.map((s, i) => `(${i + 1}, ${s.year}, DATE '${s.startsOn}', DATE '${s.endsOn}')`).join(', ')})
         AS s(s_n, year, starts_on, ends_on)`,
  ]);

  // The content-version triggers stay on: each producer, accommodation and offer bumps its territory's version, as in life.
  await step('producers', [
    `CREATE TEMP TABLE g_p AS
       SELECT t.n AS t_n, p AS n, gen_random_uuid() AS id, t.id AS territory_id, gen_random_uuid() AS user_id, gen_random_uuid() AS membership_id,
              t.lat + (random() - 0.5) * 0.5 AS lat, t.lon + (random() - 0.5) * 0.7 AS lon,
              CASE WHEN random() < 0.03 THEN 'suspended' ELSE 'active' END AS status,
              1 + floor(random() * ${sizes.maxOffersPerProducer})::int AS offers
         FROM g_t t CROSS JOIN generate_series(1, ${P}) p`,
    `INSERT INTO producers (id, territory_id, slug, name, description, categories, address, postcode, commune, latitude, longitude, status)
       SELECT id, territory_id, 'ferme-' || n, 'Ferme ' || t_n || '-' || n,
              jsonb_build_object('fr', 'Produits de la ferme, vente directe.', 'en', 'Farm produce, sold at the farm.'),
              ARRAY[(${categories}::text[])[1 + (n % ${CATEGORIES.length})]], n || ' route des Vignes',
              lpad((1 + t_n % 95)::text, 2, '0') || lpad((n % 10 * 10)::text, 3, '0'), 'Commune ' || t_n || '-' || (1 + n % 8), lat, lon, status
         FROM g_p ORDER BY t_n, n`,
  ]);

  await step('accommodations', [
    `CREATE TEMP TABLE g_a AS
       SELECT t.n AS t_n, a AS n, gen_random_uuid() AS id, t.id AS territory_id, gen_random_uuid() AS user_id, gen_random_uuid() AS membership_id,
              t.lat + (random() - 0.5) * 0.5 AS lat, t.lon + (random() - 0.5) * 0.7 AS lon,
              CASE WHEN a > ${activeA} THEN 'disabled' ELSE 'active' END AS status
         FROM g_t t CROSS JOIN generate_series(1, ${A}) a`,
    `INSERT INTO accommodations (id, territory_id, code, kind, slug, name, address, postcode, commune, latitude, longitude, capacity, status, publish_on_site)
       SELECT id, territory_id, 'h' || t_n || 'x' || n, (ARRAY['gite', 'chambre_hotes', 'camping', 'hotel', 'other'])[1 + n % 5],
              'gite-' || n, 'Gîte ' || t_n || '-' || n, n || ' chemin des Prés', lpad((1 + t_n % 95)::text, 2, '0') || lpad((n % 10 * 10)::text, 3, '0'),
              'Commune ' || t_n || '-' || (1 + n % 8), lat, lon, 2 + n % 10, status, n % 3 = 0
         FROM g_a ORDER BY t_n, n`,
  ]);

  await step('offers', [
    `CREATE TEMP TABLE g_o AS
       SELECT p.t_n, p.n AS p_n, k, gen_random_uuid() AS id, p.territory_id, p.id AS producer_id, p.status AS producer_status,
              (ARRAY['percent_off', 'amount_off', 'gift', 'visit', 'tasting'])[1 + floor(random() * 5)::int] AS kind,
              CASE WHEN random() < 0.9 THEN 'published' WHEN random() < 0.5 THEN 'paused' ELSE 'draft' END AS status,
              CASE WHEN random() < 0.2 THEN 2 ELSE 1 END AS uses_per_pass,
              CASE WHEN random() < 0.1 THEN 20 + floor(random() * 80)::int END AS quota,
              DATE '${firstStart}' - 30 AS valid_from,
              CASE WHEN random() < 0.25 THEN DATE '${lastYear}-08-31' - floor(random() * 60)::int END AS valid_to
         FROM g_p p CROSS JOIN LATERAL generate_series(1, p.offers) k`,
    `CREATE TEMP TABLE g_pc AS SELECT t_n, p_n, count(*)::int AS offers FROM g_o GROUP BY 1, 2`,
    `INSERT INTO offers (id, territory_id, producer_id, title, kind, value, valid_from, valid_to, uses_per_pass, quota, status, published_at, created_at)
       SELECT id, territory_id, producer_id,
              jsonb_build_object('fr', 'Offre ' || k || ' de la ferme ' || t_n || '-' || p_n, 'en', 'Offer ' || k || ' of farm ' || t_n || '-' || p_n),
              kind, CASE kind WHEN 'percent_off' THEN 5 + (p_n + k) % 16 WHEN 'amount_off' THEN 100 * (1 + (p_n + k) % 10) END,
              valid_from, valid_to, uses_per_pass, quota, status,
              CASE WHEN status <> 'draft' THEN valid_from::timestamptz END, valid_from::timestamptz - interval '10 days'
         FROM g_o ORDER BY t_n, p_n, k`,
  ]);

  await step('members (users)', [
    `INSERT INTO users (id, email, name, status)
       SELECT user_id, 'ferme-' || t_n || '-' || n || '@pays.example', 'Producteur ' || t_n || '-' || n, 'active' FROM g_p
       UNION ALL
       SELECT user_id, 'gite-' || t_n || '-' || n || '@pays.example', 'Hôte ' || t_n || '-' || n, 'active' FROM g_a`,
    `INSERT INTO memberships (id, user_id, territory_id, role, producer_id, status)
       SELECT membership_id, user_id, territory_id, 'producer', id, 'active' FROM g_p
       UNION ALL
       SELECT membership_id, user_id, territory_id, 'host', NULL, 'active' FROM g_a`,
    `INSERT INTO host_accommodations (membership_id, accommodation_id, territory_id) SELECT membership_id, id, territory_id FROM g_a`,
  ]);

  await step('seasons, editions, copies', [
    `CREATE TEMP TABLE g_e AS
       SELECT t.n AS t_n, s.s_n, s.year, s.starts_on, s.ends_on, t.id AS territory_id, gen_random_uuid() AS season_id, gen_random_uuid() AS edition_id
         FROM g_t t CROSS JOIN g_s s`,
    `INSERT INTO seasons (id, territory_id, name, starts_on, ends_on, print_deadline, opened_at, closed_at)
       SELECT season_id, territory_id, 'Saison ' || year, starts_on, ends_on, starts_on - 30, starts_on - interval '90 days', ends_on + interval '1 day'
         FROM g_e ORDER BY s_n, t_n`,
    `INSERT INTO editions (id, territory_id, number, name, season_id, format, lang, printed_on, snapshot, created_at)
       SELECT edition_id, territory_id, s_n, 'Brochure ' || year, season_id, 'A5', 'fr', starts_on - 14,
              jsonb_build_object('date', starts_on - 14, 'producers', '[]'::jsonb), starts_on - interval '14 days'
         FROM g_e ORDER BY s_n, t_n`,
    `INSERT INTO edition_copies (edition_id, accommodation_id, copies, recorded_at)
       SELECT e.edition_id, a.id, 20 + floor(random() * 180)::int, e.starts_on - interval '7 days'
         FROM g_e e JOIN g_a a ON a.t_n = e.t_n AND a.status = 'active' ORDER BY e.s_n, e.t_n, a.n`,
  ]);

  // Arrivals drawn from 10,000 slots per season, each day holding slots in proportion to its month's weight.
  await client.query(`
    CREATE TEMP TABLE g_days AS
      SELECT s.s_n, d::date AS day, (ARRAY[${MONTH_WEIGHTS.join(', ')}])[extract(month FROM d)::int] AS weight
        FROM g_s s CROSS JOIN LATERAL generate_series(s.starts_on, s.ends_on, interval '1 day') d;
    CREATE TEMP TABLE g_slots AS
      SELECT s_n, day, row_number() OVER (PARTITION BY s_n ORDER BY day, i)::int AS slot
        FROM (SELECT s_n, day, round(10000 * weight / sum(weight) OVER (PARTITION BY s_n))::int AS slots FROM g_days) d
        CROSS JOIN LATERAL generate_series(1, d.slots) i;
    CREATE TEMP TABLE g_slot_count AS SELECT s_n, max(slot) AS slots FROM g_slots GROUP BY 1;
    ANALYZE g_slots; ANALYZE g_a; ANALYZE g_p; ANALYZE g_o; ANALYZE g_pc`);

  await step('passes', [
    `CREATE TEMP TABLE g_pass AS
       WITH drawn AS (
         SELECT e.t_n, e.s_n, e.territory_id, e.edition_id, e.ends_on,
                1 + floor(random() * c.slots)::int AS slot, 1 + floor(random() * ${activeA})::int AS a_n, 1 + floor(random() * 7)::int AS nights,
                random() AS r_guests, random() AS r_lang, random() AS r_edition, random() AS r_cancel, random() AS r_issuer, random() AS r_early
           FROM g_e e JOIN g_slot_count c ON c.s_n = e.s_n CROSS JOIN generate_series(1, ${sizes.passesPerTerritoryPerSeason}) i)
       SELECT gen_random_uuid() AS id, d.t_n, d.s_n, d.territory_id, a.id AS accommodation_id, sl.day AS arrival, least(sl.day + d.nights, d.ends_on) AS departure,
              1 + floor(d.r_guests * 5)::int AS guests,
              CASE WHEN d.r_lang < 0.55 THEN 'fr' WHEN d.r_lang < 0.8 THEN 'en' WHEN d.r_lang < 0.92 THEN 'nl' ELSE 'de' END AS lang,
              CASE WHEN d.r_edition < 0.8 THEN d.edition_id END AS edition_id,
              CASE WHEN d.r_cancel < 0.01 THEN 'cancelled' ELSE 'active' END AS status,
              CASE WHEN d.r_issuer < 0.7 THEN a.user_id END AS issued_by,
              ((sl.day - (d.r_early < 0.3)::int)::timestamp + interval '17 hours') AT TIME ZONE 'Europe/Paris' AS created_at
         FROM drawn d JOIN g_slots sl ON sl.s_n = d.s_n AND sl.slot = d.slot JOIN g_a a ON a.t_n = d.t_n AND a.n = d.a_n`,
    ...withoutReferenceChecks(`INSERT INTO passes (id, territory_id, accommodation_id, arrival, departure, guests, lang, issued_by, status, cancelled_at, created_at, updated_at, edition_id)
       SELECT id, territory_id, accommodation_id, arrival, departure, guests, lang, issued_by, status,
              CASE WHEN status = 'cancelled' THEN created_at + interval '1 hour' END, created_at, created_at, edition_id
         FROM g_pass ORDER BY created_at`),
  ]);

  // A guest uses, on some days of the stay, an offer of a producer of the territory: kept only when
  // the offer is published and valid that day at an active producer, within its uses per pass and quota.
  await step('uses (drawn)', [
    `CREATE TEMP TABLE g_use AS
       WITH drawn AS (
         SELECT p.id AS pass_id, p.t_n, p.s_n, p.territory_id, p.accommodation_id, d::date AS day, 1 + floor(random() * ${P})::int AS p_n, random() AS r_offer
           FROM g_pass p CROSS JOIN LATERAL generate_series(p.arrival, p.departure, interval '1 day') d
          WHERE p.status = 'active' AND random() < ${sizes.useChancePerDay}),
       valid AS (
         SELECT u.*, o.id AS offer_id, o.producer_id, o.uses_per_pass, o.quota
           FROM drawn u JOIN g_pc c ON c.t_n = u.t_n AND c.p_n = u.p_n
           JOIN g_o o ON o.t_n = u.t_n AND o.p_n = u.p_n AND o.k = 1 + floor(u.r_offer * c.offers)::int
          WHERE o.status = 'published' AND o.producer_status = 'active' AND o.valid_from <= u.day AND (o.valid_to IS NULL OR o.valid_to >= u.day)),
       within_pass AS (
         SELECT * FROM (SELECT v.*, row_number() OVER (PARTITION BY v.pass_id, v.offer_id ORDER BY v.day) AS nth FROM valid v) x WHERE x.nth <= x.uses_per_pass),
       within_quota AS (
         SELECT * FROM (SELECT w.*, row_number() OVER (PARTITION BY w.offer_id ORDER BY w.day, w.pass_id) AS nth_of_offer FROM within_pass w) x
          WHERE x.quota IS NULL OR x.nth_of_offer <= x.quota)
       SELECT q.pass_id, q.s_n, q.territory_id, q.accommodation_id, q.offer_id, q.producer_id, q.day, pr.user_id AS recorded_by,
              CASE WHEN r.via < 0.85 THEN 'phone' WHEN r.via < 0.95 THEN 'tally_sheet' ELSE 'coupon' END AS recorded_via,
              CASE WHEN r.amount < 0.6 THEN 500 + floor(r.amount * 66)::int * 100 END AS amount_cents, r.late, r.void
         FROM within_quota q JOIN g_p pr ON pr.id = q.producer_id
         CROSS JOIN LATERAL (SELECT random() + 0 * q.p_n AS via, random() + 0 * q.p_n AS amount, random() + 0 * q.p_n AS late, random() + 0 * q.p_n AS void) r`,
  ]);
  await client.query(`ALTER TABLE g_use ADD COLUMN created_at timestamptz, ADD COLUMN use_n bigint GENERATED ALWAYS AS IDENTITY`);
  // phone: on the day (the trigger's today); tally sheets within 30 days (rule: 90); coupons within 60 (rule: 366)
  await client.query(`
    UPDATE g_use SET created_at = least(now() - interval '1 hour',
      (CASE recorded_via WHEN 'phone' THEN day + interval '9 hours' + late * interval '9 hours'
                         WHEN 'tally_sheet' THEN day + (1 + floor(late * 30)::int) * interval '1 day' + interval '18 hours'
                         ELSE day + (1 + floor(late * 60)::int) * interval '1 day' + interval '10 hours' END)::timestamp AT TIME ZONE 'Europe/Paris')`);

  // A coupon use has no pass: the guest tore the coupon of that offer from the copy of the season's
  // brochure their host handed out. Each is its own coupon, with its serial from the column's rule.
  await step('coupons', [
    `CREATE TEMP TABLE g_coupon AS
       SELECT u.use_n, tp_checked_code(9) AS serial, e.edition_id, u.offer_id, u.accommodation_id, u.territory_id, u.created_at,
              row_number() OVER (PARTITION BY e.edition_id, u.accommodation_id, u.offer_id ORDER BY u.use_n)::int AS copy_number
         FROM g_use u JOIN g_e e ON e.territory_id = u.territory_id AND e.s_n = u.s_n
        WHERE u.recorded_via = 'coupon'`,
    `INSERT INTO coupons (serial, territory_id, edition_id, accommodation_id, offer_id, copy_number, created_at)
       SELECT c.serial, c.territory_id, c.edition_id, c.accommodation_id, c.offer_id, c.copy_number, e.starts_on - interval '14 days'
         FROM g_coupon c JOIN g_e e ON e.edition_id = c.edition_id ORDER BY c.created_at`,
  ]);

  // The history is written as it happened (dates in the past): the redemption trigger's rule of
  // "today" (now() for a use by phone) cannot apply, so its triggers are off for this insert (the
  // session's replication role, as for every event table) and every rule it keeps is checked
  // afterwards by checkCountryRules, which fails the run when one does not hold. The demo's season
  // turns the trigger off for the same reason.
  await step('uses (redemptions)', [
    // the edition a use is credited to, as the trigger sets it: its coupon's, or its pass's
    ...withoutReferenceChecks(`INSERT INTO redemptions (territory_id, pass_id, offer_id, producer_id, accommodation_id, redeemed_on, amount_cents, recorded_by, recorded_via,
                              idempotency_key, voided_at, voided_by, created_at, coupon_serial, edition_id)
       SELECT u.territory_id, CASE WHEN c.serial IS NULL THEN u.pass_id END, u.offer_id, u.producer_id, u.accommodation_id, u.day, u.amount_cents, u.recorded_by, u.recorded_via,
              gen_random_uuid()::text, CASE WHEN u.void < 0.01 THEN u.created_at + interval '2 hours' END, CASE WHEN u.void < 0.01 THEN u.recorded_by END, u.created_at,
              c.serial, coalesce(c.edition_id, p.edition_id)
         FROM g_use u JOIN g_pass p ON p.id = u.pass_id
         LEFT JOIN g_coupon c ON c.use_n = u.use_n
        ORDER BY u.created_at`),
  ]);

  // each month of the seasons gets its partition of the counting tables before they are written
  // (as the upkeep creates them ahead; without, they would all land in the DEFAULT partition)
  await client.query(
    `SELECT tp_month_partition(t, m::date) FROM unnest(ARRAY['scans', 'offer_views', 'site_visits']) t,
       generate_series(DATE '${firstStart}', DATE '${seasons[seasons.length - 1].endsOn}', interval '1 month') m`,
  );
  // Page openings per accommodation, day, language and origin, the season's openings spread by the
  // months' weights; those from the printed QR code carry the season's edition.
  await step('page openings (scans)', [
    `CREATE TEMP TABLE g_share AS SELECT s_n, day, weight / sum(weight) OVER (PARTITION BY s_n) AS share FROM g_days`,
    ...withoutReferenceChecks(`INSERT INTO scans (accommodation_id, territory_id, day, lang, from_qr, edition_number, count)
       SELECT a.id, a.territory_id, d.day, l.lang, q.from_qr, CASE WHEN q.from_qr THEN d.s_n ELSE 0 END, x.count
         FROM g_a a CROSS JOIN g_share d
         CROSS JOIN (VALUES ('fr', 0.55), ('en', 0.25), ('nl', 0.12), ('de', 0.08)) l(lang, share)
         CROSS JOIN (VALUES (true, 0.85), (false, 0.15)) q(from_qr, share)
         CROSS JOIN LATERAL (SELECT floor(${sizes.openingsPerTerritoryPerSeason / activeA} * d.share * l.share * q.share + random())::int AS count) x
        WHERE a.status = 'active' AND x.count > 0
        ORDER BY d.day, a.t_n`),
  ]);

  // Each opening showed every offer valid that day at an active producer (as the tourist page does).
  await step('offer views', [
    ...withoutReferenceChecks(`INSERT INTO offer_views (offer_id, territory_id, day, count)
       SELECT o.id, o.territory_id, s.day, s.count
         FROM (SELECT territory_id, day, sum(count)::int AS count FROM scans GROUP BY 1, 2) s
         JOIN g_o o ON o.territory_id = s.territory_id AND o.status = 'published' AND o.producer_status = 'active'
                   AND o.valid_from <= s.day AND (o.valid_to IS NULL OR o.valid_to >= s.day)
        ORDER BY s.day`),
  ]);

  await step('site visits', [
    ...withoutReferenceChecks(`INSERT INTO site_visits (territory_id, page, day, lang, count)
       SELECT t.id, k.page, d.day, 'fr', 1 + floor(random() * 40 * d.weight)::int
         FROM g_t t CROSS JOIN g_days d CROSS JOIN (VALUES ('home'), ('producers'), ('offers')) k(page)
        ORDER BY d.day`),
  ]);

  // the events were written with their triggers off: their daily rollups are filled as the migration's backfill fills them
  await step('daily rollups', ['SELECT tp_fill_rollups()']);
  await step('offer views by month', ['SELECT tp_fill_offer_months()']);
  await step('vacuum analyze', ['VACUUM (ANALYZE)']);
  return timings;
}
