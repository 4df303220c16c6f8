import { describe, expect, it } from 'vitest';
import { figuresFormat } from './figures-format.js';

describe('figures are written one way in each language', () => {
  it('French: (narrow) no-break spaces between thousands and before the sign, decimal comma, the first of the month as "1er"', () => {
    const f = figuresFormat('fr');
    expect([f.count(1472), f.money(1996650), f.euros(147200), f.rate(2.84), f.rate(null)]).toEqual([
      '1\u202f472',
      '19\u202f966,50\u00a0€',
      '1\u202f472,00',
      '2,8',
      '–',
    ]);
    expect([f.day('2026-06-01'), f.day('2026-06-21'), f.month('2026-06'), f.change(149, 100)]).toEqual([
      '1er juin 2026',
      '21 juin 2026',
      'juin 2026',
      '+49\u00a0%',
    ]);
    expect(f.period({ from: '2026-05-01', to: '2026-11-30' })).toBe('1er mai 2026 – 30 novembre 2026');
    // a funnel's rates: a step over the one before, none where that one was 0
    expect([f.percent(0.207), f.percent(1.5), f.percent(null), f.percent(Number.NaN)]).toEqual(['20,7\u00a0%', '150\u00a0%', '–', '–']);
  });

  it('English: commas between thousands, a decimal point, no ordinal', () => {
    const f = figuresFormat('en');
    expect([f.count(1472), f.money(1996650), f.euros(147200), f.rate(2.84), f.day('2026-06-01'), f.change(80, 100)]).toEqual([
      '1,472',
      '€19,966.50',
      '1,472.00',
      '2.8',
      '1 June 2026',
      '-20%',
    ]);
    expect([f.percent(0.207), f.percent(0)]).toEqual(['20.7%', '0%']);
  });
});
