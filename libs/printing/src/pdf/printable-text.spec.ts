import { describe, expect, it } from 'vitest';
import { unprintableCharacters } from './printable-text.js';

describe('what the brochure’s font can print', () => {
  it('prints French, the euro and typographic quotes', () => {
    expect(unprintableCharacters('« Œufs frais » à 2,50 € — déjà là, ç’est l’été !\nOuvert')).toEqual([]);
  });

  it('names each character it has no glyph for, once, bold as regular', () => {
    expect(unprintableCharacters('Miel 🐝 et 山 🐝')).toEqual(['🐝', '山']);
    expect(unprintableCharacters('Ferme 🐐', 'bold')).toEqual(['🐐']);
  });
});
