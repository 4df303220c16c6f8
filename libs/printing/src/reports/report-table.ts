import type { FiguresTable } from '#insights';

/** What a drawn table needs: the figures' tables, and the report's own (its funnel). */
export type DrawnTable = Pick<FiguresTable, 'title' | 'headers' | 'numeric' | 'rows'>;
import type { Pdf, TextBlock, TextStyle } from '../pdf/pdf-document.js';
import { MARGIN, type PageFlow } from './report-page-flow.js';
import type { ReportColours } from './report-colours.js';

const CELL: TextStyle = { font: 'regular', size: 8.5 };
const CELL_HEAD: TextStyle = { font: 'bold', size: 8.5 };
const HEADING: TextStyle = { font: 'bold', size: 13 };
const NOTE: TextStyle = { font: 'regular', size: 8 };
const PAD = 3;
/** A text column is never squeezed below this, however wide the numbers. */
const MIN_TEXT = 72;
/** The widest a number's column grows to give its header fewer lines. */
const ROOMY_NUMBER = 80;

export interface TableOptions {
  titleSuffix: string;
  none: string;
  /** One line under the title saying how to read a column. */
  note?: string;
  colours: ReportColours;
}

/**
 * Each column as wide as its longest cell or header word; text columns share what is left in
 * proportion to their needs, and wrap (never cut) when there is not room for them on one line.
 */
function columnWidths(pdf: Pdf, table: DrawnTable, width: number): number[] {
  const longestWord = (header: string) => Math.max(...header.split(/\s+/).map((word) => pdf.widthOf(word, CELL_HEAD)));
  const natural = table.headers.map(
    (header, column) => Math.max(longestWord(header), ...table.rows.map((row) => pdf.widthOf(String(row[column]), CELL))) + 2 * PAD,
  );
  const texts = natural.reduce((sum, w, column) => sum + (table.numeric[column] ? 0 : w), 0);
  const textColumns = table.numeric.filter((n) => !n).length;
  // where the text has room, a number's header gets its line (up to 80 pt) rather than a word a line
  const roomy = table.headers.map((header, column) =>
    table.numeric[column] ? Math.max(natural[column], Math.min(ROOMY_NUMBER, pdf.widthOf(header, CELL_HEAD) + 2 * PAD)) : natural[column],
  );
  const roomyNumbers = roomy.reduce((sum, w, column) => sum + (table.numeric[column] ? w : 0), 0);
  if (texts <= width - roomyNumbers) natural.splice(0, natural.length, ...roomy);
  const numbers = natural.reduce((sum, w, column) => sum + (table.numeric[column] ? w : 0), 0);
  const left = width - numbers;
  if (texts <= left) {
    // room for everything on one line: the spare width goes to the text columns
    const spare = (left - texts) / Math.max(1, textColumns);
    return natural.map((w, column) => (table.numeric[column] ? w : w + spare));
  }
  const forText = Math.max(left, MIN_TEXT * textColumns);
  const squeeze = (width - forText) / Math.max(1, numbers);
  return natural.map((w, column) => (table.numeric[column] ? w * Math.min(1, squeeze) : Math.max(MIN_TEXT, (w / texts) * forText)));
}

/** A table under its title, numbers right-aligned, headers on a tinted band; continues on a new page with its header when the page is full. */
export function drawTable(pdf: Pdf, page: PageFlow, table: DrawnTable, top: number, options: TableOptions): number {
  const width = pdf.width - 2 * MARGIN;
  const widths = columnWidths(pdf, table, width);
  const align = (column: number) => (table.numeric[column] ? 'right' : 'left');
  const headers = table.headers.map((header, column) => pdf.layout(header, CELL_HEAD, { width: widths[column] - 2 * PAD }));
  const headerHeight = Math.max(...headers.map((block) => block.height)) + 2 * PAD;
  const rule = (y: number, weight: number) =>
    pdf.doc
      .save()
      .lineWidth(weight)
      .strokeColor(options.colours.ink)
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + width, y)
      .stroke()
      .restore();
  const headerRow = (y: number) => {
    pdf.doc.save().rect(MARGIN, y, width, headerHeight).fill(options.colours.tint).restore();
    drawRow(pdf, headers, widths, y + PAD, align);
    rule(y + headerHeight, 0.8);
    return y + headerHeight;
  };

  let y = page.room(top, 30 + headerHeight + pdf.lineHeight(CELL) * 3);
  y = pdf.text(`${table.title}${options.titleSuffix}`, { ...HEADING, color: options.colours.ink }, MARGIN, y, { width }) + 4;
  if (options.note) y = pdf.text(options.note, NOTE, MARGIN, y, { width }) + 4;
  if (table.rows.length === 0) return pdf.text(options.none, CELL, MARGIN, y, { width });
  y = headerRow(y);
  for (const cells of table.rows) {
    const blocks = cells.map((cell, column) => pdf.layout(String(cell), CELL, { width: widths[column] - 2 * PAD }));
    const height = Math.max(...blocks.map((block) => block.height)) + 2 * PAD;
    const next = page.room(y, height);
    if (next !== y) y = headerRow(next);
    drawRow(pdf, blocks, widths, y + PAD, align);
    y += height;
    rule(y, 0.3);
  }
  return y;
}

function drawRow(pdf: Pdf, blocks: TextBlock[], widths: number[], y: number, align: (column: number) => 'left' | 'right'): void {
  let x = MARGIN;
  blocks.forEach((block, column) => {
    pdf.draw(block, x + PAD, y, align(column));
    x += widths[column];
  });
}
