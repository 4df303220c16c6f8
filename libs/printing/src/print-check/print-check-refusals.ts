import { defineMessages } from '#common';

/** Refusals of the print gate: printing from an open season with problems left, and printing anyway without saying why. */
export const PRINT_CHECK_REFUSALS = defineMessages(
  'en',
  {
    print_check_failed: (p: { problems: number; season: string }) =>
      `the data has ${p.problems} problem(s) to fix before printing for the season "${p.season}": fix them, or print anyway with a reason (printAnyway)`,
    print_anyway_reason_required: 'printAnyway must give the reason for printing with problems left',
  },
  {
    fr: {
      print_check_failed: (p) =>
        `les données ont ${p.problems} problème(s) à corriger avant d’imprimer pour la saison « ${p.season} » : corrigez-les, ou imprimez quand même en donnant la raison`,
      print_anyway_reason_required: 'donnez la raison d’imprimer malgré les problèmes',
    },
  },
);
