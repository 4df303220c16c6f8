import { CATEGORIES, CATEGORY_LABELS, type Producer } from '#directory';
import { html, type SafeHtml } from '#web';
import { checkboxes, inputField, selectField, textArea } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { list, text, textOrNull, translated } from '../forms/form-values.js';
import { placeInput, placeValues } from '../forms/place-fields.js';
import type { Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';
import { HOURS_NOTE_MESSAGES, hoursNoteFields } from '../forms/hours-note-fields.js';
import { placeFields, type PlaceForm } from './place-form.js';

/** The form as a stored producer fills it (empty for a new one). */
function producerValues(producer?: Producer): Record<string, unknown> {
  if (!producer) return { status: 'active', categories: [] };
  return {
    name: producer.name,
    status: producer.status,
    categories: producer.categories,
    'description.fr': producer.description.fr ?? '',
    'description.en': producer.description.en ?? '',
    'visitConditions.fr': producer.visitConditions?.fr ?? '',
    'visitConditions.en': producer.visitConditions?.en ?? '',
    ...placeValues(producer),
    openingHours: producer.openingHours ?? '',
    hoursNote: producer.hoursNote ?? '',
    externalRef: producer.externalRef ?? '',
  };
}

/** The producer DTO input from the posted form: empty optional fields clear what was stored. */
function producerInput(body: Record<string, unknown>, producer?: Producer): Record<string, unknown> {
  const description = { fr: text(body['description.fr']), en: text(body['description.en']) };
  const visit = { fr: text(body['visitConditions.fr']), en: text(body['visitConditions.en']) };
  const stored = (producer?.description ?? {}) as Record<string, string>;
  return {
    name: text(body.name),
    status: text(body.status) || undefined,
    categories: list(body.categories),
    // A description never written stays empty; one written keeps its French text required.
    description: description.fr || description.en || stored.fr ? translated(stored, description.fr, description.en) : undefined,
    visitConditions: visit.fr || visit.en ? translated(producer?.visitConditions, visit.fr, visit.en) : null,
    ...placeInput(body),
    openingHours: textOrNull(body.openingHours),
    hoursNote: textOrNull(body.hoursNote),
    externalRef: textOrNull(body.externalRef),
  };
}

const producerLabels = (visit: Visit): Record<string, string> => {
  const m = COORDINATOR_MESSAGES[visit.lang];
  return {
    name: m.name,
    status: m.status,
    categories: m.categories,
    'description.fr': m.descriptionFr,
    'description.en': m.descriptionEn,
    openingHours: m.openingHours,
    hoursNote: HOURS_NOTE_MESSAGES[visit.lang].note,
    externalRef: m.externalRef,
  };
};

/** Every field of a producer a coordinator may set, status included. */
function producerFields(visit: Visit, form: FormState): SafeHtml {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const lang = visit.lang;
  const statuses = (['active', 'suspended'] as const).map((value) => ({ value, label: m.placeStatuses[value] }));
  const categories = CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value][lang] }));
  return html`${inputField(form, { name: 'name', label: m.name, required: true, maxLength: 120, lang })}
${selectField(form, { name: 'status', label: m.status, choices: statuses, lang })}
${checkboxes(form, { name: 'categories', label: m.categories, choices: categories, lang })}
${textArea(form, { name: 'description.fr', label: m.descriptionFr, maxLength: 2000, lang })}
${textArea(form, { name: 'description.en', label: m.descriptionEn, maxLength: 2000, lang })}
${textArea(form, { name: 'visitConditions.fr', label: m.visitFr, rows: 2, maxLength: 500, lang })}
${textArea(form, { name: 'visitConditions.en', label: m.visitEn, rows: 2, maxLength: 500, lang })}
${placeFields(visit, form)}
${inputField(form, { name: 'openingHours', label: m.openingHours, hint: m.openingHoursHint, maxLength: 500, lang })}
${hoursNoteFields(form, lang)}`;
}

export const PRODUCER_FORM: PlaceForm<Producer> = { values: producerValues, input: producerInput, labels: producerLabels, fields: producerFields };
