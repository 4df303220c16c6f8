import type { EntityManager } from 'typeorm';

/** A share of rows chosen by a stable hash: the same demo every time. */
const share = (expression: string, percent: number) => `abs(hashtext(${expression})) % 100 < ${percent}`;
const COUPON_KEY = `c.accommodation_id::text || c.copy_number || c.offer_id::text`;

/**
 * Coupons of the first edition for a few hosts (three copies each, one coupon per offer printed),
 * and a quarter of them handed back by the producers and recorded, as a coordinator does at the
 * season's end: uses without a pass, credited to the coupon's host and edition, so that figures
 * and the funnel show uses by coupon beside those by phone. Written with the trigger off, as the
 * season's other uses are (their days are the season's, older than a pile typed today may be).
 */
export async function seedDemoCoupons(tx: EntityManager, territoryId: string, until: string): Promise<void> {
  await tx.query(
    `INSERT INTO coupons (territory_id, edition_id, accommodation_id, offer_id, copy_number)
     SELECT e.territory_id, e.id, a.id, o.id, n
       FROM editions e
       CROSS JOIN LATERAL (SELECT id FROM accommodations WHERE territory_id = e.territory_id AND status = 'active' ORDER BY name, id LIMIT 4) a
       CROSS JOIN generate_series(1, 3) AS n
       CROSS JOIN LATERAL (SELECT DISTINCT (x ->> 'id')::uuid AS id FROM jsonb_array_elements(e.snapshot -> 'producers') p, jsonb_array_elements(p -> 'offers') x) printed
       JOIN offers o ON o.id = printed.id AND o.territory_id = e.territory_id
      WHERE e.territory_id = $1 AND e.number = 1`,
    [territoryId],
  );
  await tx.query('ALTER TABLE redemptions DISABLE TRIGGER redemptions_check');
  await tx.query(
    `INSERT INTO redemptions (territory_id, coupon_serial, offer_id, producer_id, accommodation_id, edition_id, redeemed_on, amount_cents,
                              idempotency_key, recorded_via)
     SELECT c.territory_id, c.serial, c.offer_id, o.producer_id, c.accommodation_id, c.edition_id,
            greatest(o.valid_from, e.printed_on + 10 + abs(hashtext(${COUPON_KEY})) % greatest(1, $2::date - e.printed_on - 10)),
            CASE WHEN ${share(`${COUPON_KEY} || 'spent'`, 60)} THEN 800 + abs(hashtext(${COUPON_KEY} || 'amount')) % 3000 END,
            'demo-coupon-' || c.serial, 'coupon'
       FROM coupons c JOIN offers o ON o.id = c.offer_id JOIN editions e ON e.id = c.edition_id
      WHERE c.territory_id = $1 AND ${share(COUPON_KEY, 25)}
        -- the trigger's rules, kept though it is off: the offer valid at some day of the edition, no quota to overrun
        AND o.status = 'published' AND o.quota IS NULL AND o.valid_from <= $2::date AND (o.valid_to IS NULL OR o.valid_to >= e.printed_on)`,
    [territoryId, until],
  );
  await tx.query('ALTER TABLE redemptions ENABLE TRIGGER redemptions_check');
}
