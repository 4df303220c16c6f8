import { describe, expect, it } from 'vitest';
import type { SeasonPrintSelection } from '#association';
import type { ShowcaseProducer } from '#directory';
import { confirmedForSeason, seasonPrintDate } from './season-offers.js';

const producer = (name: string, offerIds: string[]) => ({ name, offers: offerIds.map((id) => ({ id })) }) as unknown as ShowcaseProducer;
const selection = (confirmed: string[]): SeasonPrintSelection => ({
  season: { id: 's', name: 'Saison 2027', startsOn: '2027-04-01', endsOn: '2027-10-31', printDeadline: '2027-02-28' },
  confirmedOfferIds: new Set(confirmed),
});

describe('a brochure printed during a season', () => {
  it('holds only the confirmed offers, and no producer left without one', () => {
    const printed = confirmedForSeason([producer('Chèvrerie', ['a', 'b']), producer('Rucher', ['c'])], selection(['b']));
    expect(printed.map((p) => [p.name, p.offers.map((o) => o.id)])).toEqual([['Chèvrerie', ['b']]]);
  });

  it('prints everything shown outside a season', () => {
    const producers = [producer('Rucher', ['c'])];
    expect(confirmedForSeason(producers, undefined)).toBe(producers);
  });

  it('is printed for the season’s first day unless a day is asked or the season has begun', () => {
    expect(seasonPrintDate(selection([]), undefined, '2027-01-10')).toBe('2027-04-01');
    expect(seasonPrintDate(selection([]), undefined, '2027-05-02')).toBe('2027-05-02');
    expect(seasonPrintDate(selection([]), '2027-06-01', '2027-01-10')).toBe('2027-06-01');
    expect(seasonPrintDate(undefined, undefined, '2027-01-10')).toBe('2027-01-10');
  });
});
