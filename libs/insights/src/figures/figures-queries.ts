import type { DataSource } from 'typeorm';
import { invalidField, todayIn } from '../../../common/src/index.js';
import type { FiguresPeriod, NamedCount, OfferCounts } from './figures.js';
import type { FiguresQueryDto } from './figures-query.dto.js';

const MAX_DAYS = 3 * 366;

/**
 * Every Monday from the period's first week to its last, with the count of each (0 when none).
 * Timestamps without time zone: a change of summer time must not move a Monday to a Sunday.
 */
export const weekly = (source: string) => `
  SELECT w.week::date::text AS week, coalesce(c.count, 0)::int AS count
    FROM generate_series(date_trunc('week', $2::date::timestamp), date_trunc('week', $3::date::timestamp), interval '1 week') AS w(week)
    LEFT JOIN (${source}) c ON c.week = w.week::date
   ORDER BY w.week`;

/** Uses and spending per named thing (rows of id, name, amount_cents), most used first. */
export function namedCounts(dataSource: DataSource, rows: string, parameters: unknown[], limit?: number): Promise<NamedCount[]> {
  return dataSource.query(
    `SELECT u.id, u.name, count(*)::int AS redemptions, coalesce(sum(u.amount_cents), 0)::float8 AS "declaredSpendingCents"
       FROM (${rows}) u GROUP BY u.id, u.name ORDER BY redemptions DESC, u.name${limit ? ` LIMIT ${Number(limit)}` : ''}`,
    parameters,
  );
}

/** Views and uses of each offer of a producer or of a territory ($1) seen or used in the period ($2–$3). */
export function offerCounts(dataSource: DataSource, scope: 'producer' | 'territory', parameters: unknown[]): Promise<OfferCounts[]> {
  return dataSource.query(
    `SELECT o.id, coalesce(o.title->>'fr', o.title->>'en') AS name, coalesce(v.views, 0)::int AS views,
            coalesce(u.redemptions, 0)::int AS redemptions, coalesce(u.spending, 0)::float8 AS "declaredSpendingCents"
       FROM offers o
       LEFT JOIN (SELECT offer_id, sum(count) AS views FROM offer_views WHERE day BETWEEN $2 AND $3 GROUP BY 1) v ON v.offer_id = o.id
       LEFT JOIN (SELECT offer_id, count(*) AS redemptions, sum(amount_cents) AS spending FROM redemptions
                   WHERE voided_at IS NULL AND redeemed_on BETWEEN $2 AND $3 GROUP BY 1) u ON u.offer_id = o.id
      WHERE o.${scope}_id = $1 AND (v.views > 0 OR u.redemptions > 0)
      ORDER BY redemptions DESC, views DESC, name`,
    parameters,
  );
}

/** The period asked for, or the year so far, checked: the end not before the start, at most three years. */
export function periodOf(query: FiguresQueryDto, timeZone: string, now = new Date()): FiguresPeriod {
  const to = query.to ?? todayIn(timeZone, now);
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (to < from) throw invalidField('to', 'to must not be before from');
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS) throw invalidField('from', 'a period spans at most 3 years');
  return { from, to };
}
