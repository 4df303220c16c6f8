import { translate } from '#common';
import {
  FIGURES_TABLES,
  figuresFormat,
  figuresTable,
  type AccommodationFigures,
  type FiguresPeriod,
  type NamedCount,
  type ProducerFigures,
  type TerritoryFigures,
  type WeekCount,
} from '#insights';
import { html, type SafeHtml } from '#web';
import type { FormState } from '../forms/form-errors.js';
import { errorSummary, inputField } from '../forms/fields.js';
import { portalPage } from '../layout/portal-layout.js';
import type { PortalLanguage, Visit } from '../visit.js';
import { dayAndMonth } from '../layout/portal-format.js';
import { barChart } from './bar-chart.js';
import { cardsTable } from './figures-cards.js';
import { siteVisitsTable } from './site-visits-table.js';
import { FIGURES_MESSAGES } from './figures.messages.js';
import { recordedViaFigure } from './recorded-via.js';

/**
 * The period shown, said first (a phone shows it before anything else), then a GET form with its
 * days filled in: the period is part of the address, so a page of figures can be bookmarked or shared.
 */
function periodForm(visit: Visit, form: FormState, period?: FiguresPeriod): SafeHtml {
  const m = FIGURES_MESSAGES[visit.lang];
  const values = period ? { from: period.from, to: period.to, ...withoutEmpty(form.values) } : form.values;
  return html`${period ? html`<p class="period"><strong>${m.periodShown(figuresFormat(visit.lang).period(period))}</strong><br><span class="muted">${m.seasonHint}</span></p>` : ''}
<form method="get" action="${visit.path}" class="card" aria-label="${m.period}">
${errorSummary(form, visit.lang)}
<div class="row period-days">
${inputField({ ...form, values }, { name: 'from', label: m.from, type: 'date', lang: visit.lang })}
${inputField({ ...form, values }, { name: 'to', label: m.to, type: 'date', lang: visit.lang })}
</div>
<button type="submit">${m.show}</button>
</form>`;
}

/** The territory's six tables show their first five rows each, the rest is in their CSV: the page stays a few screens long on a phone. */
const TERRITORY_TOP_ROWS = 5;

const withoutEmpty = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== ''));

function keyFigures(items: { label: string; value: string; detail?: string }[]): SafeHtml {
  return html`<dl class="card key-figures">${items.map(
    (item) => html`<div><dt>${item.label}</dt><dd>${item.value}${item.detail ? html`<small>${item.detail}</small>` : ''}</dd></div>`,
  )}</dl>`;
}

function weekSection(id: string, title: string, weeks: WeekCount[], lang: PortalLanguage): SafeHtml {
  const m = FIGURES_MESSAGES[lang];
  const f = figuresFormat(lang);
  return html`<h2>${m.perWeek}</h2>
${barChart(
  weeks.map((w) => ({ label: dayAndMonth(w.week, lang), value: w.count })),
  { id, title },
)}
<details><summary>${title} (${m.count.toLowerCase()})</summary>
<table><thead><tr><th scope="col">${m.week}</th><th scope="col" class="n">${m.count}</th></tr></thead>
<tbody>${weeks.map((w) => html`<tr><td>${f.day(w.week)}</td><td class="n">${f.count(w.count)}</td></tr>`)}</tbody></table>
</details>`;
}

function namedTable(id: string, title: string, column: string, rows: NamedCount[], lang: PortalLanguage): SafeHtml {
  const m = FIGURES_MESSAGES[lang];
  const f = figuresFormat(lang);
  return cardsTable(
    {
      title,
      headers: [column, m.uses, `${m.spending} (€)`],
      numeric: [false, true, true],
      rows: rows.map((row) => [row.name, f.count(row.redemptions), f.euros(row.declaredSpendingCents)]),
    },
    { id, lang },
  );
}

export function producerFiguresPage(visit: Visit, form: FormState, figures?: ProducerFigures): string {
  const m = FIGURES_MESSAGES[visit.lang];
  const f = figuresFormat(visit.lang);
  const body = html`${periodForm(visit, form, figures?.period)}
${
  figures
    ? html`${keyFigures([
        { label: m.uses, value: f.count(figures.redemptions) },
        recordedViaFigure(figures.usesRecordedVia, visit.lang),
        { label: m.spending, value: f.money(figures.declaredSpendingCents) },
        { label: m.passes, value: f.count(figures.passes) },
      ])}
${weekSection('uses-per-week', m.usesPerWeek, figures.byWeek, visit.lang)}
${cardsTable(
  {
    title: m.byOffer,
    headers: [m.offer, m.uses, m.usesPer100, `${m.spending} (€)`],
    numeric: [false, true, true, true],
    rows: figures.byOffer.map((o) => [translate(o.title, visit.lang), f.count(o.redemptions), f.rate(o.usesPer100Views), f.euros(o.declaredSpendingCents)]),
  },
  { id: 'by-offer', lang: visit.lang, note: m.usesPer100Note },
)}
${namedTable('by-accommodation', m.byAccommodation, m.accommodation, figures.byAccommodation, visit.lang)}
<p class="muted">${m.privacy}</p>`
    : ''
}`;
  return portalPage(visit, { title: m.producerTitle, body });
}

