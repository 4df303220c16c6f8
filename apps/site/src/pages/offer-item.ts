import type { Language } from '#common';
import type { ShowcaseOffer } from '#directory';
import { html, offerValue, translatedHtml, validity, type SafeHtml } from '#web';

/** One offer as the tourist pages show it: its value, title, conditions and validity. */
export function offerItem(offer: ShowcaseOffer, lang: Language, today: string, producer?: { name: string; href: string }): SafeHtml {
  return html`<li class="offer"><strong class="value">${offerValue(offer, lang)}</strong> — <span class="title">${translatedHtml(offer.title, lang)}</span>
${producer ? html`<p class="by"><a href="${producer.href}">${producer.name}</a></p>` : ''}
${offer.conditions ? html`<p class="conditions">${translatedHtml(offer.conditions, lang)}</p>` : ''}
${validity(offer, today, lang) ? html`<p class="validity">${validity(offer, today, lang)}</p>` : ''}</li>`;
}
