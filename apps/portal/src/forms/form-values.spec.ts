import { describe, expect, it } from 'vitest';
import { centsToEuros, decimal, eurosToCents, wholeNumber } from './form-values.js';

describe('what members type in the forms', () => {
  it('euros typed the French or the English way become cents, and cents read back as typed', () => {
    expect(eurosToCents('12,50')).toEqual({ value: 1250 });
    expect(eurosToCents('12.5')).toEqual({ value: 1250 });
    expect(eurosToCents(' 15 € ')).toEqual({ value: 1500 });
    expect(eurosToCents('')).toEqual({ value: null });
    for (const wrong of ['12,555', 'douze', '-3', '1e3']) expect(eurosToCents(wrong), wrong).toEqual({ problem: true });
    expect(centsToEuros(1250, 'fr')).toBe('12,50');
    expect(centsToEuros(1205, 'en')).toBe('12.05');
    expect(centsToEuros(1500, 'fr')).toBe('15');
    expect(centsToEuros(null, 'fr')).toBe('');
  });

  it('whole numbers and coordinates', () => {
    expect(wholeNumber('3')).toEqual({ value: 3 });
    expect(wholeNumber('2,5')).toEqual({ problem: true });
    expect(decimal('46,6486')).toBe(46.6486);
    expect(decimal('−0.2472')).toBe(-0.2472);
    expect(decimal('nord')).toBe('nord');
    expect(decimal('')).toBeNull();
  });
});
