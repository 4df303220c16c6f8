import type { PrintImages } from '#directory';
import { figuresFormat, figuresTable, type PeriodCounts, type PeriodFunnel, type ReportLanguage, type TerritoryFigures } from '#insights';
import { PAGE_SIZES, Pdf, type TextStyle } from '../pdf/pdf-document.js';
import { IMPACT_REPORT_TEXTS } from './impact-report-texts.js';
import { drawBarChart, type BarSeries } from './report-chart.js';
import { reportColours } from './report-colours.js';
import { funnelTable } from './report-funnel.js';
import { drawFunders, drawImage } from './report-images.js';
import { MARGIN, PageFlow } from './report-page-flow.js';
import { drawTable } from './report-table.js';

export interface ImpactReportContent {
  figures: TerritoryFigures;
  /** What the brochures' editions brought in the period; none without an edition. */
  funnel?: PeriodFunnel;
  printedOn: string;
  funders: string[];
  contact: string | null;
  /** The territory's colours ('#rrggbb'), if it has chosen them. */
  colours: { primary: string | null; secondary: string | null };
  /** The territory's logo (on the cover) and its funders' logos (on the last page), as uploaded. */
  images?: Pick<PrintImages, 'logo' | 'funders'>;
}

const TOP_ROWS = 15;

const TITLE: TextStyle = { font: 'bold', size: 22 };
const HEADING: TextStyle = { font: 'bold', size: 13 };
const BODY: TextStyle = { font: 'regular', size: 9.5 };
const SMALL: TextStyle = { font: 'regular', size: 8 };
const BIG: TextStyle = { font: 'bold', size: 20 };

/** "2026", or "2025–2026" for a season across the new year. */
const yearsOf = (from: string, to: string) => (from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : `${from.slice(0, 4)}–${to.slice(0, 4)}`);

/**
 * The report a coordinator hands to the association's funders: cover with the key figures (and
 * the same span a year earlier), the season in charts, the communes, producers, offers,
 * accommodations and hosts that made it, the flow between them, and how it was all counted. In
 * the territory's colours, every bar labelled with its number and the previous season light and
 * outlined: it prints and photocopies in black and white.
 */
