import { ACCOMMODATION_KINDS, type Accommodation } from '#directory';
import { html, type SafeHtml } from '#web';
import { inputField, selectField, textArea } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { accommodationInput as hostInput, accommodationValues as hostValues } from '../host/accommodation-form.js';
import { HOST_MESSAGES } from '../host/host.messages.js';
import { textOrNull } from '../forms/form-values.js';
import type { Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';
import { placeFields, type PlaceForm } from './place-form.js';

/** The host's form values, plus the reference only coordinators keep. */
function accommodationValues(accommodation?: Accommodation): Record<string, unknown> {
  if (!accommodation) return { status: 'active', kind: 'gite' };
  return { ...hostValues(accommodation), externalRef: accommodation.externalRef ?? '' };
}

/** The host's reading of the form (same fields, same rules), plus the reference. */
function accommodationInput(body: Record<string, unknown>, accommodation?: Accommodation): Record<string, unknown> {
  return { ...hostInput(body, accommodation ?? ({ description: null } as Accommodation)), externalRef: textOrNull(body.externalRef) };
}

const accommodationLabels = (visit: Visit): Record<string, string> => {
  const m = COORDINATOR_MESSAGES[visit.lang];
  return { name: m.name, kind: m.kind, capacity: m.capacity, status: m.status, 'description.fr': m.descriptionFr, 'description.en': m.descriptionEn };
};

function accommodationFields(visit: Visit, form: FormState): SafeHtml {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const lang = visit.lang;
  const kinds = ACCOMMODATION_KINDS.map((value) => ({ value, label: HOST_MESSAGES[lang].kinds[value] }));
  const statuses = (['active', 'disabled'] as const).map((value) => ({ value, label: m.placeStatuses[value] }));
  return html`${inputField(form, { name: 'name', label: m.name, required: true, maxLength: 120, lang })}
${selectField(form, { name: 'kind', label: m.kind, choices: kinds, required: true, lang })}
${selectField(form, { name: 'status', label: m.status, choices: statuses, lang })}
${inputField(form, { name: 'capacity', label: m.capacity, inputmode: 'numeric', lang })}
${textArea(form, { name: 'description.fr', label: m.descriptionFr, maxLength: 2000, lang })}
${textArea(form, { name: 'description.en', label: m.descriptionEn, maxLength: 2000, lang })}
${placeFields(visit, form)}`;
}

export const ACCOMMODATION_FORM: PlaceForm<Accommodation> = {
  values: accommodationValues,
  input: accommodationInput,
  labels: accommodationLabels,
  fields: accommodationFields,
};
