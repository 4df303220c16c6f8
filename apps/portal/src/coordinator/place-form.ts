import { html, type SafeHtml } from '#web';
import { inputField } from '../forms/fields.js';
import type { FieldErrors, FormState } from '../forms/form-errors.js';
import { addressFields, contactFields, placeFormatErrors, positionFields } from '../forms/place-fields.js';
import type { Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';

/** The form of one kind of place: its values, its reading of a post, its fields and their names. */
export interface PlaceForm<T> {
  values: (record?: T) => Record<string, unknown>;
  input: (body: Record<string, unknown>, record?: T) => Record<string, unknown>;
  labels: (visit: Visit) => Record<string, string>;
  fields: (visit: Visit, form: FormState) => SafeHtml;
}

/** Address, position, contact and the coordinator's own reference: shared by producers and accommodations. */
export function placeFields(visit: Visit, form: FormState): SafeHtml {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const lang = visit.lang;
  // A coordinator types a member's details, not their own: no autofill from the browser's profile.
  const place = { words: m, owner: 'someone-else', lang } as const;
  return html`${addressFields(form, place)}
${positionFields(form, place, 'each')}
${contactFields(form, place)}
${inputField(form, { name: 'externalRef', label: m.externalRef, maxLength: 100, lang })}`;
}

/** The place's format errors in the coordinator's words. */
export function placeErrors(errors: FieldErrors, visit: Visit): FieldErrors {
  return placeFormatErrors(errors, COORDINATOR_MESSAGES[visit.lang]);
}
