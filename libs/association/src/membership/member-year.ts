import type { Language, TranslatedText } from '#common';

export const MEMBER_KINDS = ['producer', 'host'] as const;
/** A member of the association: a producer business, or a host (their role row in the territory). */
export type MemberKind = (typeof MEMBER_KINDS)[number];

export const MEMBER_YEAR_STATUSES = ['requested', 'charter_accepted', 'paid', 'active', 'lapsed'] as const;
export type MemberYearStatus = (typeof MEMBER_YEAR_STATUSES)[number];

export const PAYMENT_METHODS = ['cash', 'cheque', 'transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const LAPSED_POLICIES = ['hide', 'flag'] as const;
/** What a lapsed membership means once the grace period is over: offers withheld from tourists and print, or only flagged. */
export type LapsedPolicy = (typeof LAPSED_POLICIES)[number];

/** Who a membership is of: a producer by its id, a host by its role row's id (`memberships.id`). */
export interface MemberRef {
  kind: MemberKind;
  id: string;
}

export interface MembershipTerms {
  territoryId: string;
  yearStartsMonth: number;
  producerFeeCents: number;
  hostFeeCents: number;
  charter: TranslatedText;
  paymentInstructions: TranslatedText;
  lapsedPolicy: LapsedPolicy;
  graceDays: number;
  updatedAt: Date;
}

/** One member's year as the database tells it (a member without a row yet: nothing asked of it so far). */
export interface MemberYearRow {
  kind: MemberKind;
  memberId: string;
  name: string;
  detail: string | null;
  memberYearId: string | null;
  feeCents: number;
  paidCents: number;
  charterAcceptedAt: Date | null;
  lang: Language;
  remindedAt: Date | null;
  activeYearBefore: boolean;
  graceOver: boolean;
}

export interface Standing {
  status: MemberYearStatus;
  charterAccepted: boolean;
  paid: boolean;
  active: boolean;
}

/**
 * requested → charter accepted → paid → active; a fee of 0 is paid from the start. Lapsed: active
 * the year before, not renewed, and the grace period of this year over.
 */
export function standingOf(row: Pick<MemberYearRow, 'feeCents' | 'paidCents' | 'charterAcceptedAt' | 'activeYearBefore' | 'graceOver'>): Standing {
  const charterAccepted = row.charterAcceptedAt !== null;
  const paid = row.paidCents >= row.feeCents;
  const active = charterAccepted && paid;
  const status: MemberYearStatus = active
    ? 'active'
    : row.activeYearBefore && row.graceOver
      ? 'lapsed'
      : paid && row.feeCents > 0
        ? 'paid'
        : charterAccepted
          ? 'charter_accepted'
          : 'requested';
  return { status, charterAccepted, paid, active };
}

/** The membership year a day falls in, named after the calendar year it starts in (as `tp_membership_year`). */
export function membershipYearOf(day: string, yearStartsMonth: number): number {
  const [year, month] = day.split('-').map(Number);
  return month < yearStartsMonth ? year - 1 : year;
}

/** A receipt's number as printed: year and sequence, "2026-0007". */
export const receiptLabel = (year: number, receiptNumber: number) => `${year}-${String(receiptNumber).padStart(4, '0')}`;
