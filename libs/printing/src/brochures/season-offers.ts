import type { SeasonPrintSelection } from '#association';
import type { ShowcaseProducer } from '#directory';

/**
 * During a season's campaign a brochure is printed for the season: on its first day unless a day is
 * asked (or today, once it has begun), and with only the offers confirmed for it (kept or changed) —
 * an offer nobody confirmed is not printed, and a producer left with none is not either.
 */
export function seasonPrintDate(selection: SeasonPrintSelection | undefined, asked: string | undefined, today: string): string {
  if (asked) return asked;
  return selection && selection.season.startsOn > today ? selection.season.startsOn : today;
}

export function confirmedForSeason(producers: ShowcaseProducer[], selection: SeasonPrintSelection | undefined): ShowcaseProducer[] {
  if (!selection) return producers;
  return producers
    .map((producer) => ({ ...producer, offers: producer.offers.filter((offer) => selection.confirmedOfferIds.has(offer.id)) }))
    .filter((producer) => producer.offers.length > 0);
}
