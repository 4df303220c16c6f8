import { LANGUAGES, type Language, type TranslatedText } from '#common';
import type { ShowcaseOffer } from '../showcase/showcase.js';

type Discounted = Pick<ShowcaseOffer, 'kind' | 'value' | 'minPurchaseCents'>;

const euros = (lang: Language, cents: number) =>
  new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: cents % 100 === 0 ? 0 : 2 }).format(cents / 100);
const percent = (lang: Language, value: number) => new Intl.NumberFormat(lang, { style: 'percent' }).format(value / 100);

/** What the holder of a pass gets, as a sentence per language: schema.org has no property that says it. */
const WORDS: Record<
  Language,
  { percentOff: (p: string) => string; amountOff: (e: string) => string; free: Record<'gift' | 'visit' | 'tasting', string>; minimum: (e: string) => string }
> = {
  fr: {
    percentOff: (p) => `${p} de réduction`,
    amountOff: (e) => `${e} de réduction`,
    free: { gift: 'Un cadeau offert', visit: 'Une visite offerte', tasting: 'Une dégustation offerte' },
    minimum: (e) => `dès ${e} d’achat`,
  },
  en: {
    percentOff: (p) => `${p} off`,
    amountOff: (e) => `${e} off`,
    free: { gift: 'A free gift', visit: 'A free visit', tasting: 'A free tasting' },
    minimum: (e) => `on a purchase of ${e} or more`,
  },
  nl: {
    percentOff: (p) => `${p} korting`,
    amountOff: (e) => `${e} korting`,
    free: { gift: 'Een gratis cadeau', visit: 'Een gratis bezoek', tasting: 'Een gratis proeverij' },
    minimum: (e) => `bij aankoop vanaf ${e}`,
  },
  de: {
    percentOff: (p) => `${p} Rabatt`,
    amountOff: (e) => `${e} Rabatt`,
    free: { gift: 'Ein Geschenk gratis', visit: 'Eine kostenlose Besichtigung', tasting: 'Eine kostenlose Verkostung' },
    minimum: (e) => `ab einem Einkauf von ${e}`,
  },
};

function discountIn(offer: Discounted, lang: Language): string {
  const words = WORDS[lang];
  const what =
    offer.kind === 'percent_off'
      ? words.percentOff(percent(lang, offer.value ?? 0))
      : offer.kind === 'amount_off'
        ? words.amountOff(euros(lang, offer.value ?? 0))
        : words.free[offer.kind];
  return offer.minPurchaseCents ? `${what} ${words.minimum(euros(lang, offer.minPurchaseCents))}` : what;
}

/**
 * The offer's discount in words, then its conditions, in every language: the `description` of a
 * schema.org `Offer`. Conditions not translated into a language are left to their own language's
 * entry rather than repeated under a tag that would misname them.
 */
export function discountDescription(offer: Discounted & { conditions: TranslatedText | null }): { '@value': string; '@language': Language }[] {
  return LANGUAGES.map((lang) => {
    const conditions = offer.conditions?.[lang]?.trim();
    const discount = discountIn(offer, lang);
    return { '@value': conditions ? `${discount}. ${conditions}` : `${discount}.`, '@language': lang };
  });
}

/** A gift, a visit or a tasting costs the pass holder nothing: a price of zero is what schema.org says of it. */
export const isFree = (offer: Discounted): boolean => offer.kind !== 'percent_off' && offer.kind !== 'amount_off';
