import { ACCOMMODATION_KINDS, type Accommodation } from '../../../../../libs/directory/src/index.js';
import { html } from '../../pages/html.js';
import { errorSummary, inputField, selectField, textArea } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { HOST_MESSAGES } from './host.messages.js';

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
${a.status === 'active' ? html`<li><a href="/v/${a.code}">${m.publicPage(a.name)}</a></li>` : ''}
</ul>
</section>`;
        })}`;
  return portalPage(visit, { title: m.listTitle, body, notice });
}

/** The accommodation's details, as its host may change them. */
export function accommodationEditPage(visit: Visit, accommodation: Accommodation, form: FormState, notice?: string): string {
  const m = HOST_MESSAGES[visit.lang];
  const lang = visit.lang;
  const path = accommodationPath(accommodation.id);
  const back = html`<p><a href="/app/host">${m.backToList}</a></p>`;
  if (accommodation.status === 'archived') return portalPage(visit, { title: m.editTitle(accommodation.name), body: html`${back}<p class="card">${m.archived}</p>`, notice });
  const kinds = ACCOMMODATION_KINDS.map((value) => ({ value, label: m.kinds[value] }));
  const statuses = (['active', 'disabled'] as const).map((value) => ({ value, label: m.statuses[value] }));
  const labels = {
    name: m.name, kind: m.kind, capacity: m.capacity, status: m.status, 'description.fr': m.descriptionFr, 'description.en': m.descriptionEn,
    address: m.address, postcode: m.postcode, commune: m.commune, phone: m.phone, email: m.email, website: m.website, latitude: m.latitude, longitude: m.longitude,
  };
  const body = html`${back}
${errorSummary(form, lang, labels)}
${postForm(
  visit,
  html`<section class="card" aria-labelledby="identity-title"><h2 id="identity-title">${m.identity}</h2>
${inputField(form, { name: 'name', label: m.name, required: true, maxLength: 120, autocomplete: 'organization', lang })}
${selectField(form, { name: 'kind', label: m.kind, choices: kinds, lang })}
${inputField(form, { name: 'capacity', label: m.capacity, hint: m.capacityHint, inputmode: 'numeric', lang })}
${selectField(form, { name: 'status', label: m.status, hint: m.statusHint, choices: statuses, lang })}
${textArea(form, { name: 'description.fr', label: m.descriptionFr, hint: m.descriptionHint, rows: 5, maxLength: 2000, lang })}
${textArea(form, { name: 'description.en', label: m.descriptionEn, rows: 5, maxLength: 2000, lang })}
</section>
<section class="card" aria-labelledby="place-title"><h2 id="place-title">${m.place}</h2>
${inputField(form, { name: 'address', label: m.address, required: true, maxLength: 200, autocomplete: 'street-address', lang })}
${inputField(form, { name: 'postcode', label: m.postcode, required: true, inputmode: 'numeric', autocomplete: 'postal-code', maxLength: 5, lang })}
${inputField(form, { name: 'commune', label: m.commune, required: true, maxLength: 80, autocomplete: 'address-level2', lang })}
${inputField(form, { name: 'phone', label: m.phone, type: 'tel', autocomplete: 'tel', maxLength: 20, lang })}
${inputField(form, { name: 'email', label: m.email, type: 'email', autocomplete: 'email', maxLength: 200, lang })}
${inputField(form, { name: 'website', label: m.website, hint: m.websiteHint, type: 'url', autocomplete: 'url', maxLength: 500, lang })}
</section>
<section class="card" aria-labelledby="position-title"><h2 id="position-title">${m.position}</h2>
${inputField(form, { name: 'latitude', label: m.latitude, hint: m.positionHint, required: true, inputmode: 'decimal', lang })}
${inputField(form, { name: 'longitude', label: m.longitude, required: true, inputmode: 'decimal', lang })}
</section>
<button type="submit">${m.saveAccommodation}</button>`,
  { action: path },
)}`;
  return portalPage(visit, { title: m.editTitle(accommodation.name), body, notice });
}
