/** Languages the product speaks; French is the reference language of every text. */
export const LANGUAGES = ['fr', 'en', 'nl', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export type TranslatedText = { fr: string } & Partial<Record<Exclude<Language, 'fr'>, string>>;

/**
 * The text in `lang`; where it has not been translated, English before French for Dutch and German
 * readers (far more of them read English than French), and French, the reference, last.
 */
export function translate(text: TranslatedText | null | undefined, lang: Language): string {
  if (!text) return '';
  return nonEmpty(text[lang]) ?? nonEmpty(text.en) ?? text.fr;
}

/** In which language `translate` answers: the page marks a fallback text with its own `lang`. */
export function languageOf(text: TranslatedText | null | undefined, lang: Language): Language {
  if (!text || nonEmpty(text[lang])) return lang;
  return nonEmpty(text.en) ? 'en' : 'fr';
}

const nonEmpty = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value);
