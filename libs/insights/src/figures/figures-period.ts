import { invalidField, refusal, todayIn } from '#common';
import { INSIGHTS_REFUSALS } from '../insights-refusals.js';
import type { FiguresPeriod } from './figures.js';
import type { FiguresQueryDto } from './figures-query.dto.js';

const MAX_YEARS = 3;
const MAX_DAYS = MAX_YEARS * 366;

/** The period asked for, or the year so far, checked: the end not before the start, at most three years. */
export function periodOf(query: FiguresQueryDto, timeZone: string, now = new Date()): FiguresPeriod {
  const to = query.to ?? todayIn(timeZone, now);
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (to < from) throw invalidField('to', refusal(INSIGHTS_REFUSALS, 'period_reversed'));
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS)
    throw invalidField('from', refusal(INSIGHTS_REFUSALS, 'period_too_long', { years: MAX_YEARS }));
  return { from, to };
}
