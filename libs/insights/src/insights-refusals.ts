import { defineMessages } from '#common';

/** Why a figures request is refused, by code. */
export const INSIGHTS_REFUSALS = defineMessages(
  'en',
  {
    period_reversed: 'to must not be before from',
    period_too_long: (p: { years: number }) => `a period spans at most ${p.years} years`,
    no_such_edition: (p: { number: number }) => `the territory has no edition ${p.number}`,
    no_such_season: (p: { id: string }) => `the territory has no season ${p.id}`,
  },
  {
    fr: {
      period_reversed: 'La fin de la période ne peut pas précéder son début.',
      period_too_long: (p) => `Une période dure ${p.years} ans au plus.`,
      no_such_edition: (p) => `Le territoire n’a pas d’édition ${p.number}.`,
      no_such_season: (p) => `Le territoire n’a pas de saison ${p.id}.`,
    },
  },
);
