import { isStrictOpeningHours } from '../shared/opening-hours.js';
import { daysText, readOpeningHours, WEEKDAYS } from '../shared/weekly-hours.js';

/**
 * Stored hours as schema.org's `openingHours` says them: one "Mo-Sa 09:00-12:00" per time range
 * and its days. Only hours the parser reads strictly, and only the plain week (holidays closed as
 * the default they are for schema.org); anything richer (seasons, overrides) says nothing here,
 * and `openingHoursSpecification` speaks for it.
 */
export function schemaOrgOpeningHours(value: string | null): string[] {
  if (!isStrictOpeningHours(value)) return [];
  if (value.trim() === '24/7') return ['Mo-Su 00:00-24:00'];
  const weekly = value
    .split(';')
    .map((rule) => rule.trim())
    .filter((rule) => !/^PH\s+(off|closed)$/.test(rule))
    .join('; ');
  const week = readOpeningHours(weekly);
  if (!week) return [];
  const daysOfRange = new Map<string, number[]>();
  WEEKDAYS.forEach((day, index) => {
    for (const range of week[day]) {
      const key = `${range.from}-${range.to}`;
      daysOfRange.set(key, [...(daysOfRange.get(key) ?? []), index]);
    }
  });
  return [...daysOfRange.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([range, days]) => `${daysText(days)} ${range}`);
}
