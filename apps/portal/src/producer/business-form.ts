import type { Producer } from '#directory';
import type { FieldErrors } from '../forms/form-errors.js';
import type { PortalLanguage } from '../visit.js';
import { anyTyped, list, text, textOrNull, translated, translatedValues, typedTexts } from '../forms/form-values.js';
import { placeInput, placeValues } from '../forms/place-fields.js';
import { without } from '#common';
import { PRODUCER_MESSAGES } from './producer.messages.js';
import { readOpeningHours, WEEKDAYS, writeOpeningHours } from '#directory';
import { formOfWeek, weekFromForm } from './weekly-hours-form.js';

export type HoursMode = 'table' | 'text';

/** The form as a producer's stored profile fills it; hours in the table when the table can hold them. */
export function businessValues(producer: Producer, asked?: HoursMode): Record<string, unknown> {
  const week = readOpeningHours(producer.openingHours);
  const hoursMode: HoursMode = asked === 'text' || !week ? 'text' : 'table';
  return {
    name: producer.name,
    ...translatedValues('description', producer.description),
    ...translatedValues('visitConditions', producer.visitConditions),
    categories: producer.categories,
    ...placeValues(producer),
    hoursMode,
    tableUnfit: !week,
    openingHours: producer.openingHours ?? '',
    hoursNote: producer.hoursNote ?? '',
    ...(week ? formOfWeek(week) : {}),
  };
}

/**
 * The UpdateProducerDto input from the posted form, and the errors only the form can see (a day of
 * the hours table). Empty optional fields clear what was stored.
 */
export function businessInput(
  body: Record<string, unknown>,
  producer: Producer,
  lang: PortalLanguage,
): { input: Record<string, unknown>; errors: FieldErrors } {
  const m = PRODUCER_MESSAGES[lang];
  const errors: FieldErrors = {};
  let openingHours: string | null;
  if (text(body.hoursMode) === 'text') {
    openingHours = textOrNull(body.openingHours);
  } else {
    const { week, problems } = weekFromForm(body);
    for (const day of WEEKDAYS) if (problems[day]) errors[`hours.${day}`] = m.dayProblems[problems[day]];
    openingHours = writeOpeningHours(week) || null;
  }
  const description = typedTexts(body, 'description');
  const visit = typedTexts(body, 'visitConditions');
  const storedDescription = producer.description as Record<string, string>;
  const input = {
    name: text(body.name),
    // A description never written stays empty; one written must keep its French text.
    description: anyTyped(description) || storedDescription.fr ? translated(storedDescription, description) : undefined,
    visitConditions: anyTyped(visit) ? translated(producer.visitConditions, visit) : null,
    categories: list(body.categories),
    ...placeInput(body),
    openingHours,
    hoursNote: textOrNull(body.hoursNote),
  };
  return { input, errors };
}

/** The DTO's words for the hours (quoting them), said for the part of the form the producer used. */
export function businessErrors(errors: FieldErrors, body: Record<string, unknown>, lang: PortalLanguage): FieldErrors {
  const m = PRODUCER_MESSAGES[lang];
  if (!errors.openingHours || text(body.hoursMode) === 'text') return errors;
  return { ...without(errors, 'openingHours'), hours: m.hoursInvalid };
}
