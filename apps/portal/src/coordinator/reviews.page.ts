import type { Offer, Territory } from '#directory';
import { offerValue, html, raw, type SafeHtml } from '#web';
import { calendarDay } from '../layout/portal-format.js';
import { postForm } from '../layout/portal-layout.js';
import type { PortalLanguage, Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';
import { coordinatorPage, coordinatorPath } from './coordinator-section.js';

/** A refusal shown again: which offer, what was typed, what is wrong with it. */
export interface Refusal {
  offerId: string;
  reason: string;
  error: string;
}

const inLanguage = (text: Record<string, string> | null | undefined, lang: PortalLanguage) => (text ? text[lang] || text.fr || '' : '');

function validity(offer: Offer, lang: PortalLanguage): string {
  const m = COORDINATOR_MESSAGES[lang];
  return offer.validTo ? m.between(calendarDay(offer.validFrom, lang), calendarDay(offer.validTo, lang)) : m.from(calendarDay(offer.validFrom, lang));
}

function offerCard(visit: Visit, territory: Territory, offer: Offer, producerName: string, refusal?: Refusal): SafeHtml {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const title = inLanguage(offer.title, visit.lang);
  const base = coordinatorPath(territory.id, `reviews/${offer.id}`);
  const id = `reason-${offer.id}`;
  const error = refusal?.offerId === offer.id ? refusal.error : undefined;
  const conditions = inLanguage(offer.conditions, visit.lang);
  return html`<article class="card" aria-labelledby="offer-${offer.id}">
<h2 id="offer-${offer.id}">${title}</h2>
<dl class="facts">
<dt>${m.producer}</dt><dd>${producerName}</dd>
<dt>${m.value}</dt><dd>${offerValue(offer, visit.lang)}</dd>
<dt>${m.validity}</dt><dd>${validity(offer, visit.lang)}</dd>
${conditions ? html`<dt>${m.conditions}</dt><dd class="texts">${conditions}</dd>` : ''}
</dl>
${postForm(visit, html`<button type="submit">${m.approve}<span class="visually-hidden"> — ${title}</span></button>`, { action: `${base}/approve` })}
${postForm(
  visit,
  html`<div class="field">
<label for="${id}">${m.reason}<span class="visually-hidden"> — ${title}</span></label>
${error ? html`<p class="error" id="${id}-error">${error}</p>` : ''}
<textarea id="${id}" name="reason" rows="2" maxlength="500" ${error ? html`aria-invalid="true" aria-describedby="${id}-error"` : raw('')}>${refusal?.offerId === offer.id ? refusal.reason : ''}</textarea>
</div>
<button type="submit" class="danger">${m.refuse}<span class="visually-hidden"> — ${title}</span></button>`,
  { action: `${base}/refuse` },
)}
</article>`;
}

/** The offers waiting for a coordinator's word, oldest first, each approved or refused with a reason. */
export function reviewsPage(
  visit: Visit,
  territory: Territory,
  offers: Offer[],
  producerNames: Map<string, string>,
  options: { notice?: string; error?: string; refusal?: Refusal } = {},
): string {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const error = options.error ? html`<div class="summary" role="alert"><p class="error">${options.error}</p></div>` : html``;
  const body =
    offers.length === 0
      ? html`${error}<p>${m.noReviews}</p>`
      : html`${error}<p>${m.reviewsLead}</p>
${
  options.refusal
    ? html`<div class="summary" role="alert" tabindex="-1"><h2>${m.refuse}</h2><p><a href="#reason-${options.refusal.offerId}">${options.refusal.error}</a></p></div>`
    : ''
}
${offers.map((offer) => offerCard(visit, territory, offer, producerNames.get(offer.producerId) ?? '', options.refusal))}`;
  return coordinatorPage(visit, territory, { title: m.reviewsTitle, body, notice: options.notice });
}