export function accommodationFiguresPage(visit: Visit, name: string, form: FormState, figures?: AccommodationFigures): string {
  const m = FIGURES_MESSAGES[visit.lang];
  const f = figuresFormat(visit.lang);
  const body = html`${periodForm(visit, form, figures?.period)}
${
  figures
    ? html`${keyFigures([
        { label: m.scans, value: f.count(figures.scans), detail: `${m.scansFromQr} ${f.count(figures.scansFromQr)}` },
        { label: m.passesIssued, value: f.count(figures.passes) },
        { label: m.guests, value: f.count(figures.guests) },
        { label: m.uses, value: f.count(figures.redemptions) },
        { label: m.spending, value: f.money(figures.declaredSpendingCents) },
      ])}
${weekSection('scans-per-week', m.scansPerWeek, figures.scansByWeek, visit.lang)}
${namedTable('by-producer', m.byProducer, m.producer, figures.byProducer, visit.lang)}
${cardsTable(
  {
    title: m.byLanguage,
    headers: [m.language, m.scans],
    numeric: [false, true],
    rows: figures.scansByLanguage.map((row) => [row.lang.toUpperCase(), f.count(row.count)]),
  },
  { id: 'by-language', lang: visit.lang },
)}
<p class="muted">${m.privacy}</p>`
    : ''
}`;
  return portalPage(visit, { title: m.accommodationTitle(name), body });
}

export function territoryFiguresPage(visit: Visit, territoryName: string, form: FormState, figures?: TerritoryFigures): string {
  const m = FIGURES_MESSAGES[visit.lang];
  const f = figuresFormat(visit.lang);
  const period = figures ? `from=${figures.period.from}&to=${figures.period.to}` : '';
  const csv = (name: string) => `${visit.path}/table.csv?table=${name}&${period}&lang=${visit.lang}`;
  const previous = figures?.previous;
  const before = (now: number, then: number | undefined, written: (n: number) => string) =>
    previous && then !== undefined ? m.before(previous.period.from.slice(0, 4), written(then), f.change(now, then)) : undefined;
  const table = (name: 'communes' | 'producers' | 'offers' | 'accommodations' | 'hosts' | 'flow', note?: string) =>
    figures
      ? cardsTable(figuresTable(figures, name, visit.lang, f), { id: `table-${name}`, lang: visit.lang, note, csv: csv(name), top: TERRITORY_TOP_ROWS })
      : '';
  const body = html`${periodForm(visit, form, figures?.period)}
${
  figures
    ? html`${keyFigures([
        { label: m.scans, value: f.count(figures.scans), detail: before(figures.scans, previous?.scans, f.count) },
        { label: m.passesIssued, value: f.count(figures.passes), detail: before(figures.passes, previous?.passes, f.count) },
        { label: m.uses, value: f.count(figures.redemptions), detail: before(figures.redemptions, previous?.redemptions, f.count) },
        recordedViaFigure(figures.usesRecordedVia, visit.lang),
        {
          label: m.spending,
          value: f.money(figures.declaredSpendingCents),
          detail: before(figures.declaredSpendingCents, previous?.declaredSpendingCents, f.money),
        },
        { label: m.producersTakingPart, value: `${f.count(figures.producersTakingPart)} / ${f.count(figures.activeProducers)}` },
        { label: m.accommodationsTakingPart, value: `${f.count(figures.accommodationsTakingPart)} / ${f.count(figures.activeAccommodations)}` },
        ...(figures.membership
          ? [
              {
                label: m.members(figures.membership.year),
                value: `${f.count(figures.membership.activeProducers)} / ${f.count(figures.membership.activeHosts)}`,
                detail: m.membershipPaid(f.money(figures.membership.paidCents)),
              },
            ]
          : []),
      ])}
<section class="card" aria-labelledby="report-title">
<h2 id="report-title">${m.report}</h2>
<p>${m.reportLead}</p>
<p><a class="button" href="${visit.path}/report.pdf?${period}&amp;lang=${visit.lang}">${m.reportPdf}</a></p>
<details><summary>${m.csv}</summary>
<ul>${FIGURES_TABLES.map((name) => html`<li><a href="${csv(name)}" download>${figuresTable(figures, name, visit.lang, f).title} (CSV)</a></li>`)}</ul>
</details>
</section>
<h2>${m.perMonth}</h2>
${barChart(
  figures.byMonth.map((p) => ({ label: f.monthShort(p.period), value: p.redemptions })),
  { id: 'uses-per-month', title: m.usesPerMonth },
)}
${barChart(
  figures.byWeek.map((p) => ({ label: dayAndMonth(p.period, visit.lang), value: p.scans })),
  { id: 'scans-per-week', title: m.scansPerWeek },
)}
${table('communes')}
${table('producers')}
${table('offers', m.usesPer100Note)}
${table('accommodations')}
${table('hosts')}
${table('flow')}
${siteVisitsTable(figures, visit.lang)}
<p class="muted">${m.privacy}</p>`
    : ''
}`;
  return portalPage(visit, { title: m.territoryTitle(territoryName), body });
}
