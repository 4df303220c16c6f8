import type { Territory } from '#directory';
import type { AccommodationFunnelView, EditionView, TerritoryFunnelView } from '#insights';
import { html, raw } from '#web';
import { coordinatorPage, coordinatorPath } from '../coordinator/coordinator-section.js';
import { errorSummary, inputField, selectField } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { calendarDay } from '../layout/portal-format.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { COUPONS_MESSAGES } from '../coupons/coupons.messages.js';
import { EDITIONS_MESSAGES } from './editions.messages.js';
import { funnelCells, funnelHeaders } from './funnel-cells.js';
import { funnelComparison } from './funnel-comparison.js';

export interface CoordinatorForms {
  create: FormState;
  copies: FormState;
  compare: { first?: number; second?: number };
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
${
  funnel && funnel.editions.length
    ? html`${funnelComparison(
        { heading: m.edition, titles: funnel.editions.map((f) => `${f.edition.number} — ${f.edition.name}`) },
        funnel.hosts,
        funnel.editions.map((f) => f.total),
        lang,
      )}<p><a href="${path('editions/funnel.csv')}?compare=${compareQuery}">${m.csv}</a></p>`
    : ''
}
<p><a href="${path('editions/seasons')}">${m.seasonsLink}</a></p>`;
  return coordinatorPage(visit, territory, { title: m.title, body });
}

/** A host's own accommodation in each edition, with a form for the copies it received. */
export function hostEditionsPage(visit: Visit, funnel: AccommodationFunnelView, forms: Map<string, FormState>): string {
  const lang = visit.lang;
  const m = EDITIONS_MESSAGES[lang];
  const rows = funnel.editions.map((f) => {
    const form = forms.get(f.edition.id) ?? { values: { copies: String(f.total.copies) }, errors: {} };
    return html`<section class="card"><h2>${f.edition.number} — ${f.edition.name}</h2>
<div class="table-wrap"><table><thead><tr>${funnelHeaders(lang)}</tr></thead>
<tbody><tr>${funnelCells(f.total, lang)}</tr></tbody></table></div>
${postForm(
  visit,
  html`${inputField(form, { name: 'copies', label: m.recordCopies, type: 'number', inputmode: 'numeric', min: '0', lang })}<button type="submit">${m.save}</button>`,
  { action: `${visit.path}/${f.edition.id}/copies`, label: `${m.recordCopies} — ${f.edition.name}` },
)}</section>`;
  });
  const body = html`<p>${m.hostLead}</p>${rows.length ? rows : html`<p>${m.none}</p>`}${raw('')}`;
  return portalPage(visit, { title: m.hostTitle(funnel.accommodationName), body });
}
