import type pg from 'pg';
import { readTypedCode } from '#directory';

/**
 * Every rule of a use the redemption trigger keeps (it was off while the history was written),
 * and the rules linking the counted events to the directory, as queries counting the rows that
 * break them: each must count none.
 */
const RULES: { rule: string; sql: string }[] = [
  {
    rule: 'a use falls within its pass’s stay',
    sql: `SELECT count(*) FROM redemptions r JOIN passes p ON p.id = r.pass_id WHERE r.redeemed_on NOT BETWEEN p.arrival AND p.departure`,
  },
  {
    rule: 'a use is of a pass active when it was recorded',
    sql: `SELECT count(*) FROM redemptions r JOIN passes p ON p.id = r.pass_id WHERE p.status <> 'active' AND (p.cancelled_at IS NULL OR p.cancelled_at <= r.created_at)`,
  },
  {
    rule: 'a use carries its pass’s territory and accommodation, and its offer’s producer, of the same territory',
    sql: `SELECT count(*) FROM redemptions r JOIN passes p ON p.id = r.pass_id JOIN offers o ON o.id = r.offer_id
           WHERE r.territory_id <> p.territory_id OR r.accommodation_id <> p.accommodation_id OR r.producer_id <> o.producer_id OR o.territory_id <> p.territory_id`,
  },
  {
    rule: 'a use has a pass or a coupon; a coupon’s use carries its coupon’s territory, host, offer and edition, printed before that day',
    sql: `SELECT count(*) FROM redemptions r LEFT JOIN coupons c ON c.serial = r.coupon_serial LEFT JOIN editions e ON e.id = c.edition_id
           WHERE (r.pass_id IS NULL) = (r.coupon_serial IS NULL)
              OR (c.serial IS NOT NULL AND (c.territory_id <> r.territory_id OR c.accommodation_id <> r.accommodation_id OR c.offer_id <> r.offer_id
                                            OR c.edition_id IS DISTINCT FROM r.edition_id OR e.printed_on > r.redeemed_on))`,
  },
  {
    rule: 'a use by pass is credited to its pass’s edition',
    sql: `SELECT count(*) FROM redemptions r JOIN passes p ON p.id = r.pass_id WHERE r.edition_id IS DISTINCT FROM p.edition_id`,
  },
  {
    rule: 'a coupon is used at most once',
    sql: `SELECT count(*) FROM (SELECT coupon_serial FROM redemptions WHERE coupon_serial IS NOT NULL GROUP BY 1 HAVING count(*) > 1) x`,
  },
  {
    rule: 'a use is of an offer published and valid that day, at an active producer',
    sql: `SELECT count(*) FROM redemptions r JOIN offers o ON o.id = r.offer_id JOIN producers pr ON pr.id = o.producer_id
           WHERE o.status <> 'published' OR o.valid_from > r.redeemed_on OR o.valid_to < r.redeemed_on OR pr.status <> 'active'`,
  },
  {
    // counted with the voided ones too: stricter than the trigger, which frees a voided use's place
    rule: 'no pass uses an offer more often than its uses per pass',
    sql: `SELECT count(*) FROM (SELECT pass_id, offer_id, count(*) AS uses FROM redemptions WHERE pass_id IS NOT NULL GROUP BY 1, 2) u
            JOIN offers o ON o.id = u.offer_id WHERE u.uses > o.uses_per_pass`,
  },
  {
    rule: 'no offer is used beyond its quota',
    sql: `SELECT count(*) FROM (SELECT offer_id, count(*) AS uses FROM redemptions GROUP BY 1) u JOIN offers o ON o.id = u.offer_id WHERE u.uses > o.quota`,
  },
  {
    rule: 'a use by phone is of the day it was recorded; a tally sheet’s within 90 days before, a coupon’s within 366; none recorded in the future',
    sql: `SELECT count(*) FROM redemptions r JOIN territories t ON t.id = r.territory_id
            CROSS JOIN LATERAL (SELECT (r.created_at AT TIME ZONE t.time_zone)::date AS recorded_on) x
           WHERE r.created_at > now()
              OR (r.recorded_via = 'phone' AND r.redeemed_on <> x.recorded_on)
              OR (r.recorded_via = 'tally_sheet' AND r.redeemed_on NOT BETWEEN x.recorded_on - 90 AND x.recorded_on)
              OR (r.recorded_via = 'coupon' AND r.redeemed_on NOT BETWEEN x.recorded_on - 366 AND x.recorded_on)`,
  },
  {
    rule: 'a use recorded by a member of its producer',
    sql: `SELECT count(*) FROM redemptions r WHERE NOT EXISTS (
            SELECT 1 FROM memberships m WHERE m.user_id = r.recorded_by AND m.producer_id = r.producer_id AND m.role = 'producer' AND m.status = 'active')`,
  },
  {
    rule: 'a page opening is counted in its accommodation’s territory, under an edition of it (or none)',
    sql: `SELECT count(*) FROM scans s JOIN accommodations a ON a.id = s.accommodation_id
           WHERE a.territory_id <> s.territory_id
              OR (s.edition_number > 0 AND NOT EXISTS (SELECT 1 FROM editions e WHERE e.territory_id = s.territory_id AND e.number = s.edition_number))`,
  },
  {
    rule: 'an offer view is counted in its offer’s territory',
    sql: `SELECT count(*) FROM offer_views v JOIN offers o ON o.id = v.offer_id WHERE o.territory_id <> v.territory_id`,
  },
  {
    rule: 'each producer, accommodation and offer bumped its territory’s content version (the triggers stayed on)',
    sql: `SELECT count(*) FROM territories t
           WHERE t.content_version < 1 + (SELECT count(*) FROM producers p WHERE p.territory_id = t.id)
                 + (SELECT count(*) FROM accommodations a WHERE a.territory_id = t.id) + (SELECT count(*) FROM offers o WHERE o.territory_id = t.id)`,
  },
];

