import { describe, expect, it } from 'vitest';
import { closedWeek, type WeeklyHours } from '#directory';
import { formOfWeek, weekFromForm } from './weekly-hours-form.js';

const week = (days: Partial<WeeklyHours>): WeeklyHours => ({ ...closedWeek(), ...days });
const morning = { from: '09:00', to: '12:00' };

describe('the opening-hours rows of the business form', () => {
  it('shows every week the rows can hold, and reads it back unchanged', () => {
    const samples = [
      week({ Mo: [morning, { from: '14:00', to: '18:00' }], Sa: [morning] }),
      week({
        Sa: [
          { from: '08:30', to: '12:30' },
          { from: '15:00', to: '19:00' },
        ],
        Su: [morning],
      }),
      closedWeek(),
    ];
    for (const sample of samples) expect(weekFromForm(formOfWeek(sample))).toEqual({ week: sample, problems: {} });
  });

  it('says which day is wrong in the rows: a time missing, a second range alone, equal times, times on a day marked closed', () => {
    const { week: read, problems } = weekFromForm({
      'hours.Mo.from1': '09:00',
      'hours.Tu.from1': '09:00',
      'hours.Tu.to1': '12:00',
      'hours.We.from2': '14:00',
      'hours.We.to2': '18:00',
      'hours.Th.from1': '10:00',
      'hours.Th.to1': '10:00',
      'hours.Fr.from1': '09:00',
      'hours.Fr.to1': '12:00',
      'hours.Fr.closed': '1',
    });
    expect(problems).toEqual({ Mo: 'incomplete', We: 'secondWithoutFirst', Th: 'sameTimes', Fr: 'closedWithTimes' });
    expect(read.Tu).toEqual([morning]);
    expect(weekFromForm({ 'hours.Sa.closed': '1', 'hours.Su.from1': '10:00', 'hours.Su.to1': '12:00' }).week).toEqual(
      week({ Su: [{ from: '10:00', to: '12:00' }] }),
    );
  });
});
