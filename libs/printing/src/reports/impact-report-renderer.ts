import { figuresTable, type FiguresTable, type PeriodCounts, type ReportLanguage, type TerritoryFigures } from '#insights';
import { PAGE_SIZES, Pdf, type TextStyle } from '../pdf/pdf-document.js';
import { IMPACT_REPORT_TEXTS } from './impact-report-texts.js';

export interface ImpactReportContent {
  figures: TerritoryFigures;
  printedOn: string;
  funders: string[];
  contact: string | null;
}

const MARGIN = 48;
const FOOTER = 24;
const TOP_ROWS = 15;
const LOCALES: Record<ReportLanguage, string> = { fr: 'fr-FR', en: 'en-GB' };

const TITLE: TextStyle = { font: 'bold', size: 22 };
const HEADING: TextStyle = { font: 'bold', size: 13 };
const BODY: TextStyle = { font: 'regular', size: 9.5 };
const SMALL: TextStyle = { font: 'regular', size: 8 };
const CELL: TextStyle = { font: 'regular', size: 8.5 };
const CELL_HEAD: TextStyle = { font: 'bold', size: 8.5 };
const BIG: TextStyle = { font: 'bold', size: 20 };

/**
 * The report a coordinator hands to the association's funders: cover with the key figures, the
 * season in charts, the producers, accommodations and hosts that made it, the flow between them,
 * and how it was all counted. Black on white, charts labelled with their numbers: prints and
 * photocopies without colour.
 */
