/**
 * The friendly opening-hours editor's model: one row per weekday, up to two time ranges each.
 * It writes the OpenStreetMap `opening_hours` syntax and reads back only the simple values it
 * could have written ("Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00"); anything richer (holidays,
 * months, "24/7"…) answers undefined, so the page shows the raw text instead and nothing is lost.
 */
export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface TimeRange {
  from: string;
  to: string;
}

/** A day's ranges; none means closed. */
export type WeeklyHours = Record<Weekday, TimeRange[]>;

export const MAX_RANGES_PER_DAY = 2;
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

export const closedWeek = (): WeeklyHours => Object.fromEntries(WEEKDAYS.map((day) => [day, []])) as unknown as WeeklyHours;

const rangesText = (ranges: TimeRange[]) => ranges.map((r) => `${r.from}-${r.to}`).join(',');

/** Runs of consecutive days (0 = Monday): Mo-We for three or more, Sa,Su for two. */
export function daysText(days: number[]): string {
  const runs: number[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs.map((run) => (run.length >= 3 ? `${WEEKDAYS[run[0]]}-${WEEKDAYS[run.at(-1)!]}` : run.map((d) => WEEKDAYS[d]).join(','))).join(',');
}

/** The week as an `opening_hours` value: days with equal hours share one rule; closed days are left out. Empty when never open. */
export function writeOpeningHours(week: WeeklyHours): string {
  const groups = new Map<string, number[]>();
  WEEKDAYS.forEach((day, index) => {
    if (week[day].length === 0) return;
    const key = rangesText(week[day]);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return [...groups.entries()].map(([ranges, days]) => `${daysText(days)} ${ranges}`).join('; ');
}

/** Mo → [0], Mo-We → [0,1,2], Sa-Mo → [5,6,0]; undefined when not a day or a day range. */
function daysOf(token: string): number[] | undefined {
  const [first, last, extra] = token.split('-');
  if (extra !== undefined) return undefined;
  const start = WEEKDAYS.indexOf(first as Weekday);
  if (start < 0) return undefined;
  if (last === undefined) return [start];
  const end = WEEKDAYS.indexOf(last as Weekday);
  if (end < 0 || end === start) return undefined;
  const days: number[] = [];
  for (let day = start; day !== end; day = (day + 1) % 7) days.push(day);
  return [...days, end];
}

function rangesOf(text: string): TimeRange[] | undefined {
  if (text === 'off' || text === 'closed') return [];
  const ranges = text.split(',').map((part) => {
    const [from, to, extra] = part.split('-');
    return extra === undefined && TIME_OF_DAY.test(from) && TIME_OF_DAY.test(to ?? '') && from !== to ? { from, to } : undefined;
  });
  if (ranges.length > MAX_RANGES_PER_DAY || ranges.some((r) => r === undefined)) return undefined;
  return ranges as TimeRange[];
}

/** The rows of a simple `opening_hours` value (empty: closed every day), or undefined when it says more than the rows can. */
export function readOpeningHours(value: string | null | undefined): WeeklyHours | undefined {
  const week = closedWeek();
  const text = (value ?? '').trim();
  if (text === '') return week;
  const seen = new Set<number>();
  for (const rule of text.split(';').map((r) => r.trim())) {
    if (rule === '') continue;
    const match = /^(\S+)\s+(\S+)$/.exec(rule);
    if (!match) return undefined;
    const ranges = rangesOf(match[2]);
    if (!ranges) return undefined;
    for (const token of match[1].split(',')) {
      const days = daysOf(token);
      if (!days) return undefined;
      for (const day of days) {
        // A day named twice would follow the syntax's override rules: beyond the rows.
        if (seen.has(day)) return undefined;
        seen.add(day);
        week[WEEKDAYS[day]] = ranges;
      }
    }
  }
  return week;
}
