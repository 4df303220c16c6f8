import { numberFormat } from '#common';
import type { Territory } from '#directory';
import type { AccommodationFunnelView, EditionView, FunnelCounts, TerritoryFunnelView } from '#insights';
import { html, raw, type SafeHtml } from '#web';
import { coordinatorPage, coordinatorPath } from '../coordinator/coordinator-section.js';
import { errorSummary, inputField, selectField } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { calendarDay, money } from '../layout/portal-format.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import type { PortalLanguage, Visit } from '../visit.js';
import { COUPONS_MESSAGES } from '../coupons/coupons.messages.js';
import { EDITIONS_MESSAGES } from './editions.messages.js';

export interface CoordinatorForms {
  create: FormState;
  copies: FormState;
  compare: { first?: number; second?: number };
}

const rate = (value: number | null, lang: PortalLanguage) => (value === null ? '—' : numberFormat(lang, { maximumFractionDigits: 2 }).format(value));

/** The steps of one funnel as cells: copies → openings → passes → uses → spending. */
const stepCells = (c: FunnelCounts, lang: PortalLanguage) =>
  html`<td class="n">${c.copies}</td><td class="n">${c.openings}</td><td class="n">${c.passes}</td><td class="n">${c.uses}</td><td class="n">${money(c.spendingCents, lang)}</td>`;

/** Host by host, the editions compared side by side, with each one's total last. */
function comparisonTable(funnel: TerritoryFunnelView, lang: PortalLanguage): SafeHtml {
  const m = EDITIONS_MESSAGES[lang];
  const steps = [m.copies, m.openings, m.passes, m.uses, m.spending];
  return html`<div class="table-wrap"><table>
<thead><tr><th scope="col" rowspan="2">${m.accommodation}</th>${funnel.editions.map((f) => html`<th scope="colgroup" colspan="5">${f.edition.number} — ${f.edition.name}</th>`)}</tr>
<tr>${funnel.editions.map(() => steps.map((step) => html`<th scope="col" class="n">${step}</th>`))}</tr></thead>
<tbody>${funnel.hosts.map((host) => html`<tr><th scope="row">${host.accommodationName}</th>${host.editions.map((c) => stepCells(c, lang))}</tr>`)}
<tr><th scope="row">${m.all}</th>${funnel.editions.map((f) => stepCells(f.total, lang))}</tr></tbody>
</table></div>
<p>${funnel.editions.map((f) => html`<span>${f.edition.number}: ${m.rateLine(rate(f.total.openingsPerCopy, lang), rate(f.total.passesPerOpening, lang), rate(f.total.usesPerPass, lang))}</span><br>`)}</p>`;
}

