import { LANGUAGES, type Language } from '#common';
import type { PortalLanguage } from '../visit.js';

/** What a form field holds as text (a name posted twice: its first value). */
export const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : Array.isArray(value) && typeof value[0] === 'string' ? value[0].trim() : '';

/** Every value of a field posted under one name (checkboxes): none is an empty list. */
export const list = (value: unknown): string[] => [value].flat().filter((v): v is string => typeof v === 'string' && v !== '');

/** An optional text: empty clears it (null), so that a member can remove a phone number. */
export const textOrNull = (value: unknown): string | null => text(value) || null;

/** The texts typed in each language under `name.fr`, `name.en`, `name.nl`, `name.de`; a field not posted at all is absent. */
export const typedTexts = (body: Record<string, unknown>, name: string): TypedTexts =>
  Object.fromEntries(LANGUAGES.filter((lang) => `${name}.${lang}` in body).map((lang) => [lang, text(body[`${name}.${lang}`])]));

export type TypedTexts = Partial<Record<Language, string>>;

/** Whether any language of the text was typed. */
export const anyTyped = (typed: TypedTexts): boolean => LANGUAGES.some((lang) => Boolean(typed[lang]));

/**
 * The texts typed, over what is stored: a translation emptied is removed, one not posted is kept
 * (a form of an older page, or a language it leaves out). French stays, required.
 */
export function translated(stored: Record<string, string> | null | undefined, typed: TypedTexts): Record<string, string | undefined> {
  const texts: Record<string, string | undefined> = { ...(stored ?? {}), fr: typed.fr ?? '' };
  for (const lang of LANGUAGES) if (lang !== 'fr' && typed[lang] !== undefined) texts[lang] = typed[lang] || undefined;
  return texts;
}

/** The form's fields of a stored text, one per language. */
export const translatedValues = (name: string, stored: Record<string, string> | null | undefined): Record<string, string> =>
  Object.fromEntries(LANGUAGES.map((lang) => [`${name}.${lang}`, stored?.[lang] ?? '']));

/** A decimal typed the French or the English way ("46,6486", "-0.2472"); text that is no number is handed on as such, for the DTO to refuse. */
export function decimal(value: unknown): number | string | null {
  const typed = text(value).replace(/\s/g, '').replace('−', '-');
  if (typed === '') return null;
  return /^-?\d+([.,]\d+)?$/.test(typed) ? Number(typed.replace(',', '.')) : typed;
}

export type Parsed = { value: number | null } | { problem: true };

/** A whole number, or nothing when empty. */
export function wholeNumber(value: unknown): Parsed {
  const typed = text(value).replace(/\s/g, '');
  if (typed === '') return { value: null };
  return /^\d{1,9}$/.test(typed) ? { value: Number(typed) } : { problem: true };
}

/** Euros as typed ("12,50", "12.5", "15 €") → cents; nothing when empty. */
export function eurosToCents(value: unknown): Parsed {
  const typed = text(value).replace(/[\s€]/g, '');
  if (typed === '') return { value: null };
  const match = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(typed);
  if (!match) return { problem: true };
  return { value: Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) };
}

/** Cents as the euros a person types back: "15", "12,50" (French) or "12.50". */
export function centsToEuros(cents: number | null, lang: PortalLanguage): string {
  if (cents === null) return '';
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(whole) : `${whole}${lang === 'fr' ? ',' : '.'}${String(rest).padStart(2, '0')}`;
}

/** A value of a GET form's query, or nothing when its field was left blank. */
export const givenOrNothing = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The named values of a GET form's query, those left blank left out (the DTO's defaults then hold). */
export function queryValues(query: Record<string, unknown>, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = givenOrNothing(query[name]);
    if (value !== undefined) values[name] = value;
  }
  return values;
}

/** The input without the fields left out: a DTO input means "unchanged" by absence, as in JSON. */
export const defined = (input: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
