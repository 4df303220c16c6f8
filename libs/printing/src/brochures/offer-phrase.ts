import { translate } from '#common';
import type { ShowcaseOffer } from '#directory';
import type { BrochureLanguage } from './brochure-texts.js';

const EUROS = {
  fr: [0, 2].map((digits) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: digits })),
  en: [0, 2].map((digits) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: digits })),
};
const PERCENT = { fr: new Intl.NumberFormat('fr-FR', { style: 'percent' }), en: new Intl.NumberFormat('en-GB', { style: 'percent' }) };
const WORDS = {
  fr: { off: 'de remise', from: 'dès', free: 'Offert :' },
  en: { off: 'off', from: 'from', free: 'Free:' },
};
/** Words that already say "free" in a title, in the languages titles are written in. */
const SAYS_FREE = /\b(offert|offerte|offerts|offertes|gratuit|gratuite|gratuits|gratuites|free|gratis|kostenlos|geschenkt)\b/iu;

const euros = (lang: BrochureLanguage, cents: number) => EUROS[lang][cents % 100 ? 1 : 0].format(cents / 100);

/** The numbers a title mentions ("1,50 €" and "1.50" are both 1.5; "10 %" is 10). */
function numbersIn(title: string): number[] {
  return (title.match(/\d+(?:[.,]\d+)?/g) ?? []).map((number) => Number(number.replace(',', '.')));
}

/**
 * One phrase per offer. The producer's title usually says the offer already ("1,50 € offert dès
 * 12 € d'achat"): then it is printed alone, not after the same value written by the app ("1,50 €
 * de remise dès 12 € — 1,50 € offert dès 12 € d'achat"). What the title leaves out (the amount,
 * the minimum purchase, that it is free) is said once, around it.
 */
export function offerPhrase(offer: Pick<ShowcaseOffer, 'kind' | 'value' | 'minPurchaseCents' | 'title'>, lang: BrochureLanguage): string {
  const w = WORDS[lang];
  const title = translate(offer.title, lang);
  const mentioned = numbersIn(title);
  const minimum = offer.minPurchaseCents && !mentioned.includes(offer.minPurchaseCents / 100) ? ` (${w.from} ${euros(lang, offer.minPurchaseCents)})` : '';
  if (offer.kind === 'percent_off' || offer.kind === 'amount_off') {
    const value = offer.value ?? 0;
    const amount = offer.kind === 'percent_off' ? value : value / 100;
    if (mentioned.includes(amount)) return `${title}${minimum}`;
    const said = offer.kind === 'percent_off' ? `−${PERCENT[lang].format(value / 100)}` : `${euros(lang, value)} ${w.off}`;
    return `${said} — ${title}${minimum}`;
  }
  return SAYS_FREE.test(title) ? `${title}${minimum}` : `${w.free} ${title}${minimum}`;
}