/** The coordinator's editions: the list with each one's brochure, a new edition, the copies per host, and two editions compared. */
export function coordinatorEditionsPage(
  visit: Visit,
  territory: Territory,
  editions: EditionView[],
  accommodations: { id: string; name: string }[],
  funnel: TerritoryFunnelView | undefined,
  forms: CoordinatorForms,
): string {
  const lang = visit.lang;
  const m = EDITIONS_MESSAGES[lang];
  const path = (rest: string) => coordinatorPath(territory.id, rest);
  const choices = editions.map((e) => ({ value: String(e.number), label: `${e.number} — ${e.name}` }));
  const brochure = (e: EditionView) => `${path('brochure.pdf')}?edition=${e.number}&lang=${e.lang}&format=${e.format}`;
  const list = editions.length
    ? html`<div class="table-wrap"><table><thead><tr><th scope="col">${m.number}</th><th scope="col">${m.name}</th><th scope="col">${m.printedOn}</th><th scope="col" class="n">${m.copies}</th><th scope="col"></th></tr></thead>
<tbody>${editions.map((e) => html`<tr><td>${e.number}</td><td>${e.name}</td><td>${calendarDay(e.printedOn, lang)}</td><td class="n">${e.copies}</td><td><a href="${brochure(e)}">${m.download}</a></td></tr>`)}</tbody></table></div>`
    : html`<p>${m.none}</p>`;
  const compareForm = html`<form method="get" action="${visit.path}" class="card"><h2>${m.compare}</h2>
${selectField({ values: { a: String(forms.compare.first ?? '') }, errors: {} }, { name: 'a', label: m.first, choices, lang })}
${selectField({ values: { b: String(forms.compare.second ?? '') }, errors: {} }, { name: 'b', label: m.second, choices, lang })}
<button type="submit">${m.compareButton}</button></form>`;
  const compareQuery = funnel ? funnel.editions.map((f) => f.edition.number).join(',') : '';
  const body = html`<p>${m.lead}</p>
${list}
<p><a href="${path('coupons')}">${COUPONS_MESSAGES[lang].link}</a></p>
${errorSummary(forms.create, lang, { name: m.name, format: m.format, lang: m.language })}
${postForm(
  visit,
  html`<h2>${m.create}</h2>
${inputField(forms.create, { name: 'name', label: m.name, maxLength: 80, lang })}
${selectField(forms.create, { name: 'format', label: m.format, choices: ['A5', 'A4'].map((value) => ({ value, label: value })), lang })}
${selectField(forms.create, { name: 'lang', label: m.language, choices: ['fr', 'en'].map((value) => ({ value, label: value.toUpperCase() })), lang })}
<button type="submit">${m.createButton}</button>`,
  { action: path('editions'), className: 'card' },
)}
${
  editions.length
    ? html`${errorSummary(forms.copies, lang, { copies: m.copies })}
${postForm(
  visit,
  html`<h2>${m.recordCopies}</h2>
${selectField(forms.copies, { name: 'edition', label: m.edition, choices, lang })}
${selectField(forms.copies, { name: 'accommodationId', label: m.accommodation, choices: accommodations.map((a) => ({ value: a.id, label: a.name })), lang })}
${inputField(forms.copies, { name: 'copies', label: m.copies, type: 'number', inputmode: 'numeric', min: '0', lang })}
<button type="submit">${m.save}</button>`,
  { action: path('editions/copies'), className: 'card' },
)}
${compareForm}`
    : ''
}
${funnel && funnel.editions.length ? html`${comparisonTable(funnel, lang)}<p><a href="${path('editions/funnel.csv')}?compare=${compareQuery}">${m.csv}</a></p>` : ''}`;
  return coordinatorPage(visit, territory, { title: m.title, body });
}

/** A host's own accommodation in each edition, with a form for the copies it received. */
export function hostEditionsPage(visit: Visit, funnel: AccommodationFunnelView, forms: Map<string, FormState>): string {
  const lang = visit.lang;
  const m = EDITIONS_MESSAGES[lang];
  const rows = funnel.editions.map((f) => {
    const form = forms.get(f.edition.id) ?? { values: { copies: String(f.total.copies) }, errors: {} };
    return html`<section class="card"><h2>${f.edition.number} — ${f.edition.name}</h2>
<div class="table-wrap"><table><thead><tr><th scope="col" class="n">${m.copies}</th><th scope="col" class="n">${m.openings}</th><th scope="col" class="n">${m.passes}</th><th scope="col" class="n">${m.uses}</th><th scope="col" class="n">${m.spending}</th></tr></thead>
<tbody><tr>${stepCells(f.total, lang)}</tr></tbody></table></div>
<p>${m.rateLine(rate(f.total.openingsPerCopy, lang), rate(f.total.passesPerOpening, lang), rate(f.total.usesPerPass, lang))}</p>
${postForm(
  visit,
  html`${inputField(form, { name: 'copies', label: m.recordCopies, type: 'number', inputmode: 'numeric', min: '0', lang })}<button type="submit">${m.save}</button>`,
  { action: `${visit.path}/${f.edition.id}/copies`, label: `${m.recordCopies} — ${f.edition.name}` },
)}</section>`;
  });
  const body = html`<p>${m.hostLead}</p>${rows.length ? rows : html`<p>${m.none}</p>`}${raw('')}`;
  return portalPage(visit, { title: m.hostTitle(funnel.accommodationName), body });
}
