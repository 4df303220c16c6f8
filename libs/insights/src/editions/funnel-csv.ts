import { defineMessages, toCsvCell, writeCsv } from '#common';
import { SPREADSHEET_CELLS } from '../figures/figures-tables.js';
import type { FunnelCounts, TerritoryFunnelView } from './funnel.view.js';

const HEADERS = defineMessages(
  'fr',
  {
    edition: 'Édition',
    accommodation: 'Hébergement',
    copies: 'Exemplaires',
    openings: 'Ouvertures par le QR code',
    openingsPerCopy: 'Ouvertures par exemplaire',
    passes: 'Pass délivrés',
    passesPerOpening: 'Pass par ouverture',
    uses: 'Utilisations',
    usesPerPass: 'Utilisations par pass',
    spending: 'Dépenses déclarées (€)',
    spendingPerUse: 'Dépense par utilisation (€)',
    all: 'Tous les hébergements',
  },
  {
    en: {
      edition: 'Edition',
      accommodation: 'Accommodation',
      copies: 'Copies',
      openings: 'Openings from the QR code',
      openingsPerCopy: 'Openings per copy',
      passes: 'Passes issued',
      passesPerOpening: 'Passes per opening',
      uses: 'Uses',
      usesPerPass: 'Uses per pass',
      spending: 'Declared spending (€)',
      spendingPerUse: 'Spending per use (€)',
      all: 'All accommodations',
    },
  },
);

/** The funnel host by host, one row per edition and host plus each edition's total, headers in `lang`, cells as every CSV file of figures writes them. */
export function funnelCsv(funnel: TerritoryFunnelView, lang: 'fr' | 'en'): string {
  const h = HEADERS[lang];
  const { count, rate, euros } = SPREADSHEET_CELLS;
  const cells = (edition: string, name: string, c: FunnelCounts) =>
    [
      toCsvCell(edition),
      toCsvCell(name),
      count(c.copies),
      count(c.openings),
      rate(c.openingsPerCopy),
      count(c.passes),
      rate(c.passesPerOpening),
      count(c.uses),
      rate(c.usesPerPass),
      euros(c.spendingCents),
      c.spendingPerUseCents === null ? '' : euros(c.spendingPerUseCents),
    ].map(String);
  const header = [
    h.edition,
    h.accommodation,
    h.copies,
    h.openings,
    h.openingsPerCopy,
    h.passes,
    h.passesPerOpening,
    h.uses,
    h.usesPerPass,
    h.spending,
    h.spendingPerUse,
  ];
  const rows = funnel.editions.flatMap((f) => {
    const label = `${f.edition.number} — ${f.edition.name}`;
    return [...f.hosts.map((host) => cells(label, host.accommodationName, host)), cells(label, h.all, f.total)];
  });
  return writeCsv([header, ...rows], { quoteNumberLike: (column) => column < 2 });
}
