import { phoneForReaders, type Producer } from '#directory';
import { html, type SafeHtml } from '#web';
import type { PortalLanguage } from '../visit.js';
import { inputField } from './fields.js';
import type { FieldErrors, FormState } from './form-errors.js';
import { decimal, text, textOrNull } from './form-values.js';

/**
 * Address, contact and position: what producers and accommodations share (the API's PlaceDto),
 * filled, shown and read back the same way on the producer's, the host's and the coordinator's
 * forms, each in its own words.
 */
export type Place = Pick<Producer, 'address' | 'postcode' | 'commune' | 'phone' | 'email' | 'website' | 'latitude' | 'longitude'>;

/** The words a page gives the place fields (from its own messages). */
export interface PlaceWords {
  address: string;
  postcode: string;
  commune: string;
  phone: string;
  email: string;
  website: string;
  websiteHint?: string;
  latitude: string;
  longitude: string;
  positionHint: string;
}

/** The form as a stored place fills it: what is not stored is an empty field. */
export function placeValues(place: Place): Record<string, string> {
  return {
    address: place.address,
    postcode: place.postcode,
    commune: place.commune,
    // the form shows the stored E.164 as people write it; the DTO reads it back the same
    phone: place.phone === null ? '' : phoneForReaders(place.phone),
    email: place.email ?? '',
    website: place.website ?? '',
    latitude: String(place.latitude),
    longitude: String(place.longitude),
  };
}

/** The DTO input from the posted form: an empty contact clears what was stored; a position typed the French or the English way becomes a number. */
export function placeInput(body: Record<string, unknown>): Record<string, unknown> {
  return {
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

/** The names the error summary gives the place fields. */
export function placeLabels(words: PlaceWords): Record<string, string> {
  const { address, postcode, commune, phone, email, website, latitude, longitude } = words;
  return { address, postcode, commune, phone, email, website, latitude, longitude };
}

/** The DTO says only that a format is wrong: for a phone number and a postcode, the page says what is expected. */
export function placeFormatErrors(errors: FieldErrors, words: { phoneInvalid: string; postcodeInvalid: string }): FieldErrors {
  return { ...errors, ...(errors.phone ? { phone: words.phoneInvalid } : {}), ...(errors.postcode ? { postcode: words.postcodeInvalid } : {}) };
}

/**
 * Whose details the form holds. The browser's autofill helps members typing their own; a
 * coordinator types someone else's, where it would offer the coordinator's own address.
 */
export type PlaceOwner = 'own' | 'someone-else';

const AUTOCOMPLETE: Record<PlaceOwner, Partial<Record<keyof Place, string>>> = {
  own: { address: 'street-address', postcode: 'postal-code', commune: 'address-level2', phone: 'tel', email: 'email', website: 'url' },
  'someone-else': { address: 'off', phone: 'off', email: 'off' },
};

interface PlaceFieldsOptions {
  words: PlaceWords;
  owner: PlaceOwner;
  lang: PortalLanguage;
}

export function addressFields(form: FormState, { words, owner, lang }: PlaceFieldsOptions): SafeHtml {
  const auto = AUTOCOMPLETE[owner];
  return html`${inputField(form, { name: 'address', label: words.address, required: true, maxLength: 200, autocomplete: auto.address, lang })}
${inputField(form, { name: 'postcode', label: words.postcode, required: true, inputmode: 'numeric', autocomplete: auto.postcode, maxLength: 5, lang })}
${inputField(form, { name: 'commune', label: words.commune, required: true, maxLength: 80, autocomplete: auto.commune, lang })}`;
}

export function contactFields(form: FormState, { words, owner, lang }: PlaceFieldsOptions): SafeHtml {
  const auto = AUTOCOMPLETE[owner];
  // The coordinator's form was written without the phone's length limit; kept so (the DTO checks it anyway).
  const phoneMaxLength = owner === 'own' ? 20 : undefined;
  return html`${inputField(form, { name: 'phone', label: words.phone, type: 'tel', autocomplete: auto.phone, maxLength: phoneMaxLength, lang })}
${inputField(form, { name: 'email', label: words.email, type: 'email', autocomplete: auto.email, maxLength: 200, lang })}
${inputField(form, { name: 'website', label: words.website, hint: words.websiteHint, type: 'url', autocomplete: auto.website, maxLength: 500, lang })}`;
}

/**
 * Where the position hint stands: a paragraph before both fields, tied to the latitude only, or
 * to each field (each page's choice, kept as it was).
 */
export type PositionHint = 'paragraph' | 'latitude' | 'each';

export function positionFields(form: FormState, { words, lang }: PlaceFieldsOptions, hintAt: PositionHint): SafeHtml {
  const hint = (field: 'latitude' | 'longitude') => (hintAt === 'each' || (hintAt === 'latitude' && field === 'latitude') ? words.positionHint : undefined);
  const paragraph =
    hintAt === 'paragraph'
      ? html`<p class="hint">${words.positionHint}</p>
`
      : '';
  return html`${paragraph}${inputField(form, { name: 'latitude', label: words.latitude, hint: hint('latitude'), required: true, inputmode: 'decimal', lang })}
${inputField(form, { name: 'longitude', label: words.longitude, hint: hint('longitude'), required: true, inputmode: 'decimal', lang })}`;
}
