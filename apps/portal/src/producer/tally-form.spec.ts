import { describe, expect, it } from 'vitest';
import { dayWritten, typedLines } from './tally-form.js';

describe('a tally sheet line as typed', () => {
  it('reads a day written day first, in the forms a hand or a numeric keypad gives, and refuses what is no day', () => {
    const today = '2026-07-20';
    expect(['14/07', '14.7', '14 07', '1407', '14/07/2026', '14/07/26', '14072026'].map((typed) => dayWritten(typed, today))).toEqual(
      Array(7).fill('2026-07-14'),
    );
    expect(dayWritten('28/12', '2027-01-03')).toBe('2026-12-28');
    expect(dayWritten('21/07', today)).toBe('2025-07-21');
    expect(['31/06', '7/14/2026', '14-07-2026x', '', '1/1/1'].map((typed) => dayWritten(typed, today))).toEqual(Array(5).fill(undefined));
  });

  it('leaves out the lines left empty', () => {
    expect(typedLines({ 'code-1': 'AB', 'date-1': '14/07', 'offer-2': '', 'amount-3': '12,50' }).map((line) => line.row)).toEqual([1, 3]);
  });
});
