import { describe, expect, it } from 'vitest';
import { openingHoursProblem } from './opening-hours.js';
import { closedWeek, readOpeningHours, writeOpeningHours, type WeeklyHours } from './weekly-hours.js';

const week = (days: Partial<WeeklyHours>): WeeklyHours => ({ ...closedWeek(), ...days });
const morning = { from: '09:00', to: '12:00' };
const afternoon = { from: '14:00', to: '18:00' };

describe('the opening-hours rows and the opening_hours syntax', () => {
  it('groups consecutive days with the same hours, and leaves closed days out', () => {
    const shop = week({
      Mo: [morning, afternoon],
      Tu: [morning, afternoon],
      We: [morning, afternoon],
      Th: [morning, afternoon],
      Fr: [morning, afternoon],
      Sa: [morning],
    });
    expect(writeOpeningHours(shop)).toBe('Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00');
    expect(writeOpeningHours(week({ Sa: [morning], Su: [morning] }))).toBe('Sa,Su 09:00-12:00');
    expect(writeOpeningHours(week({ Tu: [afternoon], Th: [afternoon], Fr: [afternoon], Sa: [morning] }))).toBe('Tu,Th,Fr 14:00-18:00; Sa 09:00-12:00');
    expect(writeOpeningHours(closedWeek())).toBe('');
  });

  it('what it writes is valid opening_hours, and reads back into the same rows', () => {
    const samples = [
      week({ Mo: [morning, afternoon], Tu: [morning, afternoon], We: [morning, afternoon], Th: [morning, afternoon], Fr: [morning, afternoon], Sa: [morning] }),
      week({
        We: [{ from: '17:00', to: '19:00' }],
        Sa: [
          { from: '08:30', to: '12:30' },
          { from: '15:00', to: '19:00' },
        ],
        Su: [morning],
      }),
      week({ Fr: [{ from: '18:00', to: '23:30' }] }),
      closedWeek(),
    ];
    for (const sample of samples) {
      const text = writeOpeningHours(sample);
      if (text) expect(openingHoursProblem(text)).toBeUndefined();
      expect(readOpeningHours(text)).toEqual(sample);
    }
  });

  it('reads the simple forms people write by hand: day lists, ranges across the week end, "off"', () => {
    expect(readOpeningHours('Mo,We,Fr 10:00-12:00')).toEqual(
      week({ Mo: [{ from: '10:00', to: '12:00' }], We: [{ from: '10:00', to: '12:00' }], Fr: [{ from: '10:00', to: '12:00' }] }),
    );
    expect(readOpeningHours('Sa-Mo 09:00-12:00')).toEqual(week({ Sa: [morning], Su: [morning], Mo: [morning] }));
    expect(readOpeningHours('Mo-Sa 09:00-12:00; Su off')).toEqual(
      week({ Mo: [morning], Tu: [morning], We: [morning], Th: [morning], Fr: [morning], Sa: [morning] }),
    );
    expect(readOpeningHours(null)).toEqual(closedWeek());
  });

  it('anything the rows cannot hold answers undefined, so the raw text is shown instead', () => {
    for (const text of [
      '24/7',
      'Mo-Fr 09:00-12:00; PH off',
      'Apr-Oct Mo-Fr 09:00-18:00',
      'Mo 08:00-10:00,11:00-12:00,14:00-16:00',
      'Mo-Fr 09:00-12:00; We 14:00-16:00',
      'Mo-Fr 09:00-24:00',
      'Mo-Fr sunrise-sunset',
      'Mo 9:00-12:00',
    ]) {
      expect(readOpeningHours(text), text).toBeUndefined();
    }
  });
});
