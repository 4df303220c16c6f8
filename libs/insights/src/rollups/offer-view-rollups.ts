import { wholeMonthsOf } from './accommodation-rollups.js';

/**
 * Rows (`offer_id`, `views`) that add up to exactly the views of the offers `scope` selects (its
 * condition on a table's alias, on `offer_id` or `territory_id`: both tables have them) over the days from `from` to
 * `to`: every month wholly inside them from `offer_months`, the days of the months they cut from
 * `offer_views`. A territory's season is ~45 offers × 7 months instead of ~5,800 offer-days.
 */
export function offerViewRollups(scope: (alias: string) => string, first: string, last: string): string {
  const { from, to, wholeFrom, wholeTo } = wholeMonthsOf(first, last);
  const days = (where: string) => `SELECT v.offer_id, v.count AS views FROM offer_views v WHERE ${scope('v')}${where}`;
  return [
    days(` AND v.day >= ${from} AND v.day < least(${wholeFrom}, ${to} + 1)`),
    `SELECT m.offer_id, m.views FROM offer_months m WHERE ${scope('m')} AND m.month >= ${wholeFrom} AND m.month < ${wholeTo}`,
    days(` AND v.day >= ${wholeTo} AND v.day <= ${to}`),
  ].join('\n  UNION ALL\n  ');
}
