import type { DataSource } from 'typeorm';
import { seedDemoCoupons } from './demo-coupons.js';

/** What the brochures printed, built in SQL from the territory's published offers (the demo's phrase is the French title). */
const SNAPSHOT = `jsonb_build_object('date', $2::text, 'producers', coalesce((
  SELECT jsonb_agg(p.doc ORDER BY p.name) FROM (
    SELECT pr.name, jsonb_build_object('id', pr.id, 'name', pr.name, 'offers', jsonb_agg(
             jsonb_build_object('id', o.id, 'title', o.title, 'phrase', o.title ->> 'fr', 'validTo', o.valid_to) ORDER BY o.created_at)) AS doc
      FROM producers pr JOIN offers o ON o.producer_id = pr.id AND o.status = 'published'
     WHERE pr.territory_id = $1 AND pr.status = 'active' GROUP BY pr.id, pr.name) p), '[]'::jsonb))`;

/** A share of rows chosen by a stable hash: the same demo every time. */
const share = (expression: string, percent: number) => `abs(hashtext(${expression})) % 100 < ${percent}`;

/**
 * Two print runs for the simulated season, in SQL (libs/demo does not depend on insights): "Saison
 * 2026", printed before it, and "Saison 2027", printed eight weeks before its end and handed out
 * since, each with copies per accommodation and the season it was printed for (high season, late
 * season: two seasons to compare too). Most openings from a QR code and most passes are
 * credited to the edition in the guests' hands at the time (the rest came from older brochures
 * or shared links), so that a coordinator can compare the two host by host.
 */
export async function seedDemoEditions(db: DataSource, territoryId: string, period: { from: string; to: string }): Promise<void> {
  const switchDay = new Date(Date.parse(`${period.to}T00:00:00Z`) - 56 * 86_400_000).toISOString().slice(0, 10);
  const printedFirst = new Date(Date.parse(`${period.from}T00:00:00Z`) - 10 * 86_400_000).toISOString().slice(0, 10);
  const lastHighDay = new Date(Date.parse(`${switchDay}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await db.transaction(async (tx) => {
    for (const [number, name, printedOn, season] of [
      [1, 'Saison 2026', printedFirst, { name: `Haute saison ${period.from.slice(0, 4)}`, from: period.from, to: lastHighDay }],
      [2, 'Saison 2027', switchDay, { name: `Arrière-saison ${switchDay.slice(0, 4)}`, from: switchDay, to: period.to }],
    ] as const) {
      // each edition printed for its season, both closed: the demo's campaign stays free to open the next one
      await tx.query(
        `WITH s AS (INSERT INTO seasons (territory_id, name, starts_on, ends_on, print_deadline, opened_at, closed_at)
                    VALUES ($1, $5, $6::date, $7::date, $2::date, $2::date, $7::date + 1) RETURNING id)
         INSERT INTO editions (territory_id, number, name, season_id, format, lang, printed_on, snapshot, created_at)
         SELECT $1, $3, $4, s.id, 'A5', 'fr', $2::date, ${SNAPSHOT}, $2::date FROM s`,
        [territoryId, printedOn, number, name, season.name, season.from, season.to],
      );
      await tx.query(
        `INSERT INTO edition_copies (edition_id, accommodation_id, copies, recorded_at)
         SELECT e.id, a.id, 15 + abs(hashtext(a.id::text || e.number)) % 46, e.created_at
           FROM editions e JOIN accommodations a ON a.territory_id = e.territory_id AND a.status = 'active'
          WHERE e.territory_id = $1 AND e.number = $2`,
        [territoryId, number],
      );
    }
    await tx.query(
      `UPDATE scans SET edition_number = CASE WHEN day < $2::date THEN 1 ELSE 2 END
        WHERE territory_id = $1 AND from_qr AND ${share('accommodation_id::text || day::text || lang', 80)}`,
      [territoryId, switchDay],
    );
    await tx.query(
      `UPDATE passes p SET edition_id = e.id FROM editions e
        WHERE p.territory_id = $1 AND e.territory_id = $1 AND e.number = CASE WHEN p.arrival < $2::date THEN 1 ELSE 2 END
          AND ${share('p.id::text', 70)}`,
      [territoryId, switchDay],
    );
    // the season's uses were written with the trigger off: each takes its pass's edition as the trigger would have
    await tx.query('ALTER TABLE redemptions DISABLE TRIGGER redemptions_only_voided');
    await tx.query(
      `UPDATE redemptions r SET edition_id = p.edition_id FROM passes p WHERE r.pass_id = p.id AND p.territory_id = $1 AND p.edition_id IS NOT NULL`,
      [territoryId],
    );
    await tx.query('ALTER TABLE redemptions ENABLE TRIGGER redemptions_only_voided');
    await seedDemoCoupons(tx, territoryId, switchDay);
  });
}
