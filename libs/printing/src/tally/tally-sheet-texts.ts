import { defineMessages } from '#common';

export const TALLY_SHEET_TEXTS = defineMessages(
  'fr',
  {
    title: 'Feuille de pointage des bons plans',
    offers: 'Vos bons plans (notez leur numéro)',
    noOffers: 'Aucun bon plan publié pour le moment.',
    howTo: [
      'À chaque visiteur qui profite d’un bon plan : recopiez le code de son pass (sur sa carte ou son téléphone), la date, le numéro du bon plan et le montant de ses achats.',
      'Plus tard, saisissez la feuille d’un coup (ou demandez à l’association de le faire) :',
    ],
    columns: { line: 'N°', code: 'Code du pass', date: 'Date (jour/mois)', offer: 'Bon plan n°', amount: 'Achats (€)', note: 'Remarque' },
    page: (n: number, of: number) => `Page ${n}/${of}`,
  },
  {
    en: {
      title: 'Tally sheet of offers used',
      offers: 'Your offers (write down their number)',
      noOffers: 'No published offer for now.',
      howTo: [
        'For every visitor using an offer: copy the code of their pass (on their card or phone), the date, the offer’s number and the amount spent.',
        'Later, type the whole sheet in at once (or ask the association to):',
      ],
      columns: { line: 'No.', code: 'Pass code', date: 'Date (day/month)', offer: 'Offer no.', amount: 'Spent (€)', note: 'Note' },
      page: (n: number, of: number) => `Page ${n}/${of}`,
    },
  },
);

export type TallySheetLanguage = keyof typeof TALLY_SHEET_TEXTS;
