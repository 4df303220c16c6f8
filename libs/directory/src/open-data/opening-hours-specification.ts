import { parseOpeningHours, wallClockDate } from '../shared/opening-hours.js';

export interface OpeningHoursSpecification {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek: string[];
  opens: string;
  closes: string;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const mondayFirst = (day: string) => (DAYS.indexOf(day.replace('https://schema.org/', '')) + 6) % 7;

const hhmm = (date: Date) => `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

/**
 * schema.org opening hours from an OpenStreetMap `opening_hours` value, as they stand in the
 * current week of the territory (the OSM syntax says more — seasons, holidays — than schema.org
 * can; the raw value is published beside it). Same hours on several days make one entry.
 */
export function openingHoursSpecification(value: string | null, timeZone: string, now = new Date()): OpeningHoursSpecification[] {
  if (!value) return [];
  let intervals: [Date, Date, boolean, string | undefined][];
  const today = wallClockDate(now, timeZone);
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
  const nextMonday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7);
  try {
    intervals = parseOpeningHours(value).getOpenIntervals(monday, nextMonday);
  } catch {
    return [];
  }
  const byHours = new Map<string, Set<number>>();
  for (const [start, end, unknown] of intervals) {
    if (unknown) continue;
    // an interval over midnight is one entry per day it touches
    for (let from = start; from < end;) {
      const midnight = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 1);
      const to = end < midnight ? end : midnight;
      const key = `${hhmm(from)}|${to.getTime() === midnight.getTime() ? '23:59' : hhmm(to)}`;
      const days = byHours.get(key) ?? new Set<number>();
      days.add(from.getDay());
      byHours.set(key, days);
      from = to;
    }
  }
  return [...byHours.entries()]
    .map(([key, days]) => {
      const [opens, closes] = key.split('|');
      const ordered = [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
      return { '@type': 'OpeningHoursSpecification' as const, dayOfWeek: ordered.map((d) => `https://schema.org/${DAYS[d]}`), opens, closes };
    })
    .sort((a, b) => mondayFirst(a.dayOfWeek[0]) - mondayFirst(b.dayOfWeek[0]) || a.opens.localeCompare(b.opens));
}
