import { defineMessages } from '#common';

/**
 * Why a line of a tally sheet is refused, by code: each one is said beside its line, on the field
 * it is about (the pass code, the day, the offer, the amount). A use's own refusals (a cancelled
 * pass, an offer used up or sold out) are the passes' (PASS_REFUSALS): one text per code.
 */
export const TALLY_REFUSALS = defineMessages(
  'en',
  {
    no_such_pass: 'No pass has this code: check it against the sheet.',
    pass_of_other_territory: 'This pass belongs to another territory.',
    date_in_future: 'This day is after today.',
    date_too_old: (p: { days: number }) => `This day is more than ${p.days} days ago: a sheet is typed within ${p.days} days.`,
    date_before_stay: (p: { arrival: string }) => `This day is before the guests' stay, which starts on ${p.arrival}.`,
    date_after_stay: (p: { departure: string }) => `This day is after the guests' stay, which ended on ${p.departure}.`,
    offer_not_on_sheet: 'No offer of the sheet has this number.',
    offer_not_valid_on_date: 'This offer was not valid on that day.',
    sheet_empty: 'Type at least one line.',
  },
  {
    fr: {
      no_such_pass: 'Aucun pass n’a ce code : vérifiez-le sur la feuille.',
      pass_of_other_territory: 'Ce pass appartient à un autre territoire.',
      date_in_future: 'Ce jour est après aujourd’hui.',
      date_too_old: (p) => `Ce jour date de plus de ${p.days} jours : une feuille se saisit dans les ${p.days} jours.`,
      date_before_stay: (p) => `Ce jour est avant le séjour des visiteurs, qui commence le ${p.arrival}.`,
      date_after_stay: (p) => `Ce jour est après le séjour des visiteurs, terminé le ${p.departure}.`,
      offer_not_on_sheet: 'Aucun bon plan de la feuille n’a ce numéro.',
      offer_not_valid_on_date: 'Ce bon plan n’était pas valable ce jour-là.',
      sheet_empty: 'Saisissez au moins une ligne.',
    },
  },
);

export type TallyRefusal = keyof (typeof TALLY_REFUSALS)['en'];

/** The oldest day a tally sheet's line may carry, in days before today (the trigger's bound for 'tally_sheet'). */
export const TALLY_OLDEST_DAYS = 90;
