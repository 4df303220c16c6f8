import { csvDecimal, translate } from '#common';
import type { FiguresPeriod, TerritoryFigures } from './figures.js';
import type { ReportLanguage } from './figures-format.js';

export const FIGURES_TABLES = ['summary', 'months', 'weeks', 'communes', 'producers', 'offers', 'accommodations', 'hosts', 'flow'] as const;
export type FiguresTableName = (typeof FIGURES_TABLES)[number];

/** A table of the impact report: the same rows in the PDF, the CSV files and the pages. Money in euros, two decimals. */
export interface FiguresTable {
  name: FiguresTableName;
  title: string;
  headers: string[];
  /** Which columns hold numbers (aligned right), whatever their written form. */
  numeric: boolean[];
  rows: (string | number)[][];
}

/** How cells are written: for people (`figuresFormat`) or for a spreadsheet (plain numbers). */
export interface TableCells {
  count: (n: number) => string | number;
  /** Cents under a header that says "(€)". */
  euros: (cents: number) => string | number;
  rate: (value: number | null) => string | number;
  period: (period: FiguresPeriod) => string;
  /** A month, YYYY-MM. */
  month: (month: string) => string;
  /** A day, YYYY-MM-DD. */
  day: (date: string) => string;
}

const HEADERS = {
  fr: {
    summary: ['Indicateur', 'Valeur'],
    period: ['Mois', 'Ouvertures de page', 'Usages des offres', 'Dépenses déclarées (€)'],
    week: ['Semaine du', 'Ouvertures de page', 'Usages des offres', 'Dépenses déclarées (€)'],
    named: (what: string) => [what, 'Usages des offres', 'Dépenses déclarées (€)'],
    producer: 'Producteur',
    communes: [
      'Commune',
      'Hébergements actifs',
      'Ouvertures de page',
      'Pass remis',
      'Usages par ses voyageurs',
      'Usages chez ses producteurs',
      'Dépenses chez ses producteurs (€)',
    ],
    offers: ['Offre', 'Usages', 'Usages pour 100 ouvertures', 'Dépenses déclarées (€)'],
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
    communes: [
      'Commune',
      'Active accommodations',
      'Page openings',
      'Passes handed out',
      'Uses by its guests',
      'Uses at its producers',
      'Spending at its producers (€)',
    ],
    offers: ['Offer', 'Uses', 'Uses per 100 openings', 'Declared spending (€)'],
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
    communes: 'Par commune',
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
    communes: 'By commune',
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
    byPhone: 'dont enregistrés par téléphone',
    byTallySheet: 'dont saisis d’une feuille de pointage',
    byCoupon: 'dont enregistrés d’un coupon',
    spending: 'Dépenses déclarées chez les producteurs (€)',
    producersTakingPart: 'Producteurs ayant accueilli des visiteurs',
    activeProducers: 'Producteurs du réseau',
    accommodationsTakingPart: 'Hébergements actifs dans la boucle',
    activeAccommodations: 'Hébergements du réseau',
    offers: 'Offres proposées',
    joinRequests: 'Demandes d’adhésion reçues',
    joinRequestsAccepted: 'Demandes d’adhésion acceptées',
    memberProducers: 'Producteurs adhérents',
    memberHosts: 'Hébergeurs adhérents',
    membershipPaid: 'Cotisations réglées (€)',
  },
  en: {
    period: 'Period',
    scans: 'Openings of the offers page',
    scansFromQr: 'of which by scanning the QR code',
    passes: 'Passes handed to travellers',
    guests: 'Travellers concerned',
    redemptions: 'Uses of offers at producers',
    byPhone: 'of which recorded by phone',
    byTallySheet: 'of which typed in from a tally sheet',
    byCoupon: 'of which recorded from a coupon',
    spending: 'Spending declared at producers (€)',
    producersTakingPart: 'Producers who welcomed visitors',
    activeProducers: 'Producers in the network',
    accommodationsTakingPart: 'Accommodations active in the loop',
    activeAccommodations: 'Accommodations in the network',
    offers: 'Offers made',
    joinRequests: 'Requests to join received',
    joinRequestsAccepted: 'Requests to join accepted',
    memberProducers: 'Member producers',
    memberHosts: 'Member hosts',
    membershipPaid: 'Membership fees paid (€)',
  },
};

/** Euros with two decimals and a point, as a spreadsheet's cell reads them (`csvDecimal` gives a French file its comma). */
export const euros = (cents: number) => (cents / 100).toFixed(2);

