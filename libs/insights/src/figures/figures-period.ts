import { invalidField, todayIn } from '#common';
import type { FiguresPeriod } from './figures.js';
import type { FiguresQueryDto } from './figures-query.dto.js';

const MAX_DAYS = 3 * 366;

/** The period asked for, or the year so far, checked: the end not before the start, at most three years. */
export function periodOf(query: FiguresQueryDto, timeZone: string, now = new Date()): FiguresPeriod {
  const to = query.to ?? todayIn(timeZone, now);
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (to < from) throw invalidField('to', 'to must not be before from');
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS) throw invalidField('from', 'a period spans at most 3 years');
  return { from, to };
}
