import type { FiguresFormat, FunnelCounts, PeriodFunnel, ReportLanguage } from '#insights';
import { IMPACT_REPORT_TEXTS } from './impact-report-texts.js';
import type { DrawnTable } from './report-table.js';

/**
 * The editions' funnel as a table of the report, read from top to bottom as the funnel goes:
 * one row per step, each followed by its rate, one column per edition, then all of them.
 */
export function funnelTable(funnel: PeriodFunnel, lang: ReportLanguage, f: FiguresFormat): DrawnTable {
  const t = IMPACT_REPORT_TEXTS[lang];
  const steps = (c: FunnelCounts) => [
    f.count(c.copies),
    f.count(c.openings),
    f.percent(c.openingsPerCopy),
    f.count(c.passes),
    f.percent(c.passesPerOpening),
    f.count(c.uses),
    f.percent(c.usesPerPass),
    f.euros(c.spendingCents),
    c.spendingPerUseCents === null ? f.rate(null) : f.euros(c.spendingPerUseCents),
  ];
  const columns = funnel.editions.map(({ edition, counts }) => ({ title: `${edition.number} — ${edition.name}`, cells: steps(counts) }));
  if (columns.length > 1) columns.push({ title: t.funnelAll, cells: steps(funnel.total) });
  const headers = [t.funnelStep, ...columns.map((column) => column.title)];
  return {
    title: t.funnelTitle,
    headers,
    numeric: headers.map((_, column) => column > 0),
    rows: t.funnelSteps.map((step, row) => [step, ...columns.map((column) => column.cells[row])]),
  };
}
