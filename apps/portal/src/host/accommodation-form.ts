import type { Accommodation } from '#directory';
import type { FieldErrors } from '../forms/form-errors.js';
import { text } from '../forms/form-values.js';
import { placeFormatErrors, placeInput, placeValues } from '../forms/place-fields.js';
import { without } from '#common';
import type { PortalLanguage } from '../visit.js';
import { HOST_MESSAGES } from './host.messages.js';

/** The edit form as the stored accommodation fills it. */
export function accommodationValues(accommodation: Accommodation): Record<string, unknown> {
  return {
    name: accommodation.name,
    kind: accommodation.kind,
    capacity: accommodation.capacity === null ? '' : String(accommodation.capacity),
    status: accommodation.status,
    publishOnSite: accommodation.publishOnSite ? 'yes' : '',
    'description.fr': accommodation.description?.fr ?? '',
    'description.en': accommodation.description?.en ?? '',
    ...placeValues(accommodation),
  };
}

/** A whole number as typed; anything else handed on as typed, for the DTO to refuse in its own words. */
function count(value: unknown): number | string | null {
  const typed = text(value).replace(/\s/g, '');
  if (typed === '') return null;
  return /^\d{1,9}$/.test(typed) ? Number(typed) : typed;
}

/**
 * The UpdateAccommodationDto input from the posted form. Empty optional fields clear what was
 * stored; the languages the form does not show (nl, de) are kept.
 */
export function accommodationInput(body: Record<string, unknown>, accommodation: Accommodation): Record<string, unknown> {
  const fr = text(body['description.fr']);
  const en = text(body['description.en']);
  const others = without((accommodation.description ?? {}) as Record<string, string>, 'fr', 'en');
  const description = fr || en || Object.keys(others).length > 0 ? { ...others, fr, ...(en ? { en } : {}) } : null;
  return {
    name: text(body.name),
    kind: text(body.kind),
    capacity: count(body.capacity),
    // Left out, the status stays as it is.
    status: text(body.status) || undefined,
    // the host's own consent to be listed on the public site: a box left unticked withdraws it
    publishOnSite: text(body.publishOnSite) === 'yes',
    description,
    ...placeInput(body),
  };
}

/** The DTO says only that a format is wrong: for a phone number and a postcode, the page says what is expected. */
export function accommodationErrors(errors: FieldErrors, lang: PortalLanguage): FieldErrors {
  return placeFormatErrors(errors, HOST_MESSAGES[lang]);
}
