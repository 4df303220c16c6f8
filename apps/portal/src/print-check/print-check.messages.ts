import { defineMessages, plural } from '#common';

/** The check before printing, in the member pages. */
export const PRINT_CHECK_MESSAGES = defineMessages(
  'fr',
  {
    title: 'Vérification avant impression',
    lead: 'Ce que les brochures du territoire imprimeraient mal ou laisseraient de côté, fiche par fiche, avec la page où le corriger.',
    seasonOpen: (season: string) =>
      `Saison ouverte : « ${season} ». Les brochures du territoire attendent que ces problèmes soient corrigés, ou une raison d’imprimer quand même.`,
    noSeason: 'Aucune saison n’est ouverte : les brochures s’impriment sans attendre.',
    count: (n: number) =>
      plural('fr', n, { zero: 'Aucun problème : tout est prêt pour l’impression.', one: 'Un problème à corriger.', other: '{n} problèmes à corriger.' }),
    field: 'Champ',
    fix: 'Corriger',
    error: 'À corriger',
    warning: 'À vérifier',
    gateTitle: 'Avant d’imprimer la brochure',
    gateLead: (n: number, season: string) =>
      `${plural('fr', n, { one: 'Un problème reste', other: '{n} problèmes restent' })} dans les données de la saison « ${season} ». Corrigez-les, ou imprimez quand même en disant pourquoi : la raison est gardée dans l’historique.`,
    reason: 'Raison d’imprimer quand même',
    reasonHint: 'Par exemple : l’imprimeur ferme demain, les doublons seront corrigés à la main.',
    reasonRequired: 'Donnez la raison d’imprimer malgré les problèmes.',
    printAnyway: 'Imprimer quand même',
    checkLink: 'Vérification avant impression',
  },
  {
    en: {
      title: 'Check before printing',
      lead: 'What the territory’s brochures would print wrong or leave out, record by record, with the page where it is fixed.',
      seasonOpen: (season: string) =>
        `Open season: "${season}". The territory’s brochures wait for these problems to be fixed, or for a reason to print anyway.`,
      noSeason: 'No season is open: the brochures print without waiting.',
      count: (n: number) => plural('en', n, { zero: 'No problem: everything is ready to print.', one: 'One problem to fix.', other: '{n} problems to fix.' }),
      field: 'Field',
      fix: 'Fix',
      error: 'To fix',
      warning: 'To check',
      gateTitle: 'Before printing the brochure',
      gateLead: (n: number, season: string) =>
        `${plural('en', n, { one: 'One problem is', other: '{n} problems are' })} left in the data of the season "${season}". Fix them, or print anyway saying why: the reason is kept in the history.`,
      reason: 'Reason to print anyway',
      reasonHint: 'For example: the printer closes tomorrow, the duplicates will be fixed by hand.',
      reasonRequired: 'Give the reason to print with problems left.',
      printAnyway: 'Print anyway',
      checkLink: 'Check before printing',
    },
  },
);
