import { describe, expect, it } from 'vitest';
import { nextSeason, nextStatus, offerValueProblem, validityProblem } from './offer-rules.js';

describe('offer rules', () => {
  it('a percentage lies between 1 and 100; an amount is required', () => {
    expect(offerValueProblem('percent_off', 10)).toBeUndefined();
    expect(offerValueProblem('percent_off', 101)).toMatch(/between 1 and 100/);
    expect(offerValueProblem('percent_off', undefined)).toMatch(/required/);
    expect(offerValueProblem('amount_off', 0)).toMatch(/required/);
    expect(offerValueProblem('visit', undefined)).toBeUndefined();
  });

  it('validity ends on or after it starts', () => {
    expect(validityProblem('2026-05-01', '2026-05-01')).toBeUndefined();
    expect(validityProblem('2026-05-01', null)).toBeUndefined();
    expect(validityProblem('2026-05-02', '2026-05-01')).toBeDefined();
  });

  it('next season is the same day one year later, 29 February becoming 28 February', () => {
    expect(nextSeason('2026-04-01')).toBe('2027-04-01');
    expect(nextSeason('2026-12-31')).toBe('2027-12-31');
    expect(nextSeason('2028-02-29')).toBe('2029-02-28');
    expect(nextSeason('2027-02-28')).toBe('2028-02-28');
  });

  it('follows the lifecycle, with review where the territory asks for it', () => {
    expect(nextStatus('publish', 'draft', false)).toEqual({ status: 'published' });
    expect(nextStatus('publish', 'draft', true)).toHaveProperty('problem');
    expect(nextStatus('publish', 'pending_review', true)).toEqual({ status: 'published' });
    expect(nextStatus('pause', 'published', false)).toEqual({ status: 'paused' });
    expect(nextStatus('publish', 'paused', true)).toEqual({ status: 'published' });
    expect(nextStatus('archive', 'archived', false)).toMatchObject({
      problem: { code: 'offer_move_not_allowed', message: 'cannot archive an offer that is archived' },
    });
    expect(nextStatus('reject', 'published', false)).toHaveProperty('problem');
  });
});
