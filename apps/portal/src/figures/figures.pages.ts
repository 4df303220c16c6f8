import {
  FIGURES_TABLES,
  figuresTable,
  type AccommodationFigures,
  type FiguresTable,
  type NamedCount,
  type OfferCounts,
  type ProducerFigures,
  type TerritoryFigures,
  type WeekCount,
} from '#insights';
import { html, type SafeHtml } from '#web';
import type { FormState } from '../forms/form-errors.js';
import { errorSummary, inputField } from '../forms/fields.js';
import { portalPage } from '../layout/portal-layout.js';
import type { PortalLanguage, Visit } from '../visit.js';
import { barChart } from './bar-chart.js';
import { siteVisitsTable } from './site-visits-table.js';
import { FIGURES_MESSAGES } from './figures.messages.js';
import { dayAndMonth, money } from '../layout/portal-format.js';

/** A GET form: the period is part of the address, so a page of figures can be bookmarked or shared. */
function periodForm(visit: Visit, form: FormState): SafeHtml {
  const m = FIGURES_MESSAGES[visit.lang];
  return html`<form method="get" action="${visit.path}" class="card" aria-label="${m.period}">
${errorSummary(form, visit.lang)}
<div class="row">
${inputField(form, { name: 'from', label: m.from, type: 'date', lang: visit.lang })}
${inputField(form, { name: 'to', label: m.to, type: 'date', lang: visit.lang })}
</div>
<button type="submit">${m.show}</button>
</form>`;
}

function keyFigures(items: { label: string; value: string }[]): SafeHtml {
  return html`<dl class="card key-figures">${items.map((item) => html`<div><dt>${item.label}</dt><dd>${item.value}</dd></div>`)}</dl>`;
}

function weekSection(id: string, title: string, weeks: WeekCount[], lang: PortalLanguage): SafeHtml {
  const m = FIGURES_MESSAGES[lang];
  return html`<h2>${m.perWeek}</h2>
${barChart(
  weeks.map((w) => ({ label: dayAndMonth(w.week, lang), value: w.count })),
  { id, title },
)}
<details><summary>${title} (${m.count.toLowerCase()})</summary>
<table><thead><tr><th scope="col">${m.week}</th><th scope="col">${m.count}</th></tr></thead>
<tbody>${weeks.map((w) => html`<tr><td>${dayAndMonth(w.week, lang)}</td><td>${w.count}</td></tr>`)}</tbody></table>
</details>`;
}

function namedTable(title: string, column: string, rows: NamedCount[], lang: PortalLanguage): SafeHtml {
  const m = FIGURES_MESSAGES[lang];
  return html`<h2>${title}</h2>
${
  rows.length === 0
    ? html`<p class="muted">${m.none}</p>`
    : html`<table class="stack"><thead><tr><th scope="col">${column}</th><th scope="col">${m.uses}</th><th scope="col">${m.spending}</th></tr></thead>
<tbody>${rows.map((row) => html`<tr><td>${row.name}</td><td>${row.redemptions}</td><td>${money(row.declaredSpendingCents, lang)}</td></tr>`)}</tbody></table>`
}`;
}

function offersTable(rows: OfferCounts[], lang: PortalLanguage): SafeHtml {
  const m = FIGURES_MESSAGES[lang];
  return html`<h2>${m.byOffer}</h2>
${
  rows.length === 0
    ? html`<p class="muted">${m.none}</p>`
    : html`<table class="stack"><thead><tr><th scope="col">${m.offer}</th><th scope="col">${m.views}</th><th scope="col">${m.uses}</th><th scope="col">${m.spending}</th></tr></thead>
<tbody>${rows.map(
        (row) => html`<tr><td>${row.name}</td><td>${row.views}</td><td>${row.redemptions}</td><td>${money(row.declaredSpendingCents, lang)}</td></tr>`,
      )}</tbody></table>`
}`;
}

export function producerFiguresPage(visit: Visit, form: FormState, figures?: ProducerFigures): string {
  const m = FIGURES_MESSAGES[visit.lang];
  const body = html`${periodForm(visit, form)}
${
  figures
    ? html`${keyFigures([
        { label: m.uses, value: String(figures.redemptions) },
        { label: m.spending, value: money(figures.declaredSpendingCents, visit.lang) },
        { label: m.passes, value: String(figures.passes) },
      ])}
${weekSection('uses-per-week', m.usesPerWeek, figures.byWeek, visit.lang)}
${offersTable(figures.byOffer, visit.lang)}
${namedTable(m.byAccommodation, m.accommodation, figures.byAccommodation, visit.lang)}
<p class="muted">${m.privacy}</p>`
    : ''
}`;
  return portalPage(visit, { title: m.producerTitle, body });
}

