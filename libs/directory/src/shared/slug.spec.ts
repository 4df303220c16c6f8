import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, shortCode } from './short-code.js';
import { slugify } from './slug.js';

describe('slugs and short codes', () => {
  it('slugs drop accents and punctuation', () => {
    expect(slugify('Ferme de la Gâtine')).toBe('ferme-de-la-gatine');
    expect(slugify("L'Œuf de Coulonges-sur-l'Autize !")).toBe('l-oeuf-de-coulonges-sur-l-autize');
    expect(slugify('***')).toBe('item');
  });

  it('short codes use no look-alike characters', () => {
    expect(CODE_ALPHABET).not.toMatch(/[01ilo]/i);
    for (let i = 0; i < 200; i++) expect(shortCode()).toMatch(/^[2-9a-hjkmnp-z]{8}$/);
  });
});
