import { describe, expect, it } from 'vitest';
import { offerPhrase } from './offer-phrase.js';

describe('an offer in one phrase', () => {
  it('prints the producer’s title alone when it already says the value and the minimum', () => {
    const offer = {
      kind: 'amount_off',
      value: 150,
      minPurchaseCents: 1200,
      title: { fr: '1,50 € offert dès 12 € d’achat', en: '€1.50 off from €12' },
    } as const;
    expect(offerPhrase(offer, 'fr')).toBe('1,50 € offert dès 12 € d’achat');
    expect(offerPhrase(offer, 'en')).toBe('€1.50 off from €12');
    expect(offerPhrase({ kind: 'percent_off', value: 15, minPurchaseCents: null, title: { fr: '15 % dès 3 pots achetés' } }, 'fr')).toBe(
      '15 % dès 3 pots achetés',
    );
  });

  it('says once what the title leaves out (in the reader’s number format: no-break spaces before % and €)', () => {
    expect(offerPhrase({ kind: 'percent_off', value: 10, minPurchaseCents: 2000, title: { fr: 'Sur les fromages' } }, 'fr')).toBe(
      '−10\u00a0% — Sur les fromages (dès 20\u00a0€)',
    );
    expect(offerPhrase({ kind: 'amount_off', value: 200, minPurchaseCents: 1500, title: { fr: '2 € sur les fruits' } }, 'fr')).toBe(
      '2 € sur les fruits (dès 15\u00a0€)',
    );
    expect(offerPhrase({ kind: 'tasting', value: null, minPurchaseCents: null, title: { fr: 'Dégustation de miels', en: 'Honey tasting' } }, 'en')).toBe(
      'Free: Honey tasting',
    );
    expect(offerPhrase({ kind: 'gift', value: null, minPurchaseCents: null, title: { fr: 'Un verre gravé offert' } }, 'fr')).toBe('Un verre gravé offert');
  });
});