export function accommodationFiguresPage(visit: Visit, name: string, form: FormState, figures?: AccommodationFigures): string {
  const m = FIGURES_MESSAGES[visit.lang];
  const body = html`${periodForm(visit, form)}
${
  figures
    ? html`${keyFigures([
        { label: m.scans, value: `${figures.scans} (${m.scansFromQr} ${figures.scansFromQr})` },
        { label: m.passesIssued, value: String(figures.passes) },
        { label: m.guests, value: String(figures.guests) },
        { label: m.uses, value: String(figures.redemptions) },
        { label: m.spending, value: money(figures.declaredSpendingCents, visit.lang) },
      ])}
${weekSection('scans-per-week', m.scansPerWeek, figures.scansByWeek, visit.lang)}
${namedTable(m.byProducer, m.producer, figures.byProducer, visit.lang)}
<h2>${m.byLanguage}</h2>
${
  figures.scansByLanguage.length === 0
    ? html`<p class="muted">${m.none}</p>`
    : html`<table><thead><tr><th scope="col">${m.language}</th><th scope="col">${m.scans}</th></tr></thead>
<tbody>${figures.scansByLanguage.map((row) => html`<tr><td>${row.lang.toUpperCase()}</td><td>${row.count}</td></tr>`)}</tbody></table>`
}
<p class="muted">${m.privacy}</p>`
    : ''
}`;
  return portalPage(visit, { title: m.accommodationTitle(name), body });
}

function tableOf(table: FiguresTable): SafeHtml {
  return html`<h2>${table.title}</h2>
<table class="stack"><thead><tr>${table.headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
<tbody>${table.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody></table>`;
}

export function territoryFiguresPage(visit: Visit, territoryName: string, form: FormState, figures?: TerritoryFigures): string {
  const m = FIGURES_MESSAGES[visit.lang];
  const period = figures ? `from=${figures.period.from}&to=${figures.period.to}` : '';
  const body = html`${periodForm(visit, form)}
${
  figures
    ? html`${keyFigures([
        { label: m.scans, value: `${figures.scans} (${m.scansFromQr} ${figures.scansFromQr})` },
        { label: m.passesIssued, value: String(figures.passes) },
        { label: m.uses, value: String(figures.redemptions) },
        { label: m.spending, value: money(figures.declaredSpendingCents, visit.lang) },
        { label: m.producersTakingPart, value: `${figures.producersTakingPart} / ${figures.activeProducers}` },
        { label: m.accommodationsTakingPart, value: `${figures.accommodationsTakingPart} / ${figures.activeAccommodations}` },
      ])}
<section class="card" aria-labelledby="report-title">
<h2 id="report-title">${m.report}</h2>
<p>${m.reportLead}</p>
<p><a class="button" href="${visit.path}/report.pdf?${period}&amp;lang=${visit.lang}">${m.reportPdf}</a></p>
<p>${m.csv}</p>
<ul>${FIGURES_TABLES.map((name) => html`<li><a href="${visit.path}/table.csv?table=${name}&amp;${period}&amp;lang=${visit.lang}" download>${figuresTable(figures, name, visit.lang).title} (CSV)</a></li>`)}</ul>
</section>
<h2>${m.perMonth}</h2>
${barChart(
  figures.byMonth.map((p) => ({ label: p.period, value: p.redemptions })),
  { id: 'uses-per-month', title: m.usesPerMonth },
)}
${barChart(
  figures.byWeek.map((p) => ({ label: dayAndMonth(p.period, visit.lang), value: p.scans })),
  { id: 'scans-per-week', title: m.scansPerWeek },
)}
${tableOf(figuresTable(figures, 'producers', visit.lang))}
${tableOf(figuresTable(figures, 'accommodations', visit.lang))}
${tableOf(figuresTable(figures, 'hosts', visit.lang))}
${tableOf(figuresTable(figures, 'flow', visit.lang))}
${siteVisitsTable(figures, visit.lang)}
<p class="muted">${m.privacy}</p>`
    : ''
}`;
  return portalPage(visit, { title: m.territoryTitle(territoryName), body });
}
