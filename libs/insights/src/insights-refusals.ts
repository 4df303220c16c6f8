import { defineMessages } from '#common';

/** Why a figures request is refused, by code. */
export const INSIGHTS_REFUSALS = defineMessages(
  'en',
  {
    period_reversed: 'to must not be before from',
    period_too_long: (p: { years: number }) => `a period spans at most ${p.years} years`,
  },
  {
    fr: {
      period_reversed: 'La fin de la période ne peut pas précéder son début.',
      period_too_long: (p) => `Une période dure ${p.years} ans au plus.`,
    },
  },
);
