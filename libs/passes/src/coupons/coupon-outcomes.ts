import { defineMessages } from '#common';

/**
 * What became of each serial of a pile of coupons. `valid` is a preview's word (it would be
 * recorded); `repeated` a serial met earlier in the same pile (counted once, on its first line).
 */
export const COUPON_OUTCOMES = [
  'recorded',
  'valid',
  'already_recorded',
  'repeated',
  'unknown',
  'not_valid',
  'mistyped',
  'day_out_of_range',
  'quota_reached',
] as const;
export type CouponOutcome = (typeof COUPON_OUTCOMES)[number];

export const COUPON_OUTCOME_TEXTS = defineMessages(
  'en',
  {
    recorded: 'Recorded.',
    valid: 'Valid: it will be recorded.',
    already_recorded: 'Already recorded: it counts once.',
    repeated: 'Already in this pile, on an earlier line: it counts once.',
    unknown: 'No coupon of this territory has this serial.',
    not_valid: 'The offer of this coupon was not valid.',
    mistyped: 'This serial has a typing mistake: check it on the coupon, character by character.',
    day_out_of_range: 'This day is after today, before the edition was printed or more than a year ago.',
    quota_reached: 'The offer had already been used as many times as it allows.',
  },
  {
    fr: {
      recorded: 'Enregistré.',
      valid: 'Valable : il sera enregistré.',
      already_recorded: 'Déjà enregistré : il ne compte qu’une fois.',
      repeated: 'Déjà dans cette pile, sur une ligne précédente : il ne compte qu’une fois.',
      unknown: 'Aucun coupon de ce territoire n’a ce numéro.',
      not_valid: 'Le bon plan de ce coupon n’était pas valable.',
      mistyped: 'Ce numéro comporte une faute de frappe : vérifiez-le sur le coupon, caractère par caractère.',
      day_out_of_range: 'Ce jour est après aujourd’hui, avant l’impression de l’édition ou il y a plus d’un an.',
      quota_reached: 'Le bon plan avait déjà été utilisé autant de fois qu’il le permet.',
    },
  },
);

/** A trigger's refusal of a coupon use (its SQLSTATE) as an outcome; undefined for anything else. */
export function outcomeOfTrigger(sqlState: string | undefined): CouponOutcome | undefined {
  switch (sqlState) {
    case 'TPR10':
      return 'unknown';
    case 'TPR05':
      return 'not_valid';
    case 'TPR09':
      return 'day_out_of_range';
    case 'TPR07':
      return 'quota_reached';
    case '23505':
      return 'already_recorded';
    default:
      return undefined;
  }
}
