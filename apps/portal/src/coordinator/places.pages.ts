import type { Territory } from '#directory';
import { html, type SafeHtml } from '#web';
import { errorSummary } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { PORTAL_MESSAGES } from '../portal-messages.js';
import { postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { TALLY_MESSAGES } from '../producer/tally.messages.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';
import { coordinatorPage, coordinatorPath } from './coordinator-section.js';

export type PlaceKind = 'producers' | 'accommodations';

export interface PlaceRow {
  id: string;
  name: string;
  commune: string;
  status: string;
}

const titles = (visit: Visit, kind: PlaceKind) => {
  const m = COORDINATOR_MESSAGES[visit.lang];
  return kind === 'producers' ? { list: m.producersTitle, add: m.newProducer } : { list: m.accommodationsTitle, add: m.newAccommodation };
};

/** Producers or accommodations of the territory, whatever their status, with a search box. */
export function placesPage(visit: Visit, territory: Territory, kind: PlaceKind, rows: PlaceRow[], total: number, q: string, notice?: string): string {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const base = coordinatorPath(territory.id, kind);
  const t = titles(visit, kind);
  const table =
    rows.length === 0
      ? html`<p>${m.none}</p>`
      : html`<table class="stack">
<caption class="visually-hidden">${t.list}</caption>
<thead><tr><th scope="col">${m.name}</th><th scope="col">${m.commune}</th><th scope="col">${m.status}</th></tr></thead>
<tbody>${rows.map(
          (row) =>
            html`<tr><th scope="row"><a href="${base}/${row.id}">${row.name}</a></th><td>${row.commune}</td><td><span class="status">${m.placeStatuses[row.status] ?? row.status}</span></td></tr>`,
        )}</tbody>
</table>
<p class="muted">${m.shownTotal(rows.length, total)}</p>`;
  const body = html`<form method="get" action="${base}" role="search" class="card">
<div class="field"><label for="q">${m.searchLabel}</label><input id="q" type="search" name="q" value="${q}" maxlength="100"></div>
<button type="submit" class="secondary">${m.search}</button>
</form>
<p><a class="button" href="${base}/new">${t.add}</a></p>
${table}`;
  return coordinatorPage(visit, territory, { title: t.list, body, notice });
}

/** A new or stored producer or accommodation, every field a coordinator may set. */
export function placeFormPage(
  visit: Visit,
  territory: Territory,
  kind: PlaceKind,
  options: { name?: string; id?: string; form: FormState; fields: SafeHtml; labels: Record<string, string>; notice?: string; images?: SafeHtml },
): string {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const t = titles(visit, kind);
  // a producer without a phone at the counter: the coordinator types its tally sheet for it
  const tally = kind === 'producers' && options.id ? html` · <a href="/app/producer/${options.id}/tally">${TALLY_MESSAGES[visit.lang].title}</a>` : '';
  const body = html`<p><a href="${coordinatorPath(territory.id, kind)}">${t.list}</a>${tally}</p>
${errorSummary(options.form, visit.lang, options.labels)}
${postForm(visit, html`${options.fields}<button type="submit">${PORTAL_MESSAGES[visit.lang].save}</button>`, { className: 'card' })}
${options.images ?? ''}
`;
  return coordinatorPage(visit, territory, { title: options.name ? m.editTitle(options.name) : t.add, body, notice: options.notice });
}
