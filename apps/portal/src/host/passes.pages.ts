import { randomUUID } from 'node:crypto';
import { LANGUAGES, type Page } from '#common';
import { codeForReaders, type Accommodation } from '#directory';
import type { IssuedPass, PassView } from '#passes';
import { html, type SafeHtml } from '#web';
import { errorSummary, inputField, selectField } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import type { PortalLanguage, Visit } from '../visit.js';
import { accommodationPath } from './accommodations.pages.js';
import { HOST_MESSAGES } from './host.messages.js';
import { calendarDay } from '../layout/portal-format.js';

export const passPath = (code: string) => `/app/host/passes/${code}`;

const stayOf = (pass: { arrival: string; departure: string }, lang: PortalLanguage) =>
  HOST_MESSAGES[lang].from(calendarDay(pass.arrival, lang), calendarDay(pass.departure, lang));

function issueForm(visit: Visit, accommodation: Accommodation, form: FormState): SafeHtml {
  const m = HOST_MESSAGES[visit.lang];
  const lang = visit.lang;
  if (accommodation.status !== 'active') return html`<p>${m.notActive}</p>`;
  const languages = LANGUAGES.map((value) => ({ value, label: m.languages[value] }));
  return html`<p>${m.issueLead}</p>
${errorSummary(form, lang, { arrival: m.arrival, departure: m.departure, guests: m.guests, lang: m.passLanguage })}
${postForm(
  visit,
  html`<input type="hidden" name="key" value="${randomUUID()}">
${inputField(form, { name: 'arrival', label: m.arrival, hint: m.dateHint, type: 'date', required: true, lang })}
${inputField(form, { name: 'departure', label: m.departure, hint: m.departureHint, type: 'date', required: true, lang })}
${inputField(form, { name: 'guests', label: m.guests, type: 'number', inputmode: 'numeric', min: '1', max: '50', required: true, lang })}
${selectField(form, { name: 'lang', label: m.passLanguage, choices: languages, lang })}
<button type="submit">${m.issue}</button>`,
  { action: `${accommodationPath(accommodation.id)}/passes` },
)}`;
}

function passesTable(visit: Visit, list: Page<IssuedPass>): SafeHtml {
  const m = HOST_MESSAGES[visit.lang];
  const lang = visit.lang;
  if (list.total === 0) return html`<p>${m.noPasses}</p>`;
  const pages = Math.max(1, Math.ceil(list.total / list.limit));
  return html`<table class="stack">
<caption class="visually-hidden">${m.issuedList}</caption>
<thead><tr><th scope="col">${m.code}</th><th scope="col">${m.stay}</th><th scope="col">${m.guests}</th><th scope="col">${m.language}</th><th scope="col">${m.passStatus}</th><th scope="col">${m.uses}</th></tr></thead>
<tbody>${list.items.map(
    (pass) =>
      html`<tr>
<th scope="row"><a href="${passPath(pass.code)}" aria-label="${m.open(codeForReaders(pass.code))}">${codeForReaders(pass.code)}</a></th>
<td>${stayOf(pass, lang)}</td>
<td>${m.guestsCount(pass.guests)}</td>
<td>${m.languages[pass.lang]}</td>
<td><span class="status">${m.validity[pass.validity]}</span></td>
<td>${m.usesCount(pass.uses)}</td>
</tr>`,
  )}</tbody>
</table>
${
  pages > 1
    ? html`<nav aria-label="${m.issuedList}" class="row">${list.page > 1 ? html`<a href="?page=${list.page - 1}">${m.newer}</a>` : ''} <span>${m.pageOf(list.page, pages)}</span> ${list.page < pages ? html`<a href="?page=${list.page + 1}">${m.older}</a>` : ''}</nav>`
    : ''
}`;
}

/** An accommodation's passes: a form to issue one for a stay, and those already issued. */
export function passesPage(visit: Visit, accommodation: Accommodation, list: Page<IssuedPass>, form: FormState): string {
  const m = HOST_MESSAGES[visit.lang];
  const body = html`<p><a href="/app/host">${m.backToList}</a></p>
<section class="card" aria-labelledby="issue-title"><h2 id="issue-title">${m.issueTitle}</h2>
${issueForm(visit, accommodation, form)}
</section>
<section aria-labelledby="issued-title"><h2 id="issued-title">${m.issuedList}</h2>
${passesTable(visit, list)}
</section>`;
  return portalPage(visit, { title: m.passesTitle(accommodation.name), body });
}

/** One pass: what it holds, the link to send, its card to print, and cancelling it. */
export function passPage(visit: Visit, pass: PassView, notice?: string): string {
  const m = HOST_MESSAGES[visit.lang];
  const lang = visit.lang;
  const path = passPath(pass.code);
  const body = html`<p><a href="${accommodationPath(pass.accommodationId)}/passes">${m.backToPasses}</a></p>
<dl class="card facts">
<dt>${m.accommodation}</dt><dd>${pass.accommodationName}</dd>
<dt>${m.stay}</dt><dd>${stayOf(pass, lang)}</dd>
<dt>${m.guests}</dt><dd>${m.guestsCount(pass.guests)}</dd>
<dt>${m.passLanguage}</dt><dd>${m.languages[pass.lang]}</dd>
<dt>${m.passStatus}</dt><dd><span class="status">${m.validity[pass.validity]}</span></dd>
</dl>
<section class="card" aria-labelledby="link-title"><h2 id="link-title">${m.touristLink}</h2>
<p class="hint">${m.touristLinkHint}</p>
<p><a href="${pass.url}">${pass.url}</a></p>
<p><a class="button" href="${path}/card.pdf" download>${m.printCard(codeForReaders(pass.code))}</a></p>
</section>
${
  pass.status === 'active'
    ? html`<section class="card" aria-labelledby="cancel-title"><h2 id="cancel-title">${m.cancelPass}</h2>
<p class="hint">${m.cancelHint}</p>
${postForm(visit, html`<button type="submit" class="danger">${m.cancelPass}</button>`, { action: `${path}/cancel` })}
</section>`
    : ''
}`;
  return portalPage(visit, { title: m.passTitle(codeForReaders(pass.code)), body, notice });
}
