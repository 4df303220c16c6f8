import { CATEGORIES, CATEGORY_LABELS, OFFER_KINDS, type Offer, type Producer } from '#directory';
import { offerValue, html, type SafeHtml } from '#web';
import { checkboxes, errorSummary, inputField, selectField, textArea } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import type { PortalLanguage, Visit } from '../visit.js';
import { PRODUCER_MESSAGES } from './producer.messages.js';
import { calendarDay } from '../layout/portal-format.js';

export type OfferMove = 'duplicate' | 'publish' | 'submit' | 'pause' | 'archive';

export const offerTitle = (offer: Pick<Offer, 'title'>, lang: PortalLanguage) => (offer.title as Record<string, string>)[lang] || offer.title.fr;

function validity(offer: Offer, lang: PortalLanguage): string {
  const m = PRODUCER_MESSAGES[lang];
  return offer.validTo ? m.between(calendarDay(offer.validFrom, lang), calendarDay(offer.validTo, lang)) : m.from(calendarDay(offer.validFrom, lang));
}

/** The moves an offer's status allows, publishing the way the territory wants (directly, or through review). */
function movesOf(offer: Offer, needsReview: boolean): OfferMove[] {
  switch (offer.status) {
    case 'draft':
      return [needsReview ? 'submit' : 'publish', 'duplicate', 'archive'];
    case 'pending_review':
      return ['duplicate', 'archive'];
    case 'published':
      return ['pause', 'duplicate', 'archive'];
    case 'paused':
      return ['publish', 'duplicate', 'archive'];
    default:
      return ['duplicate'];
  }
}

/** Putting an offer before visitors is the move that matters: it stands out; archiving is marked as such. */
const MOVE_STYLE: Record<OfferMove, string> = { publish: '', submit: '', pause: 'secondary', duplicate: 'secondary', archive: 'danger' };

function actions(visit: Visit, base: string, offer: Offer, needsReview: boolean): SafeHtml {
  const m = PRODUCER_MESSAGES[visit.lang];
  const title = offerTitle(offer, visit.lang);
  const named = (label: string) => html`${label}<span class="visually-hidden"> — ${title}</span>`;
  const label = (move: OfferMove) => (move === 'publish' && offer.status === 'paused' ? m.republish : m[move]);
  return html`<div class="row">
${offer.status === 'archived' ? '' : html`<a class="button secondary" href="${base}/${offer.id}">${named(m.edit)}</a>`}
${movesOf(offer, needsReview).map((move) =>
  postForm(visit, html`<button type="submit" class="${MOVE_STYLE[move]}">${named(label(move))}</button>`, { action: `${base}/${offer.id}/${move}` }),
)}
</div>`;
}

function offersTable(visit: Visit, base: string, offers: Offer[], needsReview: boolean, caption: string): SafeHtml {
  const m = PRODUCER_MESSAGES[visit.lang];
  return html`<table class="stack">
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">${m.offer}</th><th scope="col">${m.value}</th><th scope="col">${m.validity}</th><th scope="col">${m.status}</th><th scope="col">${m.actions}</th></tr></thead>
<tbody>${offers.map(
    (offer) =>
      html`<tr>
<th scope="row">${offerTitle(offer, visit.lang)}</th>
<td>${offerValue(offer, visit.lang)}</td>
<td>${validity(offer, visit.lang)}</td>
<td><span class="status">${m.statuses[offer.status]}</span>${offer.status === 'draft' && offer.reviewNote ? html`<p class="error">${m.refused(offer.reviewNote)}</p>` : ''}</td>
<td>${actions(visit, base, offer, needsReview)}</td>
</tr>`,
  )}</tbody>
</table>`;
}

/** "My offers": each with what can be done with it now; archived ones below, to copy for a new season. */
export function offersPage(
  visit: Visit,
  producer: Producer,
  lists: { current: Offer[]; archived: Offer[] },
  needsReview: boolean,
  messages: { notice?: string; refusal?: string } = {},
): string {
  const m = PRODUCER_MESSAGES[visit.lang];
  const base = `/app/producer/${producer.id}/offers`;
  const body = html`<p class="muted">${producer.name} · <a href="/app/producer/${producer.id}">${m.businessTitle}</a></p>
${messages.refusal ? html`<div class="summary" role="alert"><p>${m.refusedMove} ${messages.refusal}</p></div>` : ''}
<p><a class="button" href="${base}/new">${m.newOffer}</a></p>
${lists.current.length === 0 ? html`<p>${m.noOffers}</p>` : offersTable(visit, base, lists.current, needsReview, m.offersTitle)}
${lists.archived.length > 0 ? html`<h2>${m.statuses.archived}</h2>${offersTable(visit, base, lists.archived, needsReview, m.statuses.archived)}` : ''}`;
  return portalPage(visit, { title: m.offersTitle, body, notice: messages.notice });
}

