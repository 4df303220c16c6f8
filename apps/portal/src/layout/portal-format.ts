import { dateFormat, numberFormat } from '#web';
import type { PortalLanguage } from '../visit.js';

// The member pages format like the tourist pages: the same cached Intl formatters (pages/format.ts).
export { dateTime } from '#web';

const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

/** A calendar day (YYYY-MM-DD) as people read it: "12 juil. 2026", "12 Jul 2026". */
export const calendarDay = (date: string, lang: PortalLanguage) =>
  dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utcDay(date));

/** A day without its year, where the period around it says it: "12 juil.". */
export const dayAndMonth = (date: string, lang: PortalLanguage) => dateFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(utcDay(date));

/** Hours and minutes of an instant in a time zone: "16:05". */
export const clock = (instant: Date, timeZone: string, lang: PortalLanguage) =>
  dateFormat(lang, { hour: '2-digit', minute: '2-digit', timeZone }).format(instant);

/** Cents as euros: "52,50 €", "€52.50". */
export const money = (cents: number, lang: PortalLanguage) => numberFormat(lang, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** A colon as each language writes it: French puts a space before it. */
export const colon = (lang: PortalLanguage) => (lang === 'fr' ? ' : ' : ': ');
