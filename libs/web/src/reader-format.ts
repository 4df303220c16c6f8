import { dateFormat, numberFormat, type Language } from '#common';
import type { OpeningStatus, ShowcaseOffer } from '#directory';
import { FORMAT_MESSAGES as MESSAGES } from './reader-format.messages.js';

export { dateFormat, numberFormat } from '#common';

const euros = (lang: Language, cents: number) =>
  numberFormat(lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: cents % 100 === 0 ? 0 : 2 }).format(cents / 100);

/** "−10 %", "2 € de remise dès 15 €", "Visite offerte", formatted for the reader. */
export function offerValue(offer: Pick<ShowcaseOffer, 'kind' | 'value' | 'minPurchaseCents'>, lang: Language): string {
  const m = MESSAGES[lang];
  const minimum = offer.minPurchaseCents ? ` ${m.from} ${euros(lang, offer.minPurchaseCents)}` : '';
  switch (offer.kind) {
    case 'percent_off':
      return `−${numberFormat(lang, { style: 'percent' }).format((offer.value ?? 0) / 100)}${minimum}`;
    case 'amount_off':
      return `${euros(lang, offer.value ?? 0)} ${m.off}${minimum}`;
    default:
      return `${m.free[offer.kind]}${minimum}`;
  }
}

export function distance(km: number, lang: Language): string {
  return numberFormat(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}

/** "until 31 Oct" / "jusqu’au 31 oct." */
export function validity(offer: Pick<ShowcaseOffer, 'validFrom' | 'validTo'>, today: string, lang: Language): string {
  const m = MESSAGES[lang];
  const day = (date: string) => dateFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  if (offer.validFrom > today) return `${m.validFrom} ${day(offer.validFrom)}`;
  return offer.validTo ? `${m.validUntil} ${day(offer.validTo)}` : '';
}

/** "Open · closes at 19:00", "Closed · opens Tue 09:00"; times are wall-clock fields of the territory. */
export function openingLine(status: OpeningStatus, lang: Language): { text: string; open: boolean | undefined } {
  const m = MESSAGES[lang];
  if ('unknown' in status) return { text: m.hoursUnknown, open: undefined };
  const time = (date: Date) => dateFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(date);
  const weekday = (date: Date) => dateFormat(lang, { weekday: 'short' }).format(date);
  if (status.open) return { text: status.closesAt ? `${m.open} · ${m.closesAt} ${time(status.closesAt)}` : m.open, open: true };
  return { text: status.opensAt ? `${m.closed} · ${m.opensAt} ${weekday(status.opensAt)} ${time(status.opensAt)}` : m.closed, open: false };
}

export function dateTime(instant: Date, timeZone: string, lang: Language): string {
  return dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(instant);
}

/** A web address as people read it on a page: without its `https://`. */
export function websiteForReaders(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
