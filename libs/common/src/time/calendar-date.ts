import { registerDecorator, type ValidationOptions } from 'class-validator';

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: unknown): value is string {
  // years 0001–9999: PostgreSQL has no year 0
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function IsCalendarDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a date written YYYY-MM-DD`, ...options },
      validator: { validate: isCalendarDate },
    });
}

/** Today's date (YYYY-MM-DD) in an IANA time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  // a day starts on a minute in every time zone in use: what was true this minute still is (the tourist page asks on every request)
  const minute = Math.floor(now.getTime() / 60_000);
  const known = TODAY_BY_ZONE.get(timeZone);
  if (known?.minute === minute) return known.day;
  let format = DAY_FORMATS.get(timeZone);
  if (!format) {
    // building a formatter costs ~100 µs: one per time zone, kept
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    DAY_FORMATS.set(timeZone, format);
  }
  const day = format.format(now);
  TODAY_BY_ZONE.set(timeZone, { minute, day });
  return day;
}

const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();
const TODAY_BY_ZONE = new Map<string, { minute: number; day: string }>();
