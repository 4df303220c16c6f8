import type { Language } from './languages.js';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB', nl: 'nl-NL', de: 'de-DE' };

// Building an Intl formatter costs ~50–100 µs, formatting with one a few: each is built once and kept.
const FORMATTERS = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** The cached `Intl.NumberFormat` of a language for these options. */
export function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let format = FORMATTERS.get(key) as Intl.NumberFormat | undefined;
  if (!format) FORMATTERS.set(key, (format = new Intl.NumberFormat(LOCALES[lang], options)));
  return format;
}

/** The cached `Intl.DateTimeFormat` of a language for these options. */
export function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let format = FORMATTERS.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) FORMATTERS.set(key, (format = new Intl.DateTimeFormat(LOCALES[lang], options)));
  return format;
}
