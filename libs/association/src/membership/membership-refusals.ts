import { defineMessages } from '#common';

/** Why a membership request is refused, by code. */
export const MEMBERSHIP_REFUSALS = defineMessages(
  'en',
  {
    no_membership_terms: 'this territory does not manage membership: its coordinator sets its terms first',
    not_a_member: 'no such member in this territory',
    payment_cancelled: 'this payment is already cancelled',
  },
  {
    fr: {
      no_membership_terms: 'Ce territoire ne gère pas d’adhésions : sa coordination en fixe d’abord les conditions.',
      not_a_member: 'Aucun membre de ce territoire ne répond à ce nom.',
      payment_cancelled: 'Ce paiement est déjà annulé.',
    },
  },
);
