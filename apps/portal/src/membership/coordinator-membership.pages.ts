import type { MembershipTerms, MemberYearView } from '#association';
import { PAYMENT_METHODS } from '#association';
import type { Territory } from '#directory';
import { html, raw } from '#web';
import { errorSummary, inputField, selectField, textArea } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { calendarDay, money } from '../layout/portal-format.js';
import { csrfField, postForm } from '../layout/portal-layout.js';
import { PORTAL_MESSAGES } from '../portal-messages.js';
import type { Visit } from '../visit.js';
import { coordinatorPage, coordinatorPath } from '../coordinator/coordinator-section.js';
import { MEMBERSHIP_MESSAGES } from './membership.messages.js';

export const membershipPath = (territoryId: string, rest = '') => coordinatorPath(territoryId, `membership${rest ? `/${rest}` : ''}`);

/** The year's members: who is paid, who lapsed (flagged), a payment to record or cancel, reminders, the files. */
export function membersPage(visit: Visit, territory: Territory, year: number, members: MemberYearView[], form: FormState, notice?: string): string {
  const m = MEMBERSHIP_MESSAGES[visit.lang];
  const lang = visit.lang;
  const key = (member: MemberYearView) => `${member.kind}:${member.memberId}`;
  const rows = members.map(
    (member) => html`<tr${member.status === 'lapsed' ? raw(' class="flagged"') : ''}>
<td><input type="checkbox" name="members" value="${key(member)}" form="reminders" aria-label="${m.choose(member.name)}"> ${member.name}${member.detail ? html` <span class="muted">(${member.detail})</span>` : ''}</td>
<td data-label="${m.kind}">${m.kinds[member.kind]}</td>
<td data-label="${m.status}">${member.status === 'lapsed' ? html`<strong class="error">⚑ ${m.flag}</strong> ` : ''}${m.statuses[member.status]}${member.remindedAt ? html` <span class="muted">· ${m.lastReminded(calendarDay(member.remindedAt.toISOString().slice(0, 10), lang))}</span>` : ''}</td>
<td data-label="${m.paid}">${money(member.paidCents, lang)} / ${money(member.feeCents, lang)}</td>
<td data-label="${m.payments}">${member.payments.map(
      (p) =>
        html`<div>${
          p.cancelledAt
            ? html`<s>${p.receiptNumber}</s> ${m.cancelled(p.cancelReason ?? '')}`
            : html`<a href="${membershipPath(territory.id, `payments/${p.id}/receipt.pdf`)}" download>${m.receipt(p.receiptNumber)}</a>
 · ${money(p.amountCents, lang)} · ${m.methods[p.method]} · ${calendarDay(p.paidOn, lang)}
<details><summary>${m.cancel}</summary>${postForm(
                visit,
                html`<label for="reason-${p.id}">${m.cancelReason}</label> <input id="reason-${p.id}" name="reason" required maxlength="500"> <button type="submit" class="secondary">${m.cancel}</button>`,
                { action: membershipPath(territory.id, `payments/${p.id}/cancel`) },
              )}</details>`
        }</div>`,
    )}</td>
</tr>`,
  );
  const choices = members.map((member) => ({ value: key(member), label: `${member.name} (${m.kinds[member.kind]})` }));
  const labels = { member: m.member, method: m.method, paidOn: m.paidOn, amount: m.amount, reference: m.reference };
  const body = html`<p><a href="${membershipPath(territory.id, 'terms')}">${m.terms}</a> · <a href="${membershipPath(territory.id, `members.csv?year=${year}`)}" download>${m.csv}</a></p>
<div class="table-wrap"><table class="cards">
<caption>${m.membersTitle(year)}</caption>
<thead><tr><th scope="col">${m.member} <span class="visually-hidden">(${m.remind})</span></th><th scope="col">${m.kind}</th><th scope="col">${m.status}</th><th scope="col">${m.paid}</th><th scope="col">${m.payments}</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
<form id="reminders" method="post" action="${membershipPath(territory.id, 'reminders')}" class="card" novalidate>${csrfField(visit)}
<input type="hidden" name="year" value="${String(year)}">
<button type="submit" name="who" value="chosen">${m.remindChosen}</button> <button type="submit" name="who" value="all" class="secondary">${m.remindAll}</button>
</form>
<section class="card" aria-labelledby="record"><h2 id="record">${m.record}</h2>
${errorSummary(form, lang, labels)}
${postForm(
  visit,
  html`<input type="hidden" name="year" value="${String(year)}">
${selectField(form, { name: 'member', label: m.member, choices, required: true, lang })}
${selectField(form, { name: 'method', label: m.method, choices: PAYMENT_METHODS.map((value) => ({ value, label: m.methods[value] })), required: true, lang })}
${inputField(form, { name: 'paidOn', label: m.paidOn, type: 'date', required: true, lang })}
${inputField(form, { name: 'amount', label: m.amount, inputmode: 'decimal', required: true, lang })}
${inputField(form, { name: 'reference', label: m.reference, maxLength: 120, lang })}
<button type="submit">${m.recordButton}</button>`,
  { action: membershipPath(territory.id, 'payments') },
)}
</section>`;
  return coordinatorPage(visit, territory, { title: m.membersTitle(year), body, notice });
}

