import { describe, expect, it } from 'vitest';
import { fontFaces } from './fonts.js';
import { printableText, unprintableCharacters } from './printable-text.js';

describe('what the brochure’s font can print', () => {
  it('prints French, the euro and typographic quotes', () => {
    expect(unprintableCharacters('« Œufs frais » à 2,50 € — déjà là, ç’est l’été !\nOuvert')).toEqual([]);
  });

  it('names each character it has no glyph for, once, bold as regular', () => {
    expect(unprintableCharacters('Miel 🐝 et 山 🐝')).toEqual(['🐝', '山']);
    expect(unprintableCharacters('Ferme 🐐', 'bold')).toEqual(['🐐']);
  });

  it('counts an emoji sequence as the one character a reader sees, and a right-to-left script as unprintable', () => {
    expect(unprintableCharacters('Famille 👨‍👩‍👧 🍯️ 🇫🇷')).toEqual(['👨‍👩‍👧', '🍯️', '🇫🇷']);
    expect(unprintableCharacters('שלום')).toEqual(['ש', 'ל', 'ו', 'ם']);
    expect(printableText('Famille 👨‍👩‍👧 🍯️ ❤️ e\u0301')).toBe('Famille □ □ ❤ é');
  });

  it('has every letter of Latin-1 and Latin Extended-A and B in both faces (what the quick path takes for granted)', () => {
    const latin = [...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i), ...Array.from({ length: 0x250 - 0xa0 }, (_, i) => 0xa0 + i)];
    for (const face of Object.values(fontFaces())) expect(latin.filter((codePoint) => face.font.glyphForCodePoint(codePoint).id === 0)).toEqual([]);
  });
});
