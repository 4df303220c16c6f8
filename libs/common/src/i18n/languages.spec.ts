import { describe, expect, it } from 'vitest';
import { languageOf, translate } from './languages.js';

describe('a text in the reader’s language', () => {
  const honey = { fr: 'Miel de châtaignier', en: 'Chestnut honey', de: 'Kastanienhonig' };

  it('is the reader’s own where the producer wrote it', () => {
    expect(translate(honey, 'de')).toBe('Kastanienhonig');
    expect(languageOf(honey, 'de')).toBe('de');
  });

  it('falls back to English before French for a Dutch or German reader', () => {
    expect(translate(honey, 'nl')).toBe('Chestnut honey');
    expect(languageOf(honey, 'nl')).toBe('en');
    expect(translate({ fr: 'Miel', de: 'Honig' }, 'nl')).toBe('Miel');
    expect(languageOf({ fr: 'Miel', de: 'Honig' }, 'nl')).toBe('fr');
  });

  it('falls back to French for an English reader, and treats a blank translation as none', () => {
    expect(translate({ fr: 'Miel', en: '  ' }, 'en')).toBe('Miel');
    expect(translate({ fr: 'Miel', en: '' }, 'de')).toBe('Miel');
    expect(translate(null, 'fr')).toBe('');
  });
});
