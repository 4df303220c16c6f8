import type { OwnMemberYearView } from '#association';
import { translate } from '#common';
import { html, type SafeHtml } from '#web';
import { calendarDay, colon, money } from '../layout/portal-format.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { MEMBERSHIP_MESSAGES } from './membership.messages.js';

/** A member's own year: its standing, the charter to accept, the fee and how to pay, its receipts. */
export function ownYearPage(
  visit: Visit,
  options: { name: string; year: OwnMemberYearView | undefined; action: string; receipts?: (id: string) => string; notice?: string; error?: string },
): string {
  const m = MEMBERSHIP_MESSAGES[visit.lang];
  const y = options.year;
  if (!y) return portalPage(visit, { title: options.name, body: html`<p>${m.notManaged}</p>` });
  const flag = y.status === 'lapsed' ? html`<p class="error" role="status">${y.offersWithheld ? m.withheld : m.flagged}</p>` : '';
  const charter: SafeHtml = y.charterAccepted
    ? html`<p>${m.accepted(calendarDay(y.charterAcceptedAt!.toISOString().slice(0, 10), visit.lang))}</p>`
    : postForm(
        visit,
        html`<input type="hidden" name="year" value="${String(y.year)}">
${options.error ? html`<p class="error" id="f-accepted-error">${options.error}</p>` : ''}
<div class="choices"><label for="f-accepted"><input type="checkbox" id="f-accepted" name="accepted" value="yes" required${options.error ? html` aria-describedby="f-accepted-error" aria-invalid="true"` : ''}>${m.accept}</label></div>
<button type="submit">${m.acceptButton}</button>`,
        { action: options.action },
      );
  const payments = y.payments.map(
    (p) =>
      html`<li>${calendarDay(p.paidOn, visit.lang)} · ${money(p.amountCents, visit.lang)} · ${m.methods[p.method]} · ${
        p.cancelledAt
          ? m.cancelled(p.cancelReason ?? '')
          : options.receipts
            ? html`<a href="${options.receipts(p.id)}" download>${m.receipt(p.receiptNumber)}</a>`
            : m.receipt(p.receiptNumber)
      }</li>`,
  );
  const body = html`${flag}
<p><strong>${m.statuses[y.status]}</strong></p>
<section class="card" aria-labelledby="charter"><h2 id="charter">${m.charter}</h2>
<div class="charter">${translate(y.charter, visit.lang)
    .split(/\n{2,}/)
    .map((paragraph) => html`<p>${paragraph}</p>`)}</div>
${charter}
</section>
<section class="card" aria-labelledby="fee"><h2 id="fee">${m.fee}</h2>
${y.feeCents === 0 ? html`<p>${m.noFee}</p>` : html`<p>${m.fee}${colon(visit.lang)}${money(y.feeCents, visit.lang)} · ${m.paid}${colon(visit.lang)}${money(y.paidCents, visit.lang)}</p>`}
${y.paid ? '' : html`<h3>${m.howToPay}</h3><p>${translate(y.paymentInstructions, visit.lang)}</p>`}
${payments.length > 0 ? html`<h3>${m.payments}</h3><ul>${payments}</ul>` : ''}
</section>`;
  return portalPage(visit, { title: `${m.title(y.year)} — ${options.name}`, body, notice: options.notice });
}
