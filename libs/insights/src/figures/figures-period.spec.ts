import { describe, expect, it } from 'vitest';
import { periodOf, yearEarlier } from './figures-period.js';

const NOW = new Date('2026-11-30T12:00:00Z');

/** A territory whose page openings and uses ran between two days; records the window it was asked about. */
function activity(span?: { first: string; last: string }) {
  const asked: [string, string][] = [];
  return { asked, span: (from: string, to: string) => (asked.push([from, to]), Promise.resolve(span)) };
}

describe('the default period is the season', () => {
  it('from the first to the last month with activity in the past twelve months, today at the latest', async () => {
    const running = activity({ first: '2026-05-30', last: '2026-11-29' });
    expect(await periodOf({}, 'Europe/Paris', running.span, NOW)).toEqual({ from: '2026-05-01', to: '2026-11-30' });
    expect(running.asked).toEqual([['2025-12-01', '2026-11-30']]);
    const over = activity({ first: '2026-04-03', last: '2026-09-12' });
    expect(await periodOf({}, 'Europe/Paris', over.span, NOW)).toEqual({ from: '2026-04-01', to: '2026-09-30' });
  });

  it('the year so far when nothing happened; a day asked for is kept, the other is today or 1 January', async () => {
    expect(await periodOf({}, 'Europe/Paris', activity().span, NOW)).toEqual({ from: '2026-01-01', to: '2026-11-30' });
    const busy = activity({ first: '2026-05-30', last: '2026-11-29' });
    expect(await periodOf({ from: '2026-07-01' }, 'Europe/Paris', busy.span, NOW)).toEqual({ from: '2026-07-01', to: '2026-11-30' });
    expect(await periodOf({ to: '2026-08-31' }, 'Europe/Paris', busy.span, NOW)).toEqual({ from: '2026-01-01', to: '2026-08-31' });
    expect(busy.asked).toEqual([]);
  });

  it('the same span a year earlier keeps its days, a 29 February becoming the 28th', () => {
    expect(yearEarlier('2026-05-01')).toBe('2025-05-01');
    expect(yearEarlier('2028-02-29')).toBe('2027-02-28');
  });
});
