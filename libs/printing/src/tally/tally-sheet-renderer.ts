import { codeForReaders, type ShowcaseOffer } from '#directory';
import { offerPhrase } from '../brochures/offer-phrase.js';
import { MIN_TEXT_PT, SAFE_EDGE_PT } from '../pdf/legibility.js';
import { Pdf } from '../pdf/pdf-document.js';
import { TALLY_SHEET_TEXTS, type TallySheetLanguage } from './tally-sheet-texts.js';

/** What a producer's tally sheet prints. */
export interface TallySheetContent {
  producerName: string;
  territoryName: string;
  offers: (Pick<ShowcaseOffer, 'kind' | 'value' | 'minPurchaseCents' | 'title'> & { number: number })[];
  /** Characters of a pass code as printed on passes: one box each, in the groups codes are shown in. */
  codeLength: number;
  /** Where the sheet is typed in. */
  entryUrl: string;
}

/** Lines a sheet holds: about a busy week at a farm. */
export const TALLY_SHEET_LINES = 30;

const GREY = '#555555';
const RULE = '#8a8a8a';
const BOX = 13.5;
const GROUP_GAP = 7;
/** Below this, a line is too low to write in by hand: the lines go on a page of their own. */
const MIN_ROW = 18;
const MAX_ROW = 22;

/** The sizes of the groups a code of `length` characters is shown in ("AZQA T474 MDX": 4, 4, 3). */
const groupsOf = (length: number) =>
  codeForReaders('x'.repeat(length))
    .split(' ')
    .map((group) => group.length);

/** Boxes for characters written one per box, in groups; returns the x after them. */
function boxes(pdf: Pdf, groups: number[], x: number, y: number, height: number, separator?: string): number {
  let left = x;
  groups.forEach((count, g) => {
    if (g > 0) {
      if (separator) pdf.text(separator, { font: 'regular', size: 11, color: GREY }, left, y + (height - 14) / 2, { width: GROUP_GAP, align: 'center' });
      left += GROUP_GAP;
    }
    for (let i = 0; i < count; i++)
      pdf.doc
        .rect(left + i * BOX, y, BOX, height)
        .lineWidth(0.6)
        .strokeColor(RULE)
        .stroke();
    left += count * BOX;
  });
  return left;
}

/**
 * A producer's tally sheet, A4: its name, its offers numbered with their one phrase, a short how-to,
 * then numbered lines with boxes for the pass code (grouped as codes are shown), the day and month,
 * the offer's number and the amount spent. No text under 8 pt, nothing within 6 mm of the edge.
 */
export async function renderTallySheet(content: TallySheetContent, lang: TallySheetLanguage): Promise<Buffer> {
  const t = TALLY_SHEET_TEXTS[lang];
  const pdf = new Pdf('A4', { title: `${t.title} — ${content.producerName}`, author: content.territoryName });
  const margin = SAFE_EDGE_PT + 6;
  const width = pdf.width - 2 * margin;
  const bottom = pdf.height - margin;
  pdf.addPage();
  let y = pdf.text(content.territoryName, { font: 'regular', size: 9, color: GREY }, margin, margin, { width });
  y = pdf.text(`${t.title} — ${content.producerName}`, { font: 'bold', size: 14 }, margin, y + 2, { width });

  y = pdf.text(t.offers, { font: 'bold', size: 9.5 }, margin, y + 8, { width });
  if (content.offers.length === 0) y = pdf.text(t.noOffers, { font: 'regular', size: 9 }, margin, y + 2, { width });
  for (const offer of content.offers) {
    const number = String(offer.number);
    pdf.text(number, { font: 'bold', size: 10 }, margin, y + 2, { width: 18, align: 'right' });
    y = pdf.text(offerPhrase(offer, lang), { font: 'regular', size: 9 }, margin + 24, y + 2.5, { width: width - 24 });
  }

  y = pdf.text(`1. ${t.howTo[0]}`, { font: 'regular', size: MIN_TEXT_PT + 0.5 }, margin, y + 8, { width });
  y = pdf.text(`2. ${t.howTo[1]} ${content.entryUrl}`, { font: 'regular', size: MIN_TEXT_PT + 0.5 }, margin, y + 1, { width });

  const header = 24;
  let row = (bottom - y - 8 - header) / TALLY_SHEET_LINES;
  if (row < MIN_ROW) {
    pdf.addPage();
    y = margin;
    row = (bottom - y - header) / TALLY_SHEET_LINES;
  } else y += 8;
  row = Math.min(row, MAX_ROW);
  table(pdf, content, lang, margin, y, width, row, header);
  return pdf.toBuffer();
}

function table(pdf: Pdf, content: TallySheetContent, lang: TallySheetLanguage, left: number, top: number, width: number, row: number, header: number) {
  const c = TALLY_SHEET_TEXTS[lang].columns;
  const groups = groupsOf(content.codeLength);
  const codeWidth = content.codeLength * BOX + (groups.length - 1) * GROUP_GAP + 8;
  const columns = [
    { key: 'line', width: 24 },
    { key: 'code', width: Math.max(codeWidth, 120) },
    { key: 'date', width: 4 * BOX + GROUP_GAP + 12 },
    { key: 'offer', width: 2 * BOX + 30 },
    { key: 'amount', width: 78 },
  ] as const;
  const used = columns.reduce((sum, column) => sum + column.width, 0);
  const all = [...columns, { key: 'note' as const, width: width - used }];
  const xs = {} as Record<(typeof all)[number]['key'], number>;
  let x = left;
  const style = { font: 'bold' as const, size: MIN_TEXT_PT, color: GREY };
  for (const column of all) {
    xs[column.key] = x;
    pdf.draw(pdf.layoutToFit(c[column.key], style, { width: column.width - 4, maxHeight: header - 4, minSize: MIN_TEXT_PT }), x + 2, top + 2);
    x += column.width;
  }
  const rule = (y: number) =>
    pdf.doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
  const inner = row - 5;
  for (let i = 0; i < TALLY_SHEET_LINES; i++) {
    const y = top + header + i * row;
    const box = y + 2.5;
    rule(y);
    pdf.text(String(i + 1), { font: 'regular', size: 9, color: GREY }, xs.line, y + (row - 11) / 2, { width: 18, align: 'right' });
    boxes(pdf, groups, xs.code + 4, box, inner);
    boxes(pdf, [2, 2], xs.date + 4, box, inner, '/');
    boxes(pdf, [2], xs.offer + 4, box, inner);
    pdf.doc
      .rect(xs.amount + 4, box, 66, inner)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
  }
  rule(top + header + TALLY_SHEET_LINES * row);
}
