import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * Phones as people and spreadsheets type them: "05 49 64 20 18", "06.70.65.77.78", "+33 5…",
 * or what Excel left of them ("549642018" without its leading zero, "33549642018" without its
 * plus). Stored in E.164, shown in the reader's national format.
 */
export interface ReadPhones {
  /** E.164 numbers, the main one first; empty when the cell holds none. */
  numbers: string[];
  /** What was changed from what was typed, for the person to confirm. */
  fixes: PhoneFix[];
  /** Parts of the cell that are no phone number. */
  unreadable: string[];
}

export type PhoneFix = { kind: 'leadingZeroRestored' | 'plusRestored'; typed: string; read: string };

/** A cell holds at most this many numbers: a main one and a second. */
export const MAX_PHONES = 2;

const SEPARATORS = /\s*(?:\/|;|,|\||&|\n|\bou\b|\bor\b|\bet\b|\band\b)\s*/i;

function readOne(typed: string, country: CountryCode): { number?: string; fix?: PhoneFix } {
  const digits = typed.replace(/[\s.\-()]/g, '');
  const parsed = parsePhoneNumberFromString(typed, country);
  if (!parsed?.isValid()) return {};
  const number = parsed.number;
  // what a spreadsheet does to a number it took for an integer
  if (/^\d+$/.test(digits) && digits.startsWith(parsed.countryCallingCode) && !digits.startsWith('0') && digits.length > 10) {
    return { number, fix: { kind: 'plusRestored', typed, read: number } };
  }
  if (/^[1-9]\d{8}$/.test(digits) && country === 'FR') return { number, fix: { kind: 'leadingZeroRestored', typed, read: number } };
  return { number };
}

/** Reads a cell or a field of phones; `country` is where numbers without a country code are. */
export function readPhones(typed: string, country: CountryCode = 'FR'): ReadPhones {
  const parts = typed
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const read: ReadPhones = { numbers: [], fixes: [], unreadable: [] };
  for (const part of parts) {
    const one = readOne(part, country);
    if (!one.number) read.unreadable.push(part);
    else if (!read.numbers.includes(one.number)) read.numbers.push(one.number);
    if (one.fix) read.fixes.push(one.fix);
  }
  return read;
}

/** "05 49 64 20 18" for a French number read in France, "+32 2 555 12 12" for one from abroad. */
export function phoneForReaders(e164: string, country: CountryCode = 'FR'): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === country ? parsed.formatNational() : parsed.formatInternational();
}

/**
 * A stored phone as a reader of a language dials it: French readers in the national format
 * ("05 49 64 20 18"), visitors from abroad with the country code ("+33 5 49 64 20 18").
 */
export function phoneInLanguage(stored: string, lang: string): string {
  if (lang === 'fr') return phoneForReaders(stored);
  return parsePhoneNumberFromString(stored)?.formatInternational() ?? stored;
}

/** The `tel:` address of a stored phone: E.164 (what is left of an old unreadable value, digits and + only). */
export function telHref(stored: string): string {
  return `tel:${parsePhoneNumberFromString(stored, 'FR')?.number ?? stored.replace(/[^+0-9]/g, '')}`;
}