export async function renderImpactReport(content: ImpactReportContent, lang: ReportLanguage): Promise<Buffer> {
  const t = IMPACT_REPORT_TEXTS[lang];
  const f = figuresFormat(lang);
  const colours = reportColours(content.colours.primary, content.colours.secondary);
  const { figures } = content;
  const { previous } = figures;
  const inner = PAGE_SIZES.A4[0] - 2 * MARGIN;
  const pdf = new Pdf('A4', { title: `${t.title} — ${figures.territory}`, author: figures.territory });
  const heading = { ...HEADING, color: colours.ink };

  const page = new PageFlow(pdf, `${figures.territory} · ${t.title}`, t.page);
  page.next();
  let y = page.y;
  /** Moves to a new page when `space` does not fit below y. */
  const room = (space: number) => {
    y = page.room(y, space);
  };

  // Cover and key figures
  pdf.doc.save().rect(MARGIN, y, inner, 4).fill(colours.bar).restore();
  const logo = content.images?.logo;
  if (logo) y = drawImage(pdf, logo, MARGIN, y + 14, 160, 56);
  y = pdf.text(figures.territory, heading, MARGIN, y + 12, { width: inner });
  y = pdf.text(t.title, TITLE, MARGIN, y + 6, { width: inner });
  y = pdf.text(t.subtitle, BODY, MARGIN, y + 4, { width: inner });
  y = pdf.text(t.period(f.day(figures.period.from), f.day(figures.period.to)), { font: 'bold', size: 11 }, MARGIN, y + 10, { width: inner });
  y += 18;
  y = pdf.text(t.keyFigures, heading, MARGIN, y, { width: inner }) + 8;
  const before = (now: number, then: number | undefined, written: (n: number) => string) =>
    previous && then !== undefined ? t.before(previous.period.from.slice(0, 4), written(then), f.change(now, then)) : '';
  const tiles: [string, string, string[]][] = [
    [f.count(figures.scans), t.scans, [t.scansFromQr(f.count(figures.scansFromQr)), before(figures.scans, previous?.scans, f.count)]],
    [f.count(figures.passes), t.passes, [t.guests(f.count(figures.guests)), before(figures.passes, previous?.passes, f.count)]],
    [
      f.count(figures.redemptions),
      t.redemptions,
      [
        t.usesByWay(f.count(figures.usesRecordedVia.phone), f.count(figures.usesRecordedVia.tallySheet), f.count(figures.usesRecordedVia.coupon)),
        before(figures.redemptions, previous?.redemptions, f.count),
      ],
    ],
    [f.money(figures.declaredSpendingCents), t.spending, [before(figures.declaredSpendingCents, previous?.declaredSpendingCents, f.money)]],
  ];
  const tileWidth = (inner - 12) / 2;
  for (let i = 0; i < tiles.length; i += 2) {
    const row = tiles.slice(i, i + 2);
    const drawTile = (x: number, value: string, label: string, details: string[]) => {
      let ty = pdf.text(value, { ...BIG, color: colours.ink }, x + 10, y + 12, { width: tileWidth - 20 });
      ty = pdf.text(label, BODY, x + 10, ty + 2, { width: tileWidth - 20 });
      for (const detail of details.filter(Boolean)) ty = pdf.text(detail, SMALL, x + 10, ty + 2, { width: tileWidth - 20 });
      return ty + 10;
    };
    // measured on a throw-away pass would need a second layout: tiles are drawn, then framed to the tallest
    const bottom = Math.max(...row.map(([value, label, details], column) => drawTile(MARGIN + column * (tileWidth + 12), value, label, details)));
    for (let column = 0; column < row.length; column++) {
      const x = MARGIN + column * (tileWidth + 12);
      pdf.doc.save().rect(x, y, tileWidth, 4).fill(colours.bar).restore();
      pdf.doc
        .save()
        .lineWidth(0.8)
        .strokeColor(colours.bar)
        .rect(x, y, tileWidth, bottom - y)
        .stroke()
        .restore();
    }
    y = bottom + 12;
  }
  y = pdf.text(t.producers(f.count(figures.producersTakingPart), f.count(figures.activeProducers)), BODY, MARGIN, y + 2, { width: inner });
  y = pdf.text(t.accommodations(f.count(figures.accommodationsTakingPart), f.count(figures.activeAccommodations)), BODY, MARGIN, y + 2, { width: inner });
  const members = figures.membership;
  if (members)
    y = pdf.text(t.members(members.year, members.activeProducers, members.activeHosts, f.money(members.paidCents)), BODY, MARGIN, y + 2, {
      width: inner,
    });
  y = pdf.text(previous ? t.comparedWith(f.period(previous.period)) : t.noComparison, SMALL, MARGIN, y + 4, { width: inner });

  // The season in charts, beside the same months a year earlier
  const years = figures.byMonth.length > 0 && figures.byMonth[0].period.slice(0, 4) !== figures.byMonth[figures.byMonth.length - 1].period.slice(0, 4);
  const chart = (title: string, value: (p: PeriodCounts) => number) => {
    const full = previous ? 165 : 145;
    // a chart a little lower than usual rather than most of a page left blank
    if (page.bottom - y - 40 < full * 0.75) y = page.next();
    const chartHeight = Math.min(full, page.bottom - y - 40);
    y = pdf.text(title, heading, MARGIN, y + 12, { width: inner }) + 4;
    const series: BarSeries[] = [{ name: t.season(yearsOf(figures.period.from, figures.period.to)), values: figures.byMonth.map(value), fill: colours.bar }];
    if (previous) {
      const then = new Map(previous.byMonth.map((p) => [p.period, value(p)]));
      series.push({
        name: t.sameMonths(yearsOf(previous.period.from, previous.period.to)),
        values: figures.byMonth.map((p) => then.get(p.period) ?? 0),
        fill: colours.previousFill,
        stroke: colours.bar,
      });
    }
    drawBarChart(pdf, { labels: figures.byMonth.map((p) => f.monthShort(p.period, years)), series, format: f.count }, MARGIN, y, inner, chartHeight);
    y += chartHeight + 8;
  };
  chart(t.usesPerMonth, (p) => p.redemptions);
  chart(t.scansPerMonth, (p) => p.scans);

  // What the printed brochures brought
  if (content.funnel?.editions.length)
    y = drawTable(pdf, page, funnelTable(content.funnel, lang, f), y + 16, { titleSuffix: '', none: t.none, note: t.funnelNote, colours });

  // Where and who made it
  const notes: Partial<Record<string, string>> = { offers: t.offersNote, communes: t.communesNote };
  for (const name of ['communes', 'producers', 'offers', 'accommodations', 'hosts', 'flow'] as const) {
    const table = figuresTable(figures, name, lang, f);
    y = drawTable(pdf, page, { ...table, rows: table.rows.slice(0, TOP_ROWS) }, y + 16, {
      titleSuffix: table.rows.length > TOP_ROWS ? ` ${t.top(TOP_ROWS)}` : '',
      none: t.none,
      note: notes[name],
      colours,
    });
  }

  // How it was counted
  room(200);
  y = pdf.text(t.method, heading, MARGIN, y + 16, { width: inner }) + 4;
  for (const paragraph of t.methodText) {
    const block = pdf.layout(paragraph, BODY, { width: inner });
    room(block.height + 6);
    y = pdf.draw(block, MARGIN, y + 4);
  }
  const funderLogos = content.images?.funders.some((funder) => funder.logo) ? content.images.funders : undefined;
  if (funderLogos) {
    room(110);
    y = pdf.text(t.funders, { font: 'bold', size: 10, color: colours.ink }, MARGIN, y + 14, { width: inner });
    y = drawFunders(pdf, funderLogos, MARGIN, y + 8, inner, SMALL);
  } else if (content.funders.length > 0) {
    room(40);
    y = pdf.text(t.funders, { font: 'bold', size: 10, color: colours.ink }, MARGIN, y + 14, { width: inner });
    y = pdf.text(content.funders.join(' · '), BODY, MARGIN, y + 2, { width: inner });
  }
  room(30);
  y = pdf.text([t.printed(f.day(content.printedOn)), content.contact].filter(Boolean).join(' · '), SMALL, MARGIN, y + 14, { width: inner });
  return pdf.toBuffer();
}
