import { defineMessages } from '#common';
import { REPLACEMENT, textWarnings, unprintableCharacters, warnedCharacters, type PrintedText } from '#printing';
import type { PortalLanguage } from '../visit.js';

const MESSAGES = defineMessages(
  'fr',
  { unprintable: (characters: string) => `Ces caractères ne s’imprimeront pas dans la brochure : ${characters} — ils apparaîtront comme ${REPLACEMENT}.` },
  { en: { unprintable: (characters: string) => `These characters will not print in the brochure: ${characters} — they will show as ${REPLACEMENT}.` } },
);

/**
 * What a save adds to the address it redirects to when its texts hold characters the brochure
 * cannot print ("&unprintable=🐝🍯"; '' when all print): the page after the redirect says so.
 */
export function unprintableParameter(texts: PrintedText[]): string {
  const characters = warnedCharacters(textWarnings(texts));
  return characters.length > 0 ? `&unprintable=${encodeURIComponent(characters.join(''))}` : '';
}

/**
 * The notice after a save, with the sentence on characters that will not print. The parameter is
 * checked again as the PDFs check it: an address cannot make the page name anything else.
 */
export function withUnprintableNotice(notice: string | undefined, lang: PortalLanguage, parameter: unknown): string | undefined {
  const characters = typeof parameter === 'string' ? unprintableCharacters(parameter.slice(0, 200), 'bold').slice(0, 20) : [];
  if (characters.length === 0) return notice;
  return [notice, MESSAGES[lang].unprintable(characters.join(' '))].filter(Boolean).join(' ');
}
