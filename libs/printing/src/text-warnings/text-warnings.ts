import { unprintableCharacters, REPLACEMENT } from '../pdf/printable-text.js';
import type { PrintedText } from './printed-texts.js';

/** The languages the brochure is printed in: a translated text is checked in each of them. */
const PRINTED_LANGUAGES = ['fr', 'en'] as const;

/** A saved text holding characters the brochure cannot print: saved all the same, and said. */
export interface TextWarning {
  /** The field, a translated one with its language ("description.fr"). */
  field: string;
  /** The characters, each once, as typed (an emoji sequence is one). */
  characters: string[];
  message: string;
}

/** The sentence the API answers with (in English, as its other messages); the member pages say it in their reader's language. */
export const unprintableMessage = (characters: string[]) =>
  `These characters will not print in the brochure: ${characters.join(' ')} — they will show as ${REPLACEMENT}`;

/** The warnings of a record's printed texts, field by field, decided as the PDFs decide (unprintableCharacters). */
export function textWarnings(texts: PrintedText[]): TextWarning[] {
  const warnings: TextWarning[] = [];
  const check = (field: string, value: string | undefined | null, font: PrintedText['font']) => {
    const characters = value ? unprintableCharacters(value, font) : [];
    if (characters.length > 0) warnings.push({ field, characters, message: unprintableMessage(characters) });
  };
  for (const { field, value, font } of texts) {
    if (typeof value === 'string' || value == null) check(field, value, font);
    else for (const lang of PRINTED_LANGUAGES) check(`${field}.${lang}`, value[lang], font);
  }
  return warnings;
}

/** Every character of these warnings, each once: what the member pages name in their notice. */
export const warnedCharacters = (warnings: TextWarning[]) => [...new Set(warnings.flatMap((warning) => warning.characters))];

/** A saved record's view with the warnings of its printed texts (the API's answer to a save). */
export const withTextWarnings = <T extends object>(view: T, texts: PrintedText[]): T & { warnings: TextWarning[] } => ({
  ...view,
  warnings: textWarnings(texts),
});
