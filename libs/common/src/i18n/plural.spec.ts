import { describe, expect, it } from 'vitest';
import { plural } from './plural.js';

describe('counted texts follow each language’s plural rules', () => {
  const offers = { fr: { one: '{n} bon plan', other: '{n} bons plans' }, en: { one: '{n} offer', other: '{n} offers' } };

  it('French treats 0 and 1 as singular', () => {
    expect([0, 1, 2, 10].map((n) => plural('fr', n, offers.fr))).toEqual(['0 bon plan', '1 bon plan', '2 bons plans', '10 bons plans']);
  });

  it('English treats only 1 as singular', () => {
    expect([0, 1, 2].map((n) => plural('en', n, offers.en))).toEqual(['0 offers', '1 offer', '2 offers']);
  });

  it('a word for none is said for 0 in every language', () => {
    const uses = { zero: 'Aucun usage', one: '{n} usage', other: '{n} usages' };
    expect([0, 1, 3].map((n) => plural('fr', n, uses))).toEqual(['Aucun usage', '1 usage', '3 usages']);
  });

  it('a language with more forms falls back to other when a form is not given', () => {
    expect(plural('pl', 5, { one: '{n} plik', few: '{n} pliki', other: '{n} plików' })).toBe('5 plików');
    expect(plural('pl', 3, { one: '{n} plik', other: '{n} plików' })).toBe('3 plików');
  });
});
