import { invalidField, refusal, todayIn } from '#common';
import { INSIGHTS_REFUSALS } from '../insights-refusals.js';
import type { FiguresPeriod } from './figures.js';
import type { FiguresQueryDto } from './figures-query.dto.js';

const MAX_YEARS = 3;
const MAX_DAYS = MAX_YEARS * 366;
/** How far back the default period looks for the season. */
const SEASON_MONTHS = 12;

/** The first and last days with any activity (page openings, uses) between two days, if any. */
export type ActivitySpan = (from: string, to: string) => Promise<{ first: string; last: string } | undefined>;

const iso = (date: Date) => date.toISOString().slice(0, 10);
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** The first day of the month `months` months after the one of `date` (before it when negative). */
function monthStart(date: string, months = 0): string {
  const [year, month] = parts(date);
  return iso(new Date(Date.UTC(year, month - 1 + months, 1)));
}

const monthEnd = (date: string) => iso(new Date(Date.parse(`${monthStart(date, 1)}T00:00:00Z`) - 86_400_000));

/** The same day a year earlier (28 February for a 29th). */
export function yearEarlier(date: string): string {
  const [year, month, day] = parts(date);
  const last = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  return iso(new Date(Date.UTC(year - 1, month - 1, Math.min(day, last))));
}

/** The same span a year earlier. */
export const spanYearEarlier = (period: FiguresPeriod): FiguresPeriod => ({ from: yearEarlier(period.from), to: yearEarlier(period.to) });

/**
 * The period asked for, checked: the end not before the start, at most three years. Without
 * either day, the season: from the first to the last month with activity in the past twelve
 * months (to today at the latest), so a report opens on what happened rather than on empty
 * winter months; the year so far when nothing happened. With one day only, the other is today
 * or 1 January of the end's year.
 */
export async function periodOf(query: FiguresQueryDto, timeZone: string, activity: ActivitySpan, now = new Date()): Promise<FiguresPeriod> {
  const today = todayIn(timeZone, now);
  if (query.from === undefined && query.to === undefined) {
    const span = await activity(monthStart(today, 1 - SEASON_MONTHS), today);
    if (span) {
      const end = monthEnd(span.last);
      return { from: monthStart(span.first), to: end < today ? end : today };
    }
  }
  const to = query.to ?? today;
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (to < from) throw invalidField('to', refusal(INSIGHTS_REFUSALS, 'period_reversed'));
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS)
    throw invalidField('from', refusal(INSIGHTS_REFUSALS, 'period_too_long', { years: MAX_YEARS }));
  return { from, to };
}
