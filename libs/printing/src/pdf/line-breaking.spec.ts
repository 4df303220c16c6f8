import { describe, expect, it } from 'vitest';
import { fontFaces } from './fonts.js';
import { breakLines } from './line-breaking.js';

describe('a word too wide for its box, cut between its characters', () => {
  it('keeps every character as typed: accents, m², ½, no-break spaces; only ligatures go back into their letters', () => {
    const word = 'Chèvrerie\u00a0«\u00a0bio\u00a0»\u00a05m²½\u202f%offerte';
    const cut = breakLines(fontFaces().regular, 12, word, 30);
    expect(cut.length).toBeGreaterThan(3);
    expect(cut.map((line) => line.text).join('')).toBe(word);
  });
});
