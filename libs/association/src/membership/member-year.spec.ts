import { describe, expect, it } from 'vitest';
import { membershipYearOf, receiptLabel, standingOf } from './member-year.js';

const row = { feeCents: 3000, paidCents: 0, charterAcceptedAt: null, activeYearBefore: false, graceOver: false };
const accepted = new Date('2026-02-01T10:00:00Z');

describe('a member’s standing for its year', () => {
  it('goes from requested to charter accepted, then active once paid', () => {
    expect(standingOf(row).status).toBe('requested');
    expect(standingOf({ ...row, charterAcceptedAt: accepted }).status).toBe('charter_accepted');
    expect(standingOf({ ...row, paidCents: 3000 }).status).toBe('paid');
    expect(standingOf({ ...row, charterAcceptedAt: accepted, paidCents: 3000 })).toEqual({ status: 'active', charterAccepted: true, paid: true, active: true });
  });

  it('needs no payment when the fee is 0', () => {
    expect(standingOf({ ...row, feeCents: 0 }).status).toBe('requested');
    expect(standingOf({ ...row, feeCents: 0, charterAcceptedAt: accepted }).active).toBe(true);
  });

  it('lapses only after the grace period of a year not renewed, the year before active', () => {
    expect(standingOf({ ...row, activeYearBefore: true }).status).toBe('requested');
    expect(standingOf({ ...row, activeYearBefore: true, graceOver: true }).status).toBe('lapsed');
    expect(standingOf({ ...row, graceOver: true }).status).toBe('requested');
    expect(standingOf({ ...row, activeYearBefore: true, graceOver: true, charterAcceptedAt: accepted, paidCents: 3000 }).status).toBe('active');
  });

  it('names the year after the month it starts in', () => {
    expect(membershipYearOf('2026-03-15', 1)).toBe(2026);
    expect(membershipYearOf('2026-03-15', 9)).toBe(2025);
    expect(membershipYearOf('2026-09-01', 9)).toBe(2026);
    expect(receiptLabel(2026, 7)).toBe('2026-0007');
  });
});