/** The tables written without their foreign-key checks (generate-country.ts): each of their keys is checked here. */
const EVENT_TABLES = ['passes', 'redemptions', 'scans', 'offer_views', 'site_visits', 'coupons'];

/** One anti-join per foreign key of the event tables, as PostgreSQL's own check would have refused (MATCH SIMPLE: a key with a null is not checked). */
async function foreignKeyRules(client: pg.Client): Promise<{ rule: string; sql: string }[]> {
  const { rows } = await client.query<{ name: string; child: string; parent: string; childColumns: string[]; parentColumns: string[] }>(
    `SELECT c.conname AS name, c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
            array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS "childColumns",
            array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS "parentColumns"
       FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[]) ORDER BY 2, 1`,
    [EVENT_TABLES],
  );
  return rows.map((fk) => ({
    rule: `foreign key ${fk.name}: every ${fk.child} row's (${fk.childColumns.join(', ')}) is in ${fk.parent}`,
    sql: `SELECT count(*) FROM ${fk.child} x WHERE ${fk.childColumns.map((c) => `x.${c} IS NOT NULL`).join(' AND ')}
            AND NOT EXISTS (SELECT 1 FROM ${fk.parent} y WHERE ${fk.childColumns.map((c, i) => `y.${fk.parentColumns[i]} = x.${c}`).join(' AND ')})`,
  }));
}

export interface RuleCheck {
  rule: string;
  broken: number;
}

/** Runs every check; throws, naming the broken rules, when any row breaks one. */
export async function checkCountryRules(client: pg.Client, log: (line: string) => void): Promise<RuleCheck[]> {
  const checks: RuleCheck[] = [];
  for (const { rule, sql } of [...(await foreignKeyRules(client)), ...RULES]) {
    const { rows } = await client.query<{ count: string }>(sql);
    checks.push({ rule, broken: Number(rows[0].count) });
  }
  // the codes came from the columns' defaults (tp_checked_code): each must read back, its check character holding
  const { rows: codes } = await client.query<{ code: string }>(
    `(SELECT code FROM passes ORDER BY random() LIMIT 2000) UNION ALL (SELECT code FROM producers ORDER BY random() LIMIT 2000)`,
  );
  checks.push({
    rule: 'pass and producer codes carry a check character that holds (a sample of 4,000)',
    broken: codes.filter(({ code }) => readTypedCode(code).code !== code || code.length < 9).length,
  });
  for (const check of checks) log(`  ${check.broken === 0 ? 'ok  ' : 'FAIL'} ${check.rule}${check.broken ? ` — ${check.broken} rows` : ''}`);
  const broken = checks.filter((check) => check.broken > 0);
  if (broken.length > 0) throw new Error(`The country data set breaks ${broken.length} rule(s): ${broken.map((check) => check.rule).join('; ')}`);
  return checks;
}
