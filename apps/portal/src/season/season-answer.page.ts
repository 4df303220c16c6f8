import type { SeasonLinkState, SeasonPage } from '#association';
import { translate } from '#common';
import { OFFER_KINDS, type Offer } from '#directory';
import { html, raw, type SafeHtml } from '#web';
import { errorSummary, inputField, selectField, textArea } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { contactFields } from '../forms/place-fields.js';
import { calendarDay, colon, dateTime, money } from '../layout/portal-format.js';
import { MEMBERSHIP_MESSAGES } from '../membership/membership.messages.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import { hoursFields } from '../producer/hours-fields.js';
import { offerTitle } from '../producer/offers.pages.js';
import { PRODUCER_MESSAGES } from '../producer/producer.messages.js';
import type { Visit } from '../visit.js';
import { offerField } from './season-form.js';
import { SEASON_MESSAGES } from './season.messages.js';

const DECISIONS = ['keep', 'change', 'drop'] as const;

function decisionChoices(form: FormState, visit: Visit, index: number): SafeHtml {
  const m = SEASON_MESSAGES[visit.lang];
  const name = offerField(index, 'decision');
  const error = form.errors[name];
  const id = `f-o${index}-decision`;
  return html`<fieldset class="field" id="${id}" ${error ? html`aria-describedby="${id}-error"` : ''}>
<legend>${m.choose}</legend>
${error ? html`<p class="error" id="${id}-error">${error}</p>` : ''}
${DECISIONS.map(
  (decision) =>
    html`<label class="choice"><input type="radio" name="${name}" value="${decision}" ${form.values[name] === decision ? raw('checked') : ''} required> ${m[decision]}</label>`,
)}
</fieldset>`;
}

/** The offer's own terms, as on its form, named for its place in this one. */
function termsFields(form: FormState, visit: Visit, index: number): SafeHtml {
  const p = PRODUCER_MESSAGES[visit.lang];
  const lang = visit.lang;
  const name = (field: string) => offerField(index, field);
  const open = form.values[name('decision')] === 'change' || Object.keys(form.errors).some((field) => field.startsWith(name('')));
  return html`<details ${open ? raw('open') : ''}><summary>${SEASON_MESSAGES[lang].changeFields}</summary>
${inputField(form, { name: name('title.fr'), label: p.titleFr, maxLength: 120, lang })}
${inputField(form, { name: name('title.en'), label: p.titleEn, maxLength: 120, lang })}
${selectField(form, { name: name('kind'), label: p.kind, choices: OFFER_KINDS.map((value) => ({ value, label: p.kinds[value] })), lang })}
${inputField(form, { name: name('value'), label: p.valueLabel, hint: p.valueHint, inputmode: 'decimal', lang })}
${inputField(form, { name: name('minPurchase'), label: p.minPurchase, inputmode: 'decimal', lang })}
${inputField(form, { name: name('usesPerPass'), label: p.usesPerPass, inputmode: 'numeric', lang })}
${inputField(form, { name: name('quota'), label: p.quota, inputmode: 'numeric', lang })}
${textArea(form, { name: name('conditions.fr'), label: p.conditionsFr, rows: 2, maxLength: 500, lang })}
${textArea(form, { name: name('conditions.en'), label: p.conditionsEn, rows: 2, maxLength: 500, lang })}
</details>`;
}

function offerCard(form: FormState, visit: Visit, offer: Offer, index: number): SafeHtml {
  return html`<section class="card" aria-labelledby="offer-${index}"><h3 id="offer-${index}">${offerTitle(offer, visit.lang)}</h3>
${decisionChoices(form, visit, index)}
${termsFields(form, visit, index)}
</section>`;
}

/**
 * The membership year the business has not renewed: where the territory prints its paid-up
 * members only, the producer learns it here, with the charter to accept in this same form (the
 * link is its proof) and how to pay. Nothing for a member in good standing.
 */
