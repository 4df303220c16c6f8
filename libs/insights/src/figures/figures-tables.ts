import type { TerritoryFigures } from './figures.js';

export const FIGURES_TABLES = ['summary', 'months', 'weeks', 'producers', 'offers', 'accommodations', 'hosts', 'flow'] as const;
export type FiguresTableName = (typeof FIGURES_TABLES)[number];

export type ReportLanguage = 'fr' | 'en';

/** A table of the impact report: the same rows in the PDF, the CSV files and the pages. Money in euros, two decimals. */
export interface FiguresTable {
  name: FiguresTableName;
  title: string;
  headers: string[];
  rows: (string | number)[][];
}

const HEADERS = {
  fr: {
    summary: ['Indicateur', 'Valeur'],
    period: ['Mois', 'Ouvertures de page', 'Usages des offres', 'Dépenses déclarées (€)'],
    week: ['Semaine du', 'Ouvertures de page', 'Usages des offres', 'Dépenses déclarées (€)'],
    named: (what: string) => [what, 'Usages des offres', 'Dépenses déclarées (€)'],
    producer: 'Producteur',
    offers: ['Offre', 'Vues sur les pages', 'Usages', 'Dépenses déclarées (€)'],
    accommodations: ['Hébergement', 'Commune', 'Ouvertures de page', 'Pass remis', 'Usages des offres', 'Dépenses déclarées (€)'],
    hosts: ['Hébergeur', 'Hébergements', 'Ouvertures de page', 'Pass remis', 'Usages des offres', 'Dépenses déclarées (€)'],
    flow: ['Hébergement', 'Producteur', 'Usages des offres'],
  },
  en: {
    summary: ['Indicator', 'Value'],
    period: ['Month', 'Page openings', 'Uses of offers', 'Declared spending (€)'],
    week: ['Week of', 'Page openings', 'Uses of offers', 'Declared spending (€)'],
    named: (what: string) => [what, 'Uses of offers', 'Declared spending (€)'],
    producer: 'Producer',
    offers: ['Offer', 'Views on pages', 'Uses', 'Declared spending (€)'],
    accommodations: ['Accommodation', 'Commune', 'Page openings', 'Passes handed out', 'Uses of offers', 'Declared spending (€)'],
    hosts: ['Host', 'Accommodations', 'Page openings', 'Passes handed out', 'Uses of offers', 'Declared spending (€)'],
    flow: ['Accommodation', 'Producer', 'Uses of offers'],
  },
};

const TITLES: Record<ReportLanguage, Record<FiguresTableName, string>> = {
  fr: {
    summary: 'Chiffres clés',
    months: 'La saison, mois par mois',
    weeks: 'Semaine par semaine',
    producers: 'Producteurs',
    offers: 'Offres',
    accommodations: 'Hébergements',
    hosts: 'Hébergeurs',
    flow: 'Des hébergements vers les producteurs',
  },
  en: {
    summary: 'Key figures',
    months: 'The season, month by month',
    weeks: 'Week by week',
    producers: 'Producers',
    offers: 'Offers',
    accommodations: 'Accommodations',
    hosts: 'Hosts',
    flow: 'From accommodations to producers',
  },
};

const SUMMARY = {
  fr: {
    period: 'Période',
    scans: 'Ouvertures de la page des bons plans',
    scansFromQr: 'dont en scannant le QR code',
    passes: 'Pass remis aux voyageurs',
    guests: 'Voyageurs concernés',
    redemptions: 'Usages des offres chez les producteurs',
    spending: 'Dépenses déclarées chez les producteurs (€)',
    producersTakingPart: 'Producteurs ayant accueilli des visiteurs',
    activeProducers: 'Producteurs du réseau',
    accommodationsTakingPart: 'Hébergements actifs dans la boucle',
    activeAccommodations: 'Hébergements du réseau',
    offers: 'Offres proposées',
    joinRequests: 'Demandes d’adhésion reçues',
    joinRequestsAccepted: 'Demandes d’adhésion acceptées',
  },
  en: {
    period: 'Period',
    scans: 'Openings of the offers page',
    scansFromQr: 'of which by scanning the QR code',
    passes: 'Passes handed to travellers',
    guests: 'Travellers concerned',
    redemptions: 'Uses of offers at producers',
    spending: 'Spending declared at producers (€)',
    producersTakingPart: 'Producers who welcomed visitors',
    activeProducers: 'Producers in the network',
    accommodationsTakingPart: 'Accommodations active in the loop',
    activeAccommodations: 'Accommodations in the network',
    offers: 'Offers made',
    joinRequests: 'Requests to join received',
    joinRequestsAccepted: 'Requests to join accepted',
  },
};

/** Euros with two decimals and a point (the PDF and the pages); a French CSV file writes them with a comma (`csvDecimal`). */
export const euros = (cents: number) => (cents / 100).toFixed(2);

/** `money` writes the amounts in cents: euros with a point unless told otherwise. */
export function figuresTable(figures: TerritoryFigures, name: FiguresTableName, lang: ReportLanguage, money: (cents: number) => string = euros): FiguresTable {
  const h = HEADERS[lang];
  const s = SUMMARY[lang];
  const title = TITLES[lang][name];
  switch (name) {
    case 'summary':
      return {
        name,
        title,
        headers: h.summary,
        rows: [
          [s.period, `${figures.period.from} – ${figures.period.to}`],
          [s.scans, figures.scans],
          [s.scansFromQr, figures.scansFromQr],
          [s.passes, figures.passes],
          [s.guests, figures.guests],
          [s.redemptions, figures.redemptions],
          [s.spending, money(figures.declaredSpendingCents)],
          [s.producersTakingPart, figures.producersTakingPart],
          [s.activeProducers, figures.activeProducers],
          [s.accommodationsTakingPart, figures.accommodationsTakingPart],
          [s.activeAccommodations, figures.activeAccommodations],
          [s.offers, figures.offers],
          [s.joinRequests, figures.joinRequests],
          [s.joinRequestsAccepted, figures.joinRequestsAccepted],
        ],
      };
    case 'months':
    case 'weeks':
      return {
        name,
        title,
        headers: name === 'months' ? h.period : h.week,
        rows: (name === 'months' ? figures.byMonth : figures.byWeek).map((p) => [p.period, p.scans, p.redemptions, money(p.declaredSpendingCents)]),
      };
    case 'producers':
      return { name, title, headers: h.named(h.producer), rows: figures.producers.map((n) => [n.name, n.redemptions, money(n.declaredSpendingCents)]) };
    case 'offers':
      return { name, title, headers: h.offers, rows: figures.offersUsed.map((o) => [o.name, o.views, o.redemptions, money(o.declaredSpendingCents)]) };
    case 'accommodations':
      return {
        name,
        title,
        headers: h.accommodations,
        rows: figures.accommodations.map((a) => [a.name, a.commune, a.scans, a.passes, a.redemptions, money(a.declaredSpendingCents)]),
      };
    case 'hosts':
      return {
        name,
        title,
        headers: h.hosts,
        rows: figures.hosts.map((x) => [x.name, x.accommodations, x.scans, x.passes, x.redemptions, money(x.declaredSpendingCents)]),
      };
    case 'flow':
      return { name, title, headers: h.flow, rows: figures.flow.map((f) => [f.accommodation, f.producer, f.redemptions]) };
  }
}
