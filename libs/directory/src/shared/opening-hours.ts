import OpeningHours from 'opening_hours';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** French holidays are known to the parser through the country code (for "PH off"). */
const FRANCE = { lat: 46.65, lon: -0.25, address: { country_code: 'fr', state: '' } };

export function parseOpeningHours(value: string): OpeningHours {
  return new OpeningHours(value, FRANCE);
}

/** The reason an OpenStreetMap opening_hours value is wrong, or undefined when it is right. */
export function openingHoursProblem(value: string): string | undefined {
  try {
    parseOpeningHours(value);
    return undefined;
  } catch (error) {
    return String(error).split('\n')[0].slice(0, 200);
  }
}

const SYNTAX_READ_MAX = 1000;
const syntaxRead = new Map<string, { strict: boolean; canonical: string } | undefined>();

/**
 * How the parser reads a value: `strict` when it is the syntax itself, without the words and forms
 * the parser only tolerates ("Vendredi 15h-19h" parses, with warnings); `canonical` is the parser's
 * own rewriting of it. Undefined when it cannot be read at all.
 */
export function readOpeningHoursSyntax(value: string): { strict: boolean; canonical: string } | undefined {
  // a parse costs milliseconds, and a spreadsheet repeats the same few hours on thousands of rows
  if (syntaxRead.has(value)) return syntaxRead.get(value);
  let read: { strict: boolean; canonical: string } | undefined;
  try {
    const parsed = parseOpeningHours(value);
    read = { strict: parsed.getWarnings().length === 0, canonical: parsed.prettifyValue() };
  } catch {
    read = undefined;
  }
  if (syntaxRead.size >= SYNTAX_READ_MAX) syntaxRead.clear();
  syntaxRead.set(value, read);
  return read;
}

/** Hours a machine may read: what the parser reads as its own syntax, without warnings. */
export const isStrictOpeningHours = (value: unknown): value is string => typeof value === 'string' && readOpeningHoursSyntax(value)?.strict === true;

/** How to write hours, said wherever some cannot be read. */
export const OPENING_HOURS_EXAMPLE = 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:30-12:00';

/**
 * Only what the parser reads without warnings is stored as machine hours (the DTO reads words
 * into the syntax first: `ReadsHoursInWords`); the message quotes the value and says how to write it.
 */
export function IsOpeningHours(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isOpeningHours',
      target: target.constructor,
      propertyName,
      options: {
        message: ({ value }) =>
          `${propertyName} "${String(value).slice(0, 100)}" cannot be read as opening hours: write them as "${OPENING_HOURS_EXAMPLE}" or in words such as "du lundi au vendredi 9h-12h", and put what is not hours (by appointment, seasons) in hoursNote`,
        ...options,
      },
      validator: { validate: isStrictOpeningHours },
    });
}

export type OpeningStatus = { open: true; closesAt?: Date } | { open: false; opensAt?: Date } | { unknown: true };

/**
 * Open now, and until when — or when it opens next — in the territory's time zone. The parser
 * works on the server's local clock, so the territory's wall-clock time is handed to it as a local
 * date and the answers are read back the same way: their fields are wall-clock fields of the territory.
 */
export function openingStatus(value: string | null, timeZone: string, now = new Date()): OpeningStatus {
  if (!value) return { unknown: true };
  try {
    const hours = parseOpeningHours(value);
    const wallClock = wallClockDate(now, timeZone);
    const open = hours.getState(wallClock);
    const change = hours.getNextChange(wallClock, new Date(wallClock.getTime() + 8 * 86_400_000));
    return open ? { open: true, closesAt: change } : { open: false, opensAt: change };
  } catch {
    return { unknown: true };
  }
}

/** A Date whose local fields are the wall-clock time of `timeZone` at `instant`. */
export function wallClockDate(instant: Date, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return new Date(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}
