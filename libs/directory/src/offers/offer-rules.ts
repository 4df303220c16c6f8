import { refusal, type SaidRefusal } from '#common';
import { DIRECTORY_REFUSALS } from '../directory-refusals.js';
import type { OfferKind, OfferStatus } from './offer.entity.js';

/** What is wrong with `value` for an offer of this kind, if anything. */
export function offerValueProblem(kind: OfferKind, value: number | null | undefined): string | undefined {
  if (kind === 'percent_off') {
    if (value === null || value === undefined) return 'value is required for a percent_off offer (the percentage)';
    if (value < 1 || value > 100) return 'value must be a percentage between 1 and 100 for a percent_off offer';
  }
  if (kind === 'amount_off' && (value === null || value === undefined || value < 1)) {
    return 'value is required for an amount_off offer (the amount in cents, at least 1)';
  }
  return undefined;
}

export function validityProblem(validFrom: string, validTo: string | null | undefined): string | undefined {
  return validTo !== null && validTo !== undefined && validTo < validFrom ? 'validTo must be on or after validFrom' : undefined;
}

/** The same day one year later (29 February becomes 28 February): an offer's dates for next season. */
export function nextSeason(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  return `${String(year + 1).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

export type OfferTransition = 'submit' | 'publish' | 'reject' | 'pause' | 'archive';

/** The lifecycle: draft → pending review → published ⇄ paused → archived. */
const TRANSITIONS: Record<OfferTransition, { from: OfferStatus[]; to: OfferStatus }> = {
  submit: { from: ['draft'], to: 'pending_review' },
  publish: { from: ['draft', 'pending_review', 'paused'], to: 'published' },
  reject: { from: ['pending_review'], to: 'draft' },
  pause: { from: ['published'], to: 'paused' },
  archive: { from: ['draft', 'pending_review', 'published', 'paused'], to: 'archived' },
};

/**
 * The status an offer moves to, or why it cannot: where the territory reviews offers,
 * a draft is submitted for review and only a review publishes it.
 */
export function nextStatus(transition: OfferTransition, current: OfferStatus, offersNeedReview: boolean): { status: OfferStatus } | { problem: SaidRefusal } {
  const rule = TRANSITIONS[transition];
  if (!rule.from.includes(current)) {
    return { problem: refusal(DIRECTORY_REFUSALS, 'offer_move_not_allowed', { move: transition, status: current }) };
  }
  if (transition === 'publish' && current === 'draft' && offersNeedReview) {
    return { problem: refusal(DIRECTORY_REFUSALS, 'offer_needs_review') };
  }
  return { status: rule.to };
}