/** The membership terms form. */
export function termsPage(visit: Visit, territory: Territory, form: FormState, notice?: string): string {
  const m = MEMBERSHIP_MESSAGES[visit.lang];
  const lang = visit.lang;
  const labels = {
    yearStartsMonth: m.yearStartsMonth,
    producerFeeCents: m.producerFee,
    hostFeeCents: m.hostFee,
    'charter.fr': m.charterFr,
    'charter.en': m.charterEn,
    'paymentInstructions.fr': m.instructionsFr,
    'paymentInstructions.en': m.instructionsEn,
    lapsedPolicy: m.lapsedPolicy,
    graceDays: m.graceDays,
  };
  const body = html`<p>${m.termsLead}</p>
${errorSummary(form, lang, labels)}
${postForm(
  visit,
  html`${inputField(form, { name: 'yearStartsMonth', label: m.yearStartsMonth, inputmode: 'numeric', required: true, lang })}
${inputField(form, { name: 'producerFeeCents', label: m.producerFee, inputmode: 'decimal', required: true, lang })}
${inputField(form, { name: 'hostFeeCents', label: m.hostFee, inputmode: 'decimal', required: true, lang })}
${textArea(form, { name: 'charter.fr', label: m.charterFr, required: true, rows: 8, lang })}
${textArea(form, { name: 'charter.en', label: m.charterEn, rows: 8, lang })}
${textArea(form, { name: 'paymentInstructions.fr', label: m.instructionsFr, required: true, rows: 3, lang })}
${textArea(form, { name: 'paymentInstructions.en', label: m.instructionsEn, rows: 3, lang })}
${selectField(form, { name: 'lapsedPolicy', label: m.lapsedPolicy, choices: (['hide', 'flag'] as const).map((value) => ({ value, label: m.policies[value] })), required: true, lang })}
${inputField(form, { name: 'graceDays', label: m.graceDays, inputmode: 'numeric', required: true, lang })}
<button type="submit">${PORTAL_MESSAGES[lang].save}</button>`,
  { className: 'card' },
)}`;
  return coordinatorPage(visit, territory, { title: m.terms, body, notice });
}

/** The form's values of stored terms (fees in euros as people type them). */
export function termsValues(terms: MembershipTerms | undefined, euros: (cents: number) => string): Record<string, unknown> {
  if (!terms) return { yearStartsMonth: '1', lapsedPolicy: 'flag', graceDays: '60' };
  return {
    yearStartsMonth: String(terms.yearStartsMonth),
    producerFeeCents: euros(terms.producerFeeCents),
    hostFeeCents: euros(terms.hostFeeCents),
    'charter.fr': terms.charter.fr,
    'charter.en': terms.charter.en ?? '',
    'paymentInstructions.fr': terms.paymentInstructions.fr,
    'paymentInstructions.en': terms.paymentInstructions.en ?? '',
    lapsedPolicy: terms.lapsedPolicy,
    graceDays: String(terms.graceDays),
  };
}