/** The offer form, to create or to edit: every field of the API's offer, money in euros. */
export function offerFormPage(visit: Visit, producer: Producer, offer: Offer | undefined, form: FormState, notice?: string): string {
  const m = PRODUCER_MESSAGES[visit.lang];
  const lang = visit.lang;
  const base = `/app/producer/${producer.id}/offers`;
  const kinds = OFFER_KINDS.map((value) => ({ value, label: m.kinds[value] }));
  const categories = CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value][lang] }));
  const body = html`${offer ? html`<p><span class="status">${m.statuses[offer.status]}</span>${offer.status === 'draft' && offer.reviewNote ? html` <span class="error">${m.refused(offer.reviewNote)}</span>` : ''}</p>` : ''}
${errorSummary(form, lang, {
  'title.fr': m.titleFr,
  'title.en': m.titleEn,
  'title.nl': m.titleNl,
  'title.de': m.titleDe,
  kind: m.kind,
  value: m.valueLabel,
  minPurchase: m.minPurchase,
  validFrom: m.validFrom,
  validTo: m.validTo,
  usesPerPass: m.usesPerPass,
  quota: m.quota,
  'conditions.fr': m.conditionsFr,
  'conditions.en': m.conditionsEn,
  'conditions.nl': m.conditionsNl,
  'conditions.de': m.conditionsDe,
  categories: m.offerCategories,
})}
${postForm(
  visit,
  html`<div class="card">
${inputField(form, { name: 'title.fr', label: m.titleFr, hint: m.titleHint, required: true, maxLength: 120, lang })}
${inputField(form, { name: 'title.en', label: m.titleEn, maxLength: 120, lang })}
${inputField(form, { name: 'title.nl', label: m.titleNl, maxLength: 120, lang })}
${inputField(form, { name: 'title.de', label: m.titleDe, maxLength: 120, lang })}
${selectField(form, { name: 'kind', label: m.kind, choices: kinds, required: true, lang })}
${inputField(form, { name: 'value', label: m.valueLabel, hint: m.valueHint, inputmode: 'decimal', lang })}
${inputField(form, { name: 'minPurchase', label: m.minPurchase, hint: m.minPurchaseHint, inputmode: 'decimal', lang })}
${inputField(form, { name: 'validFrom', label: m.validFrom, type: 'date', required: true, lang })}
${inputField(form, { name: 'validTo', label: m.validTo, hint: m.validToHint, type: 'date', lang })}
${inputField(form, { name: 'usesPerPass', label: m.usesPerPass, hint: m.usesPerPassHint, inputmode: 'numeric', lang })}
${inputField(form, { name: 'quota', label: m.quota, hint: m.quotaHint, inputmode: 'numeric', lang })}
${textArea(form, { name: 'conditions.fr', label: m.conditionsFr, hint: m.conditionsHint, rows: 3, maxLength: 500, lang })}
${textArea(form, { name: 'conditions.en', label: m.conditionsEn, rows: 3, maxLength: 500, lang })}
${textArea(form, { name: 'conditions.nl', label: m.conditionsNl, rows: 3, maxLength: 500, lang })}
${textArea(form, { name: 'conditions.de', label: m.conditionsDe, rows: 3, maxLength: 500, lang })}
${checkboxes(form, { name: 'categories', label: m.offerCategories, hint: m.offerCategoriesHint, choices: categories, lang })}
</div>
<div class="row"><button type="submit">${offer ? m.saveOffer : m.create}</button> <a href="${base}">${m.backToOffers}</a></div>`,
  { action: offer ? `${base}/${offer.id}` : `${base}/new` },
)}`;
  return portalPage(visit, { title: offer ? m.editOf(offerTitle(offer, lang)) : m.newOfferTitle, body, notice });
}
