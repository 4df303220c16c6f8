import { CATEGORIES, CATEGORY_LABELS, type Producer } from '#directory';
import { html, type SafeHtml } from '#web';
import { checkboxes, inputField, selectField, textArea } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { anyTyped, list, text, textOrNull, translated, translatedValues, typedTexts } from '../forms/form-values.js';
import { placeInput, placeValues } from '../forms/place-fields.js';
import { producerTextLabels } from '../forms/producer-text-labels.js';
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
    ...translatedValues('description', producer.description),
    ...translatedValues('visitConditions', producer.visitConditions),
    ...placeValues(producer),
    openingHours: producer.openingHours ?? '',
    hoursNote: producer.hoursNote ?? '',
    externalRef: producer.externalRef ?? '',
  };
}

/** The producer DTO input from the posted form: empty optional fields clear what was stored. */
function producerInput(body: Record<string, unknown>, producer?: Producer): Record<string, unknown> {
  const description = typedTexts(body, 'description');
  const visit = typedTexts(body, 'visitConditions');
  const stored = (producer?.description ?? {}) as Record<string, string>;
  return {
    name: text(body.name),
    status: text(body.status) || undefined,
    categories: list(body.categories),
    // A description never written stays empty; one written keeps its French text required.
    description: anyTyped(description) || stored.fr ? translated(stored, description) : undefined,
    visitConditions: anyTyped(visit) ? translated(producer?.visitConditions, visit) : null,
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
    ...producerTextLabels(m),
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
${textArea(form, { name: 'description.nl', label: m.descriptionNl, maxLength: 2000, lang })}
${textArea(form, { name: 'description.de', label: m.descriptionDe, maxLength: 2000, lang })}
${textArea(form, { name: 'visitConditions.fr', label: m.visitFr, rows: 2, maxLength: 500, lang })}
${textArea(form, { name: 'visitConditions.en', label: m.visitEn, rows: 2, maxLength: 500, lang })}
${textArea(form, { name: 'visitConditions.nl', label: m.visitNl, rows: 2, maxLength: 500, lang })}
${textArea(form, { name: 'visitConditions.de', label: m.visitDe, rows: 2, maxLength: 500, lang })}
${placeFields(visit, form)}
${inputField(form, { name: 'openingHours', label: m.openingHours, hint: m.openingHoursHint, maxLength: 500, lang })}
${hoursNoteFields(form, lang)}`;
}

export const PRODUCER_FORM: PlaceForm<Producer> = { values: producerValues, input: producerInput, labels: producerLabels, fields: producerFields };
