import { translate, type Language, type TranslatedText } from '#common';
import { html, type SafeHtml } from '#web';
import { MESSAGES } from './messages.js';

/**
 * For a tourist holding an older brochure: the offers it printed that are no longer on the page,
 * so that the paper is not taken for today's word. Nothing when every printed offer still runs.
 */
export function editionNote(ended: readonly { title: TranslatedText }[], lang: Language): SafeHtml | '' {
  if (ended.length === 0) return '';
  return html`<aside class="note" role="note"><p>${MESSAGES[lang].printedEnded(ended.length)}</p>
<ul>${ended.map((offer) => html`<li>${translate(offer.title, lang)}</li>`)}</ul></aside>`;
}
