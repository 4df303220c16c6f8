/** Languages the product speaks; French is the reference language of every text. */
export const LANGUAGES = ['fr', 'en', 'nl', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export type TranslatedText = { fr: string } & Partial<Record<Exclude<Language, 'fr'>, string>>;

/** The text in `lang`, or in French when it has not been translated. */
export function translate(text: TranslatedText | null | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] ?? text.fr;
}
