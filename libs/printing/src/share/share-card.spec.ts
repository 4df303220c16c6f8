import { describe, expect, it } from 'vitest';
import { SHARE_CARD, shareCardPng, shareCardSvg, type ShareCard } from './share-card.js';

const card: ShareCard = {
  eyebrow: 'Les Bons Plans de Gâtine',
  title: 'La Chèvrerie des Brandes',
  lines: ['Fromages · Vernoux-en-Gâtine', '2 bons plans'],
  footer: 'bonsplans-gatine.fr',
  colour: '#1e5a8c',
  points: [
    { latitude: 46.61, longitude: -0.5 },
    { latitude: 46.62, longitude: -0.36 },
  ],
};

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);

describe('the card a shared link shows', () => {
  it('says the names, the lines and the address, with the producers on a small map', () => {
    const svg = shareCardSvg({ ...card, highlight: card.points[0] });
    // the title wraps beside the map
    expect(texts(svg)).toEqual([
      'Les Bons Plans de Gâtine',
      'La Chèvrerie des',
      'Brandes',
      'Fromages · Vernoux-en-Gâtine',
      '2 bons plans',
      'bonsplans-gatine.fr',
    ]);
    // two producers, the card's own ringed
    expect(svg.match(/<circle [^>]*r="11"/g)).toHaveLength(2);
    expect(svg).toMatch(/<circle [^>]*r="20"/);
  });

  it('keeps a long name to two lines ending with an ellipsis, and escapes what producers type', () => {
    const long = texts(shareCardSvg({ ...card, title: 'La Très Grande Chèvrerie des Brandes, des Prés et des Bois du Haut-Thouet', points: [] }));
    expect(long.slice(1, 3).join(' ')).toMatch(/^La Très Grande Chèvrerie .+…$/);
    expect(long[3]).toBe('Fromages · Vernoux-en-Gâtine');
    const typed = shareCardSvg({ ...card, title: '<Miel> & "Cire"' });
    expect(typed).not.toContain('<Miel>');
    expect(typed).toContain('&#60;Miel&#62; &#38; &#34;Cire&#34;');
  });

  it('writes in dark ink when the territory’s colour is too pale to read on white', () => {
    const svg = shareCardSvg({ ...card, colour: '#f5e663' });
    expect(svg).toMatch(/<rect width="28" height="100%" fill="#f5e663"\/>/);
    expect(svg).toMatch(/<text [^>]*font-size="32" font-weight="bold" fill="#1b1b1b">Les Bons Plans/);
  });

  it('is a PNG of 1200 × 630 pixels', () => {
    const png = shareCardPng(card);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHARE_CARD.width, SHARE_CARD.height]);
  });
});
