import type { JoinRequestView } from '#accounts';
import type { Territory } from '#directory';
import { html, raw, websiteForReaders, type SafeHtml } from '#web';
import { postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { coordinatorPage, coordinatorPath, dateTime } from './coordinator-section.js';
import { JOIN_REQUEST_MESSAGES } from './join-requests.messages.js';

const requestPath = (territoryId: string, id: string) => coordinatorPath(territoryId, `join-requests/${id}`);

/** The requests, pending first: who, what kind, where, when, in what state. */
export function joinRequestsPage(visit: Visit, territory: Territory, requests: JoinRequestView[], pending: number, notice?: string): string {
  const m = JOIN_REQUEST_MESSAGES[visit.lang];
  const table =
    requests.length === 0
      ? html`<p>${m.none}</p>`
      : html`<table class="stack">
<caption class="visually-hidden">${m.title}</caption>
<thead><tr><th scope="col">${m.title}</th><th scope="col">${m.kind}</th><th scope="col">${m.commune}</th><th scope="col">${m.asked}</th><th scope="col">${m.status}</th></tr></thead>
<tbody>${requests.map(
          (request) => html`<tr>
<th scope="row"><a href="${requestPath(territory.id, request.id)}">${request.businessName}</a></th>
<td>${m.kinds[request.kind]}</td>
<td>${request.commune}</td>
<td>${dateTime(new Date(request.createdAt), territory, visit.lang)}</td>
<td><span class="status">${m.statuses[request.status]}</span></td>
</tr>`,
        )}</tbody>
</table>`;
  return coordinatorPage(visit, territory, { title: m.title, body: html`<p>${m.lead}</p><p><strong>${m.pending(pending)}</strong></p>${table}`, notice });
}

export interface DeclineForm {
  reason: string;
  error?: string;
}

/** One request: everything the person typed; while it waits, accept, or decline with a reason. */
export function joinRequestPage(visit: Visit, territory: Territory, request: JoinRequestView, options: { decline?: DeclineForm; error?: string } = {}): string {
  const m = JOIN_REQUEST_MESSAGES[visit.lang];
  const base = requestPath(territory.id, request.id);
  const error = options.decline?.error;
  const made = request.producerId
    ? coordinatorPath(territory.id, `producers/${request.producerId}`)
    : request.accommodationId
      ? coordinatorPath(territory.id, `accommodations/${request.accommodationId}`)
      : undefined;
  const facts: [string, SafeHtml | string][] = [
    [m.kind, m.kinds[request.kind]],
    [m.commune, `${request.postcode} ${request.commune}`],
    [m.contact, request.contactName],
    [m.email, html`<a href="mailto:${request.email}">${request.email}</a>`],
    ...(request.phone ? [[m.phone, html`<a href="tel:${request.phone}">${request.phone}</a>`] as [string, SafeHtml]] : []),
    ...(request.website
      ? [[m.website, html`<a href="${request.website}" rel="noopener noreferrer">${websiteForReaders(request.website)}</a>`] as [string, SafeHtml]]
      : []),
    [m.lang, m.languages[request.lang]],
    [m.asked, dateTime(new Date(request.createdAt), territory, visit.lang)],
    [m.status, m.statuses[request.status]],
    ...(request.decidedAt ? [[m.decided, dateTime(new Date(request.decidedAt), territory, visit.lang)] as [string, string]] : []),
    ...(request.declineReason ? [[m.reason, request.declineReason] as [string, string]] : []),
    ...(made ? [[m.made, html`<a href="${made}">${request.businessName}</a>`] as [string, SafeHtml]] : []),
  ];
  const decisions =
    request.status !== 'pending'
      ? html``
      : html`<section class="card" aria-labelledby="decide"><h2 id="decide">${m.accept}</h2><p>${m.acceptLead}</p>
${postForm(visit, html`<button type="submit">${m.accept}</button>`, { action: `${base}/accept` })}
</section>
<section class="card" aria-labelledby="decline"><h2 id="decline">${m.decline}</h2>
${postForm(
  visit,
  html`<div class="field">
<label for="reason">${m.reason}</label>
<p class="hint" id="reason-hint">${m.reasonHint}</p>
${error ? html`<p class="error" id="reason-error">${error}</p>` : ''}
<textarea id="reason" name="reason" rows="3" maxlength="1000" aria-describedby="reason-hint${error ? ' reason-error' : ''}"${error ? raw(' aria-invalid="true"') : ''}>${options.decline?.reason ?? ''}</textarea>
</div>
<button type="submit" class="danger">${m.decline}</button>`,
  { action: `${base}/decline` },
)}
</section>`;
  const problem = options.error ?? error;
  const body = html`${problem ? html`<div class="summary" role="alert" tabindex="-1"><p class="error">${error ? html`<a href="#reason">${problem}</a>` : problem}</p></div>` : ''}
<p><a href="${coordinatorPath(territory.id, 'join-requests')}">${m.title}</a></p>
<dl class="facts">${facts.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
<h2>${m.offer}</h2>
<p class="texts">${request.offer}</p>
${decisions}`;
  return coordinatorPage(visit, territory, { title: m.requestTitle(request.businessName), body });
}
