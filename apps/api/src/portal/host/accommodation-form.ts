import type { Accommodation } from '../../../../../libs/directory/src/index.js';
import type { FieldErrors } from '../forms/form-errors.js';
import { decimal, text, textOrNull } from '../producer/form-values.js';
import type { PortalLanguage } from '../visit.js';
import { HOST_MESSAGES } from './host.messages.js';

/** The edit form as the stored accommodation fills it. */
export function accommodationValues(accommodation: Accommodation): Record<string, unknown> {
  return {
    name: accommodation.name,
    kind: accommodation.kind,
    capacity: accommodation.capacity === null ? '' : String(accommodation.capacity),
    status: accommodation.status,
    'description.fr': accommodation.description?.fr ?? '',
    'description.en': accommodation.description?.en ?? '',
    address: accommodation.address,
    postcode: accommodation.postcode,
    commune: accommodation.commune,
    phone: accommodation.phone ?? '',
    email: accommodation.email ?? '',
    website: accommodation.website ?? '',
    latitude: String(accommodation.latitude),
    longitude: String(accommodation.longitude),
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
  const { fr: _fr, en: _en, ...others } = (accommodation.description ?? {}) as Record<string, string>;
  const description = fr || en || Object.keys(others).length > 0 ? { ...others, fr, ...(en ? { en } : {}) } : null;
  return {
    name: text(body.name),
    kind: text(body.kind),
    capacity: count(body.capacity),
    // Left out, the status stays as it is.
    status: text(body.status) || undefined,
    description,
    address: text(body.address),
    postcode: text(body.postcode),
    commune: text(body.commune),
    phone: textOrNull(body.phone),
    email: textOrNull(body.email),
    website: textOrNull(body.website),
    latitude: decimal(body.latitude),
    longitude: decimal(body.longitude),
  };
}

/** The DTO says only that a format is wrong: for a phone number and a postcode, the page says what is expected. */
export function accommodationErrors(errors: FieldErrors, lang: PortalLanguage): FieldErrors {
  const m = HOST_MESSAGES[lang];
  return { ...errors, ...(errors.phone ? { phone: m.phoneInvalid } : {}), ...(errors.postcode ? { postcode: m.postcodeInvalid } : {}) };
}