/** A French spreadsheet's cells (semicolons): plain numbers, euros with a decimal comma, which it sums; ISO dates. Every CSV file of figures writes these. */
export const SPREADSHEET_CELLS: TableCells = {
  count: (n) => n,
  euros: (cents) => csvDecimal(euros(cents), ';'),
  rate: (value) => (value === null ? '' : csvDecimal(value, ';')),
  period: (period) => `${period.from} – ${period.to}`,
  month: (month) => month,
  day: (date) => date,
};

/** One table of the figures in `lang`, its cells written by `cells` (the offers' titles in `lang`, falling back as the site does). */
export function figuresTable(figures: TerritoryFigures, name: FiguresTableName, lang: ReportLanguage, cells: TableCells): FiguresTable {
  const h = HEADERS[lang];
  const s = SUMMARY[lang];
  const title = TITLES[lang][name];
  const { count, euros: money } = cells;
  const table = (headers: string[], rows: (string | number)[][], textColumns = 1): FiguresTable => ({
    name,
    title,
    headers,
    numeric: headers.map((_, column) => column >= textColumns),
    rows,
  });
  switch (name) {
    case 'summary':
      return {
        ...table(h.summary, [
          [s.period, cells.period(figures.period)],
          [s.scans, count(figures.scans)],
          [s.scansFromQr, count(figures.scansFromQr)],
          [s.passes, count(figures.passes)],
          [s.guests, count(figures.guests)],
          [s.redemptions, count(figures.redemptions)],
          // each use is recorded one way: these three add up to the uses above
          [s.byPhone, count(figures.usesRecordedVia.phone)],
          [s.byTallySheet, count(figures.usesRecordedVia.tallySheet)],
          [s.byCoupon, count(figures.usesRecordedVia.coupon)],
          [s.spending, money(figures.declaredSpendingCents)],
          [s.producersTakingPart, count(figures.producersTakingPart)],
          [s.activeProducers, count(figures.activeProducers)],
          [s.accommodationsTakingPart, count(figures.accommodationsTakingPart)],
          [s.activeAccommodations, count(figures.activeAccommodations)],
          [s.offers, count(figures.offers)],
          [s.joinRequests, count(figures.joinRequests)],
          [s.joinRequestsAccepted, count(figures.joinRequestsAccepted)],
          ...(figures.membership
            ? [
                [`${s.memberProducers} ${figures.membership.year}`, count(figures.membership.activeProducers)],
                [`${s.memberHosts} ${figures.membership.year}`, count(figures.membership.activeHosts)],
                [`${s.membershipPaid} ${figures.membership.year}`, money(figures.membership.paidCents)],
              ]
            : []),
        ]),
        // the period is text among numbers
        numeric: [false, false],
      };
    case 'months':
    case 'weeks':
      return table(
        name === 'months' ? h.period : h.week,
        (name === 'months' ? figures.byMonth : figures.byWeek).map((p) => [
          name === 'months' ? cells.month(p.period) : cells.day(p.period),
          count(p.scans),
          count(p.redemptions),
          money(p.declaredSpendingCents),
        ]),
      );
    case 'communes':
      return table(
        h.communes,
        figures.communes.map((c) => [
          c.commune,
          count(c.accommodations),
          count(c.scans),
          count(c.passes),
          count(c.guestUses),
          count(c.producerUses),
          money(c.producerSpendingCents),
        ]),
      );
    case 'producers':
      return table(
        h.named(h.producer),
        figures.producers.map((n) => [n.name, count(n.redemptions), money(n.declaredSpendingCents)]),
      );
    case 'offers':
      return table(
        h.offers,
        figures.offersUsed.map((o) => [translate(o.title, lang), count(o.redemptions), cells.rate(o.usesPer100Views), money(o.declaredSpendingCents)]),
      );
    case 'accommodations':
      return table(
        h.accommodations,
        figures.accommodations.map((a) => [a.name, a.commune, count(a.scans), count(a.passes), count(a.redemptions), money(a.declaredSpendingCents)]),
        2,
      );
    case 'hosts':
      return table(
        h.hosts,
        figures.hosts.map((x) => [x.name, count(x.accommodations), count(x.scans), count(x.passes), count(x.redemptions), money(x.declaredSpendingCents)]),
      );
    case 'flow':
      return table(
        h.flow,
        figures.flow.map((f) => [f.accommodation, f.producer, count(f.redemptions)]),
        2,
      );
  }
}
