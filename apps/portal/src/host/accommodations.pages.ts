import { ACCOMMODATION_KINDS, type Accommodation } from '#directory';
import { html, type SafeHtml } from '#web';
import { checkboxes, errorSummary, inputField, selectField, textArea } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { addressFields, contactFields, placeLabels, positionFields } from '../forms/place-fields.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import { EDITIONS_MESSAGES } from '../editions/editions.messages.js';
import type { Visit } from '../visit.js';
import { HOST_MESSAGES } from './host.messages.js';
import { MEMBERSHIP_MESSAGES } from '../membership/membership.messages.js';

export const accommodationPath = (id: string) => `/app/host/accommodations/${id}`;

/** "My accommodations": each one the person hosts, with the ways to its pages. */
export function accommodationsPage(visit: Visit, accommodations: Accommodation[], notice?: string): string {
  const m = HOST_MESSAGES[visit.lang];
  const coordinator = visit.actor.coordinatedTerritoryIds.length > 0 || visit.actor.isPlatformAdmin;
  const body =
    accommodations.length === 0
      ? html`<p class="card">${coordinator ? m.noneHostedCoordinator : m.noneHosted}</p>`
      : html`${accommodations.map((a) => {
          const path = accommodationPath(a.id);
          return html`<section class="card" aria-labelledby="a-${a.id}">
<h2 id="a-${a.id}">${a.name}</h2>
<p>${m.kinds[a.kind]} · ${a.commune} · <span class="status">${m.statuses[a.status]}</span></p>
<ul>
<li><a href="${path}">${m.edit(a.name)}</a></li>
<li><a href="${path}/print">${m.print(a.name)}</a></li>
<li><a href="${path}/qr-card.pdf" download>${m.qrCardOf(a.name)}</a></li>
<li><a href="${path}/passes">${m.passesOf(a.name)}</a></li>
<li><a href="${path}/figures">${m.figuresOf(a.name)}</a></li>
<li><a href="${path}/editions">${EDITIONS_MESSAGES[visit.lang].editionsLink}</a></li>
${a.status === 'active' ? html`<li><a href="/v/${a.code}">${m.publicPage(a.name)}</a></li>` : ''}
</ul>
</section>`;
        })}`;
  const membership = coordinator ? '' : html`<p><a href="/app/host/membership">${MEMBERSHIP_MESSAGES[visit.lang].link}</a></p>`;
  return portalPage(visit, { title: m.listTitle, body: html`${membership}${body}`, notice });
}

/** The accommodation's details, as its host may change them. */
export function accommodationEditPage(visit: Visit, accommodation: Accommodation, form: FormState, notice?: string, images?: SafeHtml): string {
  const m = HOST_MESSAGES[visit.lang];
  const lang = visit.lang;
  const path = accommodationPath(accommodation.id);
  const back = html`<p><a href="/app/host">${m.backToList}</a></p>`;
  if (accommodation.status === 'archived')
    return portalPage(visit, {
      title: m.editTitle(accommodation.name),
      body: html`${back}<p class="card">${m.archived}</p>`,
      notice,
    });
  const kinds = ACCOMMODATION_KINDS.map((value) => ({ value, label: m.kinds[value] }));
  const statuses = (['active', 'disabled'] as const).map((value) => ({ value, label: m.statuses[value] }));
  const labels = {
    name: m.name,
    kind: m.kind,
    capacity: m.capacity,
    status: m.status,
    publishOnSite: m.publicSite,
    'description.fr': m.descriptionFr,
    'description.en': m.descriptionEn,
    ...placeLabels(m),
  };
  const place = { words: m, owner: 'own', lang } as const;
  const body = html`${back}
${errorSummary(form, lang, labels)}
${postForm(
  visit,
  html`<section class="card" aria-labelledby="identity-title"><h2 id="identity-title">${m.identity}</h2>
${inputField(form, { name: 'name', label: m.name, required: true, maxLength: 120, autocomplete: 'organization', lang })}
${selectField(form, { name: 'kind', label: m.kind, choices: kinds, lang })}
${inputField(form, { name: 'capacity', label: m.capacity, hint: m.capacityHint, inputmode: 'numeric', lang })}
${selectField(form, { name: 'status', label: m.status, hint: m.statusHint, choices: statuses, lang })}
${checkboxes(form, { name: 'publishOnSite', label: m.publicSite, hint: m.publishOnSiteHint, choices: [{ value: 'yes', label: m.publishOnSite }], lang })}
${textArea(form, { name: 'description.fr', label: m.descriptionFr, hint: m.descriptionHint, rows: 5, maxLength: 2000, lang })}
${textArea(form, { name: 'description.en', label: m.descriptionEn, rows: 5, maxLength: 2000, lang })}
</section>
<section class="card" aria-labelledby="place-title"><h2 id="place-title">${m.place}</h2>
${addressFields(form, place)}
${contactFields(form, place)}
</section>
<section class="card" aria-labelledby="position-title"><h2 id="position-title">${m.position}</h2>
${positionFields(form, place, 'latitude')}
</section>
<button type="submit">${m.saveAccommodation}</button>`,
  { action: path },
)}
${images ?? ''}`;
  return portalPage(visit, { title: m.editTitle(accommodation.name), body, notice });
}
