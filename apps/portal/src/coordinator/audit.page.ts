import type { AuditEntry } from '#audit';
import type { Page } from '#common';
import type { Territory } from '#directory';
import { html } from '#web';
import type { Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';
import { coordinatorPage, coordinatorPath, dateTime } from './coordinator-section.js';

/** Who a user id or an entity id stands for, as far as the territory knows it. */
export type Names = Map<string, string>;

/** The audit trail, newest first, a page at a time. */
export function auditPage(visit: Visit, territory: Territory, entries: Page<AuditEntry>, people: Names, things: Names): string {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const pages = Math.max(1, Math.ceil(entries.total / entries.limit));
  const base = coordinatorPath(territory.id, 'audit');
  const table =
    entries.items.length === 0
      ? html`<p>${m.noEntries}</p>`
      : html`<table class="stack">
<caption class="visually-hidden">${m.auditTitle}</caption>
<thead><tr><th scope="col">${m.when}</th><th scope="col">${m.who}</th><th scope="col">${m.what}</th><th scope="col">${m.changes}</th></tr></thead>
<tbody>${entries.items.map((entry) => {
          const thing = things.get(entry.entityId);
          return html`<tr>
<th scope="row">${dateTime(new Date(entry.createdAt), territory, visit.lang)}</th>
<td>${entry.actorId ? (people.get(entry.actorId) ?? '—') : m.nobody}</td>
<td>${m.auditActions[entry.action] ?? entry.action} — ${m.entities[entry.entityType] ?? entry.entityType}${thing ? ` (${thing})` : ''}</td>
<td>${Object.keys(entry.changes ?? {}).join(', ')}</td>
</tr>`;
        })}</tbody>
</table>`;
  const nav =
    pages > 1
      ? html`<nav aria-label="${m.pagination}" class="row">
${entries.page > 1 ? html`<a class="button secondary" href="${base}?page=${String(entries.page - 1)}">${m.previous}</a>` : ''}
<span>${m.pageOf(entries.page, pages)}</span>
${entries.page < pages ? html`<a class="button secondary" href="${base}?page=${String(entries.page + 1)}">${m.next}</a>` : ''}
</nav>`
      : html``;
  const body = html`<p>${m.auditLead}</p>${table}${nav}`;
  return coordinatorPage(visit, territory, { title: m.auditTitle, body });
}
