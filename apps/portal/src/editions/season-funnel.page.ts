import type { SeasonView } from '#association';
import type { Territory } from '#directory';
import type { SeasonsFunnelView } from '#insights';
import { html } from '#web';
import { coordinatorPage } from '../coordinator/coordinator-section.js';
import { selectField } from '../forms/fields.js';
import { calendarDay, colon } from '../layout/portal-format.js';
import type { Visit } from '../visit.js';
import { EDITIONS_MESSAGES } from './editions.messages.js';
import { funnelComparison } from './funnel-comparison.js';

/** Two seasons compared host by host, each with the editions printed for it and its dates. */
export function seasonFunnelPage(visit: Visit, territory: Territory, seasons: SeasonView[], funnel: SeasonsFunnelView): string {
  const lang = visit.lang;
  const m = EDITIONS_MESSAGES[lang];
  const choices = seasons.map((s) => ({ value: s.id, label: s.name }));
  const [first, second] = funnel.seasons.map((f) => f.season.id);
  const form = html`<form method="get" action="${visit.path}" class="card"><h2>${m.seasonsCompare}</h2>
${selectField({ values: { a: first ?? '' }, errors: {} }, { name: 'a', label: m.firstSeason, choices, lang })}
${selectField({ values: { b: second ?? first ?? '' }, errors: {} }, { name: 'b', label: m.secondSeason, choices, lang })}
<button type="submit">${m.compareButton}</button></form>`;
  const titles = funnel.seasons.map(({ season }) => season.name);
  const editions = funnel.seasons.map(
    ({ season }) =>
      html`<li>${season.name}${colon(lang)}${m.seasonEditions(`${calendarDay(season.startsOn, lang)} – ${calendarDay(season.endsOn, lang)}`, season.editions.join(', '))}</li>`,
  );
  const body = seasons.length
    ? html`<p>${m.seasonsLead}</p>${form}${funnelComparison(
        { heading: m.season, titles },
        funnel.hosts,
        funnel.seasons.map((f) => f.total),
        lang,
      )}<ul>${editions}</ul>`
    : html`<p>${m.noSeasons}</p>`;
  return coordinatorPage(visit, territory, { title: m.seasonsTitle, body });
}
