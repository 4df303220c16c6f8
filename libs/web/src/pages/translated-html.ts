import { languageOf, translate, type Language, type TranslatedText } from '#common';
import { html, type SafeHtml } from '../html.js';

/**
 * A stored text in the page's language; where it has no translation, the one `translate` falls
 * back to, marked with its own `lang` so that a screen reader pronounces it and a browser's
 * translator reads it as what it is (an English title on a German page is English).
 */
export function translatedHtml(text: TranslatedText | null | undefined, lang: Language): SafeHtml {
  const shown = translate(text, lang);
  const language = languageOf(text, lang);
  return language === lang ? html`${shown}` : html`<span lang="${language}">${shown}</span>`;
}
