import { randomUUID } from 'node:crypto';
import { codeForReaders } from '#directory';
import { PASS_REFUSALS, VOID_WINDOW_MINUTES, type PassOfferView, type PassView, type Redemption } from '#passes';
import { offerValue, html, raw, type SafeHtml } from '#web';
import { errorSummary, inputField, shownValue } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import type { PortalLanguage, Visit } from '../visit.js';
import { PRODUCER_MESSAGES } from './producer.messages.js';
import { TALLY_MESSAGES } from './tally.messages.js';
import { calendarDay, clock, money } from '../layout/portal-format.js';

const titleOf = (title: Record<string, string>, lang: PortalLanguage) => title[lang] || title.fr;

/** Where a producer types a pass code (or learns that the phone's camera opens the pass). */
export function redeemStartPage(visit: Visit, producerId: string, form: FormState): string {
  const m = PRODUCER_MESSAGES[visit.lang];
  const body = html`<div class="card">
<p>${m.redeemLead}</p>
${errorSummary(form, visit.lang)}
<form method="get" action="/app/producer/${producerId}/redeem" novalidate>
${inputField(form, { name: 'code', label: m.passCode, hint: m.passCodeHint, required: true, autocomplete: 'off', maxLength: 200, lang: visit.lang })}
<button type="submit">${m.open}</button>
</form>
</div>
<p><a href="/app/producer/${producerId}/tally">${TALLY_MESSAGES[visit.lang].tallyLink}</a></p>`;
  return portalPage(visit, { title: m.redeemTitle, body });
}

/** Why no use can be recorded with this pass today, if so: said in words, before any button. */
function passRefusal(pass: PassView, lang: PortalLanguage): string | undefined {
  if (pass.validity === 'cancelled') return PASS_REFUSALS[lang].pass_cancelled;
  if (pass.validity === 'not_yet_valid') return PASS_REFUSALS[lang].pass_not_yet_valid;
  if (pass.validity === 'expired') return PASS_REFUSALS[lang].pass_expired;
  return undefined;
}

function passSummary(pass: PassView, lang: PortalLanguage): SafeHtml {
  const m = PRODUCER_MESSAGES[lang];
  return html`<dl class="card facts">
<dt>${m.stay}</dt><dd>${m.stayDates(calendarDay(pass.arrival, lang), calendarDay(pass.departure, lang))} — <span class="status">${m.passValidity[pass.validity]}</span></dd>
<dt>${m.guests}</dt><dd>${pass.guests}</dd>
<dt>${m.accommodation}</dt><dd>${pass.accommodationName}</dd>
</dl>`;
}

/**
 * One form per offer that can still be used. Its idempotency key is drawn with the page: a double
 * tap, or the same form sent again, records one use.
 */
function offerForm(visit: Visit, action: string, offer: PassOfferView, usable: boolean, form: FormState): SafeHtml {
  const m = PRODUCER_MESSAGES[visit.lang];
  const title = titleOf(offer.title, visit.lang);
  const mine = form.values.offerId === offer.offerId;
  const amountId = `f-amount-${offer.offerId}`;
  const error = mine ? form.errors.amountCents : undefined;
  return html`<li class="card">
<h3>${title}</h3>
<p>${offerValue(offer as never, visit.lang)} · ${m.usesLeft(offer.usesLeft)}</p>
${offer.usesLeft === 0 ? html`<p>${PASS_REFUSALS[visit.lang].offer_used_up}</p>` : ''}
${
  usable && offer.usesLeft > 0
    ? postForm(
        visit,
        html`<input type="hidden" name="offerId" value="${offer.offerId}">
<input type="hidden" name="key" value="${randomUUID()}">
<div class="field">
<label for="${amountId}">${m.amount}</label>
${error ? html`<p class="error" id="${amountId}-error">${error}</p>` : ''}
<input type="text" inputmode="decimal" id="${amountId}" name="amount" value="${mine ? shownValue(form.values.amount) : ''}" ${error ? raw(`aria-invalid="true" aria-describedby="${amountId}-error"`) : ''}>
</div>
<button type="submit">${m.record(title)}</button>`,
        { action },
      )
    : ''
}
</li>`;
}

/** The pass as this producer needs it: dates, guests, and its own offers with the uses left. */
export function redeemPassPage(visit: Visit, producerId: string, pass: PassView, form: FormState, refusal?: string): string {
  const m = PRODUCER_MESSAGES[visit.lang];
  const mine = pass.offers.filter((offer) => offer.producerId === producerId);
  const stop = passRefusal(pass, visit.lang);
  const action = `/app/producer/${producerId}/redeem/${pass.code}`;
  const body = html`${refusal ? html`<div class="summary" role="alert"><p>${refusal}</p></div>` : ''}
${passSummary(pass, visit.lang)}
${stop ? html`<p class="summary" role="alert">${stop}</p>` : ''}
<h2>${m.yourOffers}</h2>
${mine.length === 0 ? html`<p>${m.noneYours}</p>` : html`<ul class="plain">${mine.map((offer) => offerForm(visit, action, offer, !stop, form))}</ul>`}
<p><a href="/app/producer/${producerId}/redeem">${m.anotherUse}</a></p>`;
  return portalPage(visit, { title: m.passTitle(codeForReaders(pass.code)), body });
}

/** After a use: what was recorded, and the button to void it while the 30 minutes last. */
export function usePage(
  visit: Visit,
  producerId: string,
  pass: PassView,
  redemption: Redemption,
  offerTitle: Record<string, string>,
  refusal?: string,
  now = new Date(),
): string {
  const m = PRODUCER_MESSAGES[visit.lang];
  const lang = visit.lang;
  const deadline = new Date(redemption.createdAt.getTime() + VOID_WINDOW_MINUTES * 60_000);
  const passPath = `/app/producer/${producerId}/redeem/${pass.code}`;
  const voidable = !redemption.voidedAt && now < deadline;
  const body = html`${refusal ? html`<div class="summary" role="alert"><p>${refusal}</p></div>` : ''}
<div class="card">
<p>${m.recorded(titleOf(offerTitle, lang), codeForReaders(pass.code))}</p>
<p>${m.recordedAt(clock(redemption.createdAt, pass.timeZone, lang))}${redemption.amountCents !== null ? html` ${m.amountDeclared(money(redemption.amountCents, lang))}` : ''}</p>
${
  redemption.voidedAt
    ? html`<p><strong>${m.voided}</strong></p>`
    : voidable
      ? html`<p>${m.voidUntil(clock(deadline, pass.timeZone, lang))}</p>${postForm(visit, html`<button type="submit" class="danger">${m.void}</button>`, { action: `${passPath}/uses/${redemption.id}/void` })}`
      : html`<p class="muted">${m.tooLateToVoid}</p>`
}
</div>
<p class="row"><a class="button" href="/app/producer/${producerId}/redeem">${m.anotherUse}</a> <a href="${passPath}">${m.backToPass}</a></p>`;
  return portalPage(visit, { title: redemption.voidedAt ? m.voidedTitle : m.recordedTitle, body });
}