export async function renderImpactReport(content: ImpactReportContent, lang: ReportLanguage): Promise<Buffer> {
  const t = IMPACT_REPORT_TEXTS[lang];
  const { figures } = content;
  const inner = PAGE_SIZES.A4[0] - 2 * MARGIN;
  const pdf = new Pdf('A4', { title: `${t.title} — ${figures.territory}`, author: figures.territory });
  const day = (date: string) =>
    new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const money = (cents: number) => new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100);
  const count = (n: number) => new Intl.NumberFormat(LOCALES[lang]).format(n);

  const page = new PageFlow(pdf, `${figures.territory} · ${t.title}`, t.page);
  page.next();
  let y = page.y;
  /** Moves to a new page when `space` does not fit below y. */
  const room = (space: number) => {
    y = page.room(y, space);
  };

  // Cover and key figures
  y = pdf.text(figures.territory, HEADING, MARGIN, y, { width: inner });
  y = pdf.text(t.title, TITLE, MARGIN, y + 6, { width: inner });
  y = pdf.text(t.subtitle, BODY, MARGIN, y + 4, { width: inner });
  y = pdf.text(t.period(day(figures.period.from), day(figures.period.to)), { font: 'bold', size: 11 }, MARGIN, y + 10, { width: inner });
  y += 18;
  y = pdf.text(t.keyFigures, HEADING, MARGIN, y, { width: inner }) + 8;
  const tiles: [string, string, string][] = [
    [count(figures.scans), t.scans, t.scansFromQr(figures.scansFromQr)],
    [count(figures.passes), t.passes, t.guests(figures.guests)],
    [count(figures.redemptions), t.redemptions, ''],
    [money(figures.declaredSpendingCents), t.spending, ''],
  ];
  const tileWidth = (inner - 12) / 2;
  for (let i = 0; i < tiles.length; i += 2) {
    let bottom = y;
    for (const [column, [value, label, detail]] of tiles.slice(i, i + 2).entries()) {
      const x = MARGIN + column * (tileWidth + 12);
      let ty = pdf.text(value, BIG, x + 10, y + 10, { width: tileWidth - 20, lineBreak: false, ellipsis: true });
      ty = pdf.text(label, BODY, x + 10, ty + 2, { width: tileWidth - 20 });
      if (detail) ty = pdf.text(detail, SMALL, x + 10, ty + 2, { width: tileWidth - 20 });
      bottom = Math.max(bottom, ty + 10);
    }
    for (let column = 0; column < 2; column++)
      pdf.doc
        .save()
        .lineWidth(0.8)
        .strokeColor('#000000')
        .rect(MARGIN + column * (tileWidth + 12), y, tileWidth, bottom - y)
        .stroke()
        .restore();
    y = bottom + 12;
  }
  y = pdf.text(t.producers(figures.producersTakingPart, figures.activeProducers), BODY, MARGIN, y + 4, { width: inner });
  y = pdf.text(t.accommodations(figures.accommodationsTakingPart, figures.activeAccommodations), BODY, MARGIN, y + 2, { width: inner });

  // The season in charts
  const monthLabel = (period: string) => new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`));
  const chart = (title: string, months: PeriodCounts[], value: (p: PeriodCounts) => number) => {
    const chartHeight = 150;
    room(chartHeight + 40);
    y = pdf.text(title, HEADING, MARGIN, y + 14, { width: inner }) + 6;
    drawBars(
      pdf,
      months.map((p) => ({ label: monthLabel(p.period), value: value(p) })),
      MARGIN,
      y,
      inner,
      chartHeight,
      count,
    );
    y += chartHeight + 8;
  };
  chart(t.usesPerMonth, figures.byMonth, (p) => p.redemptions);
  chart(t.scansPerMonth, figures.byMonth, (p) => p.scans);

  // Who made it
  for (const name of ['producers', 'offers', 'accommodations', 'hosts', 'flow'] as const) {
    const table = figuresTable(figures, name, lang);
    y = drawTable(pdf, page, { ...table, rows: table.rows.slice(0, TOP_ROWS) }, y + 16, table.rows.length > TOP_ROWS ? ` ${t.top(TOP_ROWS)}` : '', t.none);
  }

  // How it was counted
  room(200);
  y = pdf.text(t.method, HEADING, MARGIN, y + 16, { width: inner }) + 4;
  for (const paragraph of t.methodText) {
    const block = pdf.layout(paragraph, BODY, { width: inner });
    room(block.height + 6);
    y = pdf.draw(block, MARGIN, y + 4);
  }
  if (content.funders.length > 0) {
    room(40);
    y = pdf.text(t.funders, { font: 'bold', size: 10 }, MARGIN, y + 14, { width: inner });
    y = pdf.text(content.funders.join(' · '), BODY, MARGIN, y + 2, { width: inner });
  }
  room(30);
  y = pdf.text([t.printed(day(content.printedOn)), content.contact].filter(Boolean).join(' · '), SMALL, MARGIN, y + 14, { width: inner });
  return pdf.toBuffer();
}

/** Black bars on a base line, each with its number above and its label below. */
function drawBars(
  pdf: Pdf,
  bars: { label: string; value: number }[],
  x: number,
  y: number,
  width: number,
  height: number,
  format: (n: number) => string,
): void {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = height - 28;
  const slot = width / Math.max(1, bars.length);
  const barWidth = Math.min(36, slot * 0.65);
  const base = y + 12 + plot;
  pdf.doc
    .save()
    .lineWidth(0.8)
    .strokeColor('#000000')
    .moveTo(x, base)
    .lineTo(x + width, base)
    .stroke()
    .restore();
  bars.forEach((bar, i) => {
    const barHeight = (bar.value / max) * plot;
    const left = x + i * slot + (slot - barWidth) / 2;
    if (barHeight > 0)
      pdf.doc
        .save()
        .rect(left, base - barHeight, barWidth, barHeight)
        .fill('#000000')
        .restore();
    pdf.text(format(bar.value), { font: 'bold', size: 7.5 }, x + i * slot, base - barHeight - 10, { width: slot, align: 'center', lineBreak: false });
    pdf.text(bar.label, { font: 'regular', size: 7 }, x + i * slot, base + 3, { width: slot, align: 'center', lineBreak: false, ellipsis: true });
  });
}

/** Pages one after the other, each with its footer; `room` says where the next thing goes. */
class PageFlow {
  y = MARGIN;

  constructor(
    private readonly pdf: Pdf,
    private readonly footer: string,
    private readonly pageLabel: (n: number) => string,
  ) {}

  next(): number {
    this.pdf.addPage();
    const width = this.pdf.width - 2 * MARGIN;
    this.pdf.text(`${this.footer} · ${this.pageLabel(this.pdf.pageCount)}`, SMALL, MARGIN, this.pdf.height - MARGIN / 2 - 6, {
      width,
      align: 'right',
      lineBreak: false,
      ellipsis: true,
    });
    this.y = MARGIN;
    return this.y;
  }

  /** `y` when `space` fits below it, else the top of a new page. */
  room(y: number, space: number): number {
    return y + space > this.pdf.height - MARGIN - FOOTER ? this.next() : y;
  }
}

const NUMERIC = /^-?\d+(\.\d+)?$/;
const NUMBER_WIDTH = 78;

/** A table under its title, numbers right-aligned, headers wrapped; continues on a new page with its header when the page is full. */
function drawTable(pdf: Pdf, page: PageFlow, table: FiguresTable, top: number, titleSuffix: string, none: string): number {
  const width = pdf.width - 2 * MARGIN;
  const numeric = table.headers.map(
    (_, column) => table.rows.length > 0 && table.rows.every((row) => typeof row[column] === 'number' || NUMERIC.test(String(row[column]))),
  );
  const textColumns = numeric.filter((n) => !n).length;
  const textWidth = (width - NUMBER_WIDTH * (table.headers.length - textColumns)) / Math.max(1, textColumns);
  const widths = numeric.map((n) => (n ? NUMBER_WIDTH : textWidth));
  const align = (column: number) => (numeric[column] ? 'right' : 'left');
  const rowHeight = pdf.lineHeight(CELL) + 5;
  const headers = table.headers.map((header, column) => pdf.layout(header, CELL_HEAD, { width: widths[column] - 4 }));
  const headerHeight = Math.max(...headers.map((block) => block.height)) + 5;
  const rule = (y: number, weight: number) =>
    pdf.doc
      .save()
      .lineWidth(weight)
      .strokeColor('#000000')
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + width, y)
      .stroke()
      .restore();
  const headerRow = (y: number) => {
    let x = MARGIN;
    headers.forEach((block, column) => {
      pdf.draw(block, x + 2, y + 2, align(column));
      x += widths[column];
    });
    rule(y + headerHeight, 0.8);
    return y + headerHeight;
  };

  let y = page.room(top, 30 + headerHeight + rowHeight * 2);
  y = pdf.text(`${table.title}${titleSuffix}`, HEADING, MARGIN, y, { width }) + 4;
  if (table.rows.length === 0) return pdf.text(none, BODY, MARGIN, y, { width });
  y = headerRow(y);
  for (const cells of table.rows) {
    const next = page.room(y, rowHeight);
    if (next !== y) y = headerRow(next);
    let x = MARGIN;
    cells.forEach((cell, column) => {
      pdf.text(String(cell), CELL, x + 2, y + 2, { width: widths[column] - 4, align: align(column), lineBreak: false, ellipsis: true });
      x += widths[column];
    });
    y += rowHeight;
    rule(y, 0.3);
  }
  return y;
}
