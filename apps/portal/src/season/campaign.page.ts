import type { CampaignProducerView, CampaignView, FieldChangeView, HandedLinkView } from '#association';
import type { Territory } from '#directory';
import { html, type SafeHtml } from '#web';
import { coordinatorPage, coordinatorPath, dateTime } from '../coordinator/coordinator-section.js';
import { errorSummary, inputField } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { calendarDay, colon } from '../layout/portal-format.js';
import { postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { SEASON_MESSAGES } from './season.messages.js';

export const seasonPath = (territoryId: string, rest = '') => coordinatorPath(territoryId, rest ? `season/${rest}` : 'season');

/** No season open: the form that opens one. */
export function openSeasonPage(visit: Visit, territory: Territory, form: FormState): string {
  const m = SEASON_MESSAGES[visit.lang];
  const lang = visit.lang;
  const labels = { name: m.name, startsOn: m.startsOn, endsOn: m.endsOn, printDeadline: m.printDeadline };
  const body = html`<p>${m.openLead}</p>
${errorSummary(form, lang, labels)}
${postForm(
  visit,
  html`<div class="card">
${inputField(form, { name: 'name', label: m.name, required: true, maxLength: 80, lang })}
${inputField(form, { name: 'startsOn', label: m.startsOn, type: 'date', required: true, lang })}
${inputField(form, { name: 'endsOn', label: m.endsOn, type: 'date', required: true, lang })}
${inputField(form, { name: 'printDeadline', label: m.printDeadline, type: 'date', required: true, lang })}
<button type="submit">${m.open}</button></div>`,
  { action: seasonPath(territory.id) },
)}`;
  return coordinatorPage(visit, territory, { title: m.openTitle, body });
}

const changeList = (changes: FieldChangeView[]): SafeHtml =>
  changes.length === 0 ? html`` : html`<ul>${changes.map((c) => html`<li>${c.field} : <del>${c.from ?? '—'}</del> → <ins>${c.to ?? '—'}</ins></li>`)}</ul>`;

function producerRow(visit: Visit, territory: Territory, row: CampaignProducerView): SafeHtml {
  const m = SEASON_MESSAGES[visit.lang];
  const at = (instant: Date | null, none: string) => (instant ? dateTime(new Date(instant), territory, visit.lang) : none);
  const opened = row.firstOpenedAt && row.lastOpenedAt ? m.openedRange(at(row.firstOpenedAt, ''), at(row.lastOpenedAt, '')) : m.notOpened;
  const by = row.confirmedVia === 'coordinator' ? m.byCoordinator(row.confirmedBy ?? '—') : m.byProducer;
  const confirmed = row.confirmedAt ? `${at(row.confirmedAt, '')} ${by}` : m.notConfirmed;
  return html`<tr>
<td><input type="checkbox" name="producerIds" value="${row.producerId}" aria-label="${m.choose} ${row.name}"></td>
<th scope="row">${row.name}</th>
<td>${at(row.mailedAt, m.notMailed)}</td>
<td>${opened}</td>
<td>${confirmed}</td>
<td>${changeList(row.businessChanges)}${row.decisions.length === 0 ? '' : html`<ul>${row.decisions.map((d) => html`<li>${d.title}${colon(visit.lang)}${m.decisions[d.decision]}${changeList(d.changes)}</li>`)}</ul>`}</td>
<td><a href="${seasonPath(territory.id, `producers/${row.producerId}`)}">${m.answerFor}</a>
<button type="submit" class="secondary" formaction="${seasonPath(territory.id, `producers/${row.producerId}/link`)}" aria-label="${m.handOver} — ${row.name}">${m.handOver}</button></td>
</tr>`;
}

/** The campaign under way: who was mailed, opened, confirmed and what changed; reminders, answers on a producer's behalf, offers left out. */
export function campaignPage(visit: Visit, territory: Territory, campaign: CampaignView, notice?: string, handed?: HandedLinkView): string {
  const m = SEASON_MESSAGES[visit.lang];
  const s = campaign.season;
  const day = (date: string) => calendarDay(date, visit.lang);
  const link = handed
    ? html`<div class="card" role="status"><p>${m.handedLead(handed.producerName)}</p>
<div class="field"><label for="handed-link">${m.handOver}</label><input id="handed-link" type="text" readonly value="${handed.url}"></div></div>`
    : '';
  const body = html`${link}<p>${m.season(s.name, day(s.startsOn), day(s.endsOn), day(s.printDeadline))}</p>
${postForm(
  visit,
  html`<div class="table-wrap"><table class="stack">
<thead><tr><th scope="col">${m.choose}</th><th scope="col">${m.producer}</th><th scope="col">${m.mailed}</th><th scope="col">${m.opened_}</th><th scope="col">${m.confirmed}</th><th scope="col">${m.changes}</th><th scope="col"></th></tr></thead>
<tbody>${campaign.producers.map((row) => producerRow(visit, territory, row))}</tbody>
</table></div>
<p class="row"><button type="submit" name="all" value="1">${m.remindAll}</button> <button type="submit" class="secondary">${m.remindChosen}</button></p>`,
  { action: seasonPath(territory.id, 'remind') },
)}
<section class="card" aria-labelledby="unconfirmed-title"><h2 id="unconfirmed-title">${m.unconfirmed}</h2>
${
  campaign.unconfirmedOffers.length === 0
    ? html`<p>${m.noUnconfirmed}</p>`
    : html`<ul>${campaign.unconfirmedOffers.map(
        (offer) =>
          html`<li>${offer.producerName} — ${offer.title} ${postForm(visit, html`<button type="submit" class="secondary">${m.leaveOut}</button>`, {
            action: seasonPath(territory.id, `offers/${offer.offerId}/leave-out`),
            className: 'inline',
          })}</li>`,
      )}</ul>`
}
</section>
${postForm(visit, html`<button type="submit" class="secondary">${m.close}</button>`, { action: seasonPath(territory.id, 'close') })}`;
  return coordinatorPage(visit, territory, { title: `${m.campaignTitle}${colon(visit.lang)}${s.name}`, body, notice });
}
