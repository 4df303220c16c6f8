/** Where a territory, and the days counted, are found among a query's parameters. */
export interface RollupScope {
  territory: string;
  /** First and last day counted, both included (dates); absent: every day. */
  from?: string;
  to?: string;
}

/**
 * The months wholly inside the days from `from` to `to` (SQL dates, both included): `wholeFrom`
 * the first day of the first whole month, `wholeTo` the day after the last one — the same day (no
 * whole month) when the first is not before the second. The days before `wholeFrom` and from
 * `wholeTo` on are read from a daily table, the months between from a monthly one.
 */
export function wholeMonthsOf(first: string, last: string): { from: string; to: string; wholeFrom: string; wholeTo: string } {
  const [from, to] = [`${first}::date`, `${last}::date`];
  const wholeFrom = `(date_trunc('month', (${from} - 1)::timestamp) + interval '1 month')::date`;
  const wholeTo = `greatest(date_trunc('month', (${to} + 1)::timestamp)::date, ${wholeFrom})`;
  return { from, to, wholeFrom, wholeTo };
}

/**
 * The rollup rows of a territory's accommodations that add up to exactly the days asked: every
 * month wholly inside them from `accommodation_months`, the days of the months they cut from
 * `accommodation_days` (none for a season or a report's months). A season is 50 × 7 month rows
 * instead of ~9,000 days. Each row has `columns` (both tables have every counted column), its
 * accommodation and territory, and `day`: the day, or the first day of the month.
 */
export function accommodationRollups(scope: RollupScope, columns: readonly string[]): string {
  const select = (table: 'accommodation_days' | 'accommodation_months', day: string, where: string) =>
    `SELECT r.accommodation_id, r.territory_id, r.${day} AS day, ${columns.map((c) => `r.${c}`).join(', ')} FROM ${table} r WHERE r.territory_id = ${scope.territory}${where}`;
  if (scope.from === undefined || scope.to === undefined) return select('accommodation_months', 'month', '');
  const { from, to, wholeFrom, wholeTo } = wholeMonthsOf(scope.from, scope.to);
  return [
    select('accommodation_days', 'day', ` AND r.day >= ${from} AND r.day < least(${wholeFrom}, ${to} + 1)`),
    select('accommodation_months', 'month', ` AND r.month >= ${wholeFrom} AND r.month < ${wholeTo}`),
    select('accommodation_days', 'day', ` AND r.day >= ${wholeTo} AND r.day <= ${to}`),
  ].join('\n  UNION ALL\n  ');
}
