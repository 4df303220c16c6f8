import { html, type SafeHtml } from '../../pages/html.js';
import { inputField } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import type { Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';

/** Address, position, contact and the coordinator's own reference: shared by producers and accommodations. */
export function placeFields(visit: Visit, form: FormState): SafeHtml {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const lang = visit.lang;
  return html`${inputField(form, { name: 'address', label: m.address, required: true, autocomplete: 'off', maxLength: 200, lang })}
${inputField(form, { name: 'postcode', label: m.postcode, required: true, inputmode: 'numeric', maxLength: 5, lang })}
${inputField(form, { name: 'commune', label: m.commune, required: true, maxLength: 80, lang })}
${inputField(form, { name: 'latitude', label: m.latitude, hint: m.positionHint, required: true, inputmode: 'decimal', lang })}
${inputField(form, { name: 'longitude', label: m.longitude, hint: m.positionHint, required: true, inputmode: 'decimal', lang })}
${inputField(form, { name: 'phone', label: m.phone, type: 'tel', autocomplete: 'off', lang })}
${inputField(form, { name: 'email', label: m.email, type: 'email', autocomplete: 'off', maxLength: 200, lang })}
${inputField(form, { name: 'website', label: m.website, type: 'url', maxLength: 500, lang })}
${inputField(form, { name: 'externalRef', label: m.externalRef, maxLength: 100, lang })}`;
}