function membershipReminder(form: FormState, visit: Visit, page: SeasonPage, onBehalf: boolean): SafeHtml {
  const year = page.membershipReminder;
  if (!year) return html``;
  const m = MEMBERSHIP_MESSAGES[visit.lang];
  const s = SEASON_MESSAGES[visit.lang];
  const fee =
    year.feeCents === 0
      ? m.noFee
      : `${m.fee}${colon(visit.lang)}${money(year.feeCents, visit.lang)} · ${m.paid}${colon(visit.lang)}${money(year.paidCents, visit.lang)}`;
  return html`<section class="card" aria-labelledby="membership-title"><h2 id="membership-title">${m.title(year.year)}</h2>
<p><strong>${m.statuses[year.status]}</strong> — ${s.membershipNeeded(page.season.name)}</p>
${
  year.charterAccepted || onBehalf
    ? ''
    : html`<details><summary>${m.charter}</summary><div class="charter">${translate(year.charter, visit.lang)
        .split(/\n{2,}/)
        .map((paragraph) => html`<p>${paragraph}</p>`)}</div></details>
<div class="choices"><label for="f-acceptCharter"><input type="checkbox" id="f-acceptCharter" name="acceptCharter" value="yes"${form.values.acceptCharter === 'yes' ? ' checked' : ''}>${m.accept}</label></div>`
}
<p>${fee}</p>
${year.paid ? '' : html`<h3>${m.howToPay}</h3><p>${translate(year.paymentInstructions, visit.lang)}</p>`}
</section>`;
}

/** The producer's one page for the season: its details and a decision per offer, fit for a phone. */
export function seasonAnswerPage(visit: Visit, page: SeasonPage, form: FormState, options: { action: string; onBehalf?: boolean; notice?: string }): string {
  const m = SEASON_MESSAGES[visit.lang];
  const p = PRODUCER_MESSAGES[visit.lang];
  const lang = visit.lang;
  const day = (date: string) => calendarDay(date, lang);
  const lead = html`<p>${options.onBehalf ? m.onBehalfLead : m.lead(day(page.season.startsOn), day(page.season.endsOn), day(page.season.printDeadline))}</p>
${page.confirmedAt ? html`<p class="muted">${m.confirmedOn(dateTime(page.confirmedAt, page.timeZone, lang))}</p>` : ''}
`;
  const body = html`${lead}
${errorSummary(form, lang)}
${postForm(
  visit,
  html`<section class="card" aria-labelledby="business-title"><h2 id="business-title">${m.business}</h2>
${inputField(form, { name: 'name', label: p.name, required: true, maxLength: 120, autocomplete: options.onBehalf ? 'off' : 'organization', lang })}
${contactFields(form, { words: p, owner: options.onBehalf ? 'someone-else' : 'own', lang })}
${hoursFields(form, visit, options.action)}
</section>
<h2>${m.offers}</h2>
${page.offers.length === 0 ? html`<p>${m.noOffers}</p>` : page.offers.map((offer, index) => offerCard(form, visit, offer, index))}
${membershipReminder(form, visit, page, options.onBehalf ?? false)}
<button type="submit">${options.onBehalf ? m.submitOnBehalf : m.submit}</button>`,
  { action: options.action },
)}`;
  const title = options.onBehalf ? m.onBehalfTitle(page.producer.name) : m.pageTitle(page.season.name);
  return portalPage(visit, { title, body, notice: options.notice });
}

/** A link that no longer works says why, in words, never an error code. */
export function linkRefusedPage(visit: Visit, link: Exclude<SeasonLinkState, { state: 'valid' }>): string {
  const m = SEASON_MESSAGES[visit.lang];
  const said =
    link.state === 'unknown'
      ? m.linkUnknown
      : link.state === 'revoked'
        ? m.linkRevoked(link.seasonName)
        : link.state === 'expired'
          ? m.linkExpired(link.seasonName, calendarDay(link.printDeadline, visit.lang))
          : m.linkClosed(link.seasonName);
  return portalPage(visit, { title: m.linkTitle, body: html`<p class="card" role="alert">${said}</p>` });
}
