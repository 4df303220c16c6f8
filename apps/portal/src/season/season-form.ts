import { SEASON_DECISIONS, SeasonAnswerDto, SeasonBusinessDto, SeasonOfferChangeDto, type SeasonDecision, type SeasonPage } from '#association';
import { validateForm, type FieldErrors } from '../forms/form-errors.js';
import { defined, text } from '../forms/form-values.js';
import { businessErrors, businessInput, businessValues, type HoursMode } from '../producer/business-form.js';
import { offerErrors, offerInput, offerValues } from '../producer/offer-form.js';
import type { PortalLanguage } from '../visit.js';
import { SEASON_MESSAGES } from './season.messages.js';

/** The business fields the season page shows (the producer's own page shows more). */
const BUSINESS_FIELDS = ['name', 'phone', 'email', 'website', 'openingHours', 'hoursNote'] as const;
/** An offer's terms the season page may change: its dates are the season's. */
const TERMS = ['title', 'conditions', 'kind', 'value', 'minPurchaseCents', 'usesPerPass', 'quota'] as const;

/** Each offer's fields are the offer form's, named under `o{index}.` so that one form holds them all. */
export const offerField = (index: number, name: string) => `o${index}.${name}`;

const pick = (input: Record<string, unknown>, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, input[name]]));

function under(body: Record<string, unknown>, prefix: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).flatMap(([key, value]) => (key.startsWith(prefix) ? [[key.slice(prefix.length), value]] : [])));
}

/** The form as the producer's details and its decisions so far fill it. */
export function seasonValues(page: SeasonPage, lang: PortalLanguage, hours?: HoursMode): Record<string, unknown> {
  const values: Record<string, unknown> = businessValues(page.producer, hours);
  page.offers.forEach((offer, index) => {
    for (const [name, value] of Object.entries(offerValues(offer, page.producer, offer.validFrom, lang))) values[offerField(index, name)] = value;
    values[offerField(index, 'decision')] = page.decisions[offer.id]?.decision ?? '';
  });
  return values;
}

/** The answer from the posted form, checked with the API's DTOs (the producer's and the offers' own rules), or the errors by field. */
export async function readSeasonForm(
  body: Record<string, unknown>,
  page: SeasonPage,
  lang: PortalLanguage,
): Promise<{ answer: SeasonAnswerDto; errors?: undefined } | { errors: FieldErrors }> {
  const errors: FieldErrors = {};
  const { input, errors: hoursErrors } = businessInput(body, page.producer, lang);
  const business = await validateForm(SeasonBusinessDto, defined(pick(input, BUSINESS_FIELDS)), lang);
  Object.assign(errors, businessErrors({ ...hoursErrors, ...(business.errors ?? {}) }, body, lang));
  const offers: SeasonAnswerDto['offers'] = [];
  for (const [index, offer] of page.offers.entries()) {
    const decision = text(body[offerField(index, 'decision')]) as SeasonDecision;
    if (!SEASON_DECISIONS.includes(decision)) {
      errors[offerField(index, 'decision')] = SEASON_MESSAGES[lang].decisionRequired;
      continue;
    }
    if (decision !== 'change') {
      offers.push({ offerId: offer.id, decision });
      continue;
    }
    const typed = under(body, offerField(index, ''));
    const { input: terms, errors: typingErrors } = offerInput(typed, offer, lang);
    const change = await validateForm(SeasonOfferChangeDto, defined(pick(terms, TERMS)), lang);
    const said = offerErrors({ ...typingErrors, ...(change.errors ?? {}) }, typed, lang);
    for (const [field, message] of Object.entries(said)) errors[offerField(index, field)] = message;
    if (!change.errors) offers.push({ offerId: offer.id, decision, change: change.value });
  }
  if (Object.keys(errors).length > 0 || business.errors) return { errors };
  const acceptCharter = text(body.acceptCharter) === 'yes' ? true : undefined;
  return { answer: Object.assign(new SeasonAnswerDto(), { business: business.value, offers, acceptCharter }) };
}
