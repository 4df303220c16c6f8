import type { Offer, OfferKind, Producer } from '#directory';
import type { FieldErrors } from '../forms/form-errors.js';
import type { PortalLanguage } from '../visit.js';
import { anyTyped, centsToEuros, eurosToCents, list, text, translated, translatedValues, typedTexts, wholeNumber, type Parsed } from '../forms/form-values.js';
import { PRODUCER_MESSAGES } from './producer.messages.js';

/** The form as a stored offer fills it (or a new one: today, the producer's categories, one use per pass). */
export function offerValues(offer: Offer | undefined, producer: Producer, today: string, lang: PortalLanguage): Record<string, unknown> {
  if (!offer) return { kind: 'percent_off', validFrom: today, usesPerPass: '1', categories: producer.categories };
  return {
    ...translatedValues('title', offer.title),
    ...translatedValues('conditions', offer.conditions),
    kind: offer.kind,
    value: offer.kind === 'percent_off' ? String(offer.value ?? '') : centsToEuros(offer.value, lang),
    minPurchase: centsToEuros(offer.minPurchaseCents, lang),
    validFrom: offer.validFrom,
    validTo: offer.validTo ?? '',
    usesPerPass: String(offer.usesPerPass),
    quota: offer.quota === null ? '' : String(offer.quota),
    categories: offer.categories,
  };
}

/**
 * The CreateOfferDto / UpdateOfferDto input from the posted form, and the numbers the form could not
 * read. Money is typed in euros and stored in cents; on an edit, an emptied optional field clears it.
 */
export function offerInput(
  body: Record<string, unknown>,
  stored: Offer | undefined,
  lang: PortalLanguage,
): { input: Record<string, unknown>; errors: FieldErrors } {
  const m = PRODUCER_MESSAGES[lang];
  const errors: FieldErrors = {};
  const empty = stored ? null : undefined;
  const read = (field: string, parsed: Parsed, problem: string) => {
    if ('problem' in parsed) {
      errors[field] = problem;
      return undefined;
    }
    return parsed.value ?? empty;
  };
  const kind = text(body.kind);
  const title = typedTexts(body, 'title');
  const conditions = typedTexts(body, 'conditions');
  const value = kind === 'percent_off' ? read('value', wholeNumber(body.value), m.percentProblem) : read('value', eurosToCents(body.value), m.euroProblem);
  const usesPerPass = read('usesPerPass', wholeNumber(body.usesPerPass), m.wholeProblem);
  const input = {
    title: translated(stored?.title, title),
    conditions: anyTyped(conditions) ? translated(stored?.conditions, conditions) : empty,
    kind,
    value,
    minPurchaseCents: read('minPurchase', eurosToCents(body.minPurchase), m.euroProblem),
    validFrom: text(body.validFrom),
    validTo: text(body.validTo) || empty,
    // Uses per pass is never empty: left empty, it stays as it was (one, for a new offer).
    usesPerPass: usesPerPass ?? undefined,
    quota: read('quota', wholeNumber(body.quota), m.wholeProblem),
    categories: list(body.categories),
  };
  return { input, errors };
}

/**
 * The DTO's and the service's words for the fields the form shows differently: money in euros (the
 * API speaks cents), the value by kind, the dates as a pair.
 */
export function offerErrors(errors: FieldErrors, body: Record<string, unknown>, lang: PortalLanguage): FieldErrors {
  const m = PRODUCER_MESSAGES[lang];
  const said: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    if (field === 'minPurchaseCents') said.minPurchase ??= m.euroProblem;
    else if (field === 'value') said.value = valueProblem(text(body.kind) as OfferKind, m);
    else if (field === 'validTo' && /^\d{4}-\d{2}-\d{2}$/.test(text(body.validTo))) said.validTo = m.datesProblem;
    else said[field] ??= message;
  }
  return said;
}

function valueProblem(kind: OfferKind, m: (typeof PRODUCER_MESSAGES)[PortalLanguage]): string {
  if (kind === 'percent_off') return m.percentProblem;
  if (kind === 'amount_off') return m.amountProblem;
  return m.euroProblem;
}
