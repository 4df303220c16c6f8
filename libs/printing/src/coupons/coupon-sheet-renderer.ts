import { codeForReaders } from '#directory';
import { legibleQrSize, MIN_TEXT_PT, SAFE_EDGE_PT } from '../pdf/legibility.js';
import { Pdf } from '../pdf/pdf-document.js';
import { COUPON_SHEET_TEXTS, type CouponSheetLanguage } from './coupon-sheet-texts.js';

/** What a host's coupon sheet prints: the edition's words, frozen in its snapshot. */
export interface CouponSheetContent {
  territoryName: string;
  editionName: string;
  accommodationName: string;
  coupons: { serial: string; copyNumber: number; producerName: string; phrase: string }[];
}

/** Coupons per page: two columns of six, each about 98 × 46 mm, big enough to be handled and torn off. */
export const COUPON_COLUMNS = 2;
export const COUPON_ROWS = 6;

const GREY = '#555555';
const CUT = '#8a8a8a';
const PAD = 8;
/** 3 pt modules for a serial's 29 (quiet zone included): above the 2.4 pt that decode at 100 dpi, as a coupon is often scanned crumpled. */
const QR_SIDE = 87;

/**
 * A host's coupons of an edition, A4: a grid of detachable coupons between dashed cut lines, each
 * with its offer (the phrase the edition printed) and producer, the serial in the groups readers
 * see and a QR code holding the plain serial only (a phone or a scanner reads it; no address,
 * so a coupon's code opens nothing). Modules of at least 2.4 pt, no text under 8 pt, nothing
 * within 6 mm of the edge.
 */
export async function renderCouponSheet(content: CouponSheetContent, lang: CouponSheetLanguage): Promise<Buffer> {
  const t = COUPON_SHEET_TEXTS[lang];
  const pdf = new Pdf('A4', { title: `${t.title} — ${content.editionName} — ${content.accommodationName}`, author: content.territoryName });
  const margin = SAFE_EDGE_PT + 2;
  const width = pdf.width - 2 * margin;
  const header = 20;
  const cell = { width: width / COUPON_COLUMNS, height: (pdf.height - 2 * margin - header) / COUPON_ROWS };
  const perPage = COUPON_COLUMNS * COUPON_ROWS;
  const pages = Math.max(1, Math.ceil(content.coupons.length / perPage));
  for (let page = 0; page < pages; page++) {
    pdf.addPage();
    const heading = `${content.territoryName} — ${content.editionName} — ${content.accommodationName}`;
    pdf.text(`${heading}   ${page + 1}/${pages}`, { font: 'regular', size: MIN_TEXT_PT, color: GREY }, margin, margin, {
      width,
      lineBreak: false,
      ellipsis: true,
    });
    const top = margin + header;
    if (content.coupons.length === 0) pdf.text(t.none, { font: 'regular', size: 10 }, margin, top, { width });
    const onPage = content.coupons.slice(page * perPage, (page + 1) * perPage);
    onPage.forEach((coupon, i) => {
      const x = margin + (i % COUPON_COLUMNS) * cell.width;
      const y = top + Math.floor(i / COUPON_COLUMNS) * cell.height;
      drawCoupon(pdf, coupon, `${content.territoryName} — ${content.editionName}`, lang, x, y, cell);
    });
    cutLines(pdf, margin, top, cell, Math.ceil(onPage.length / COUPON_COLUMNS), Math.min(onPage.length, COUPON_COLUMNS));
  }
  return pdf.toBuffer();
}

function drawCoupon(
  pdf: Pdf,
  coupon: CouponSheetContent['coupons'][number],
  edition: string,
  lang: CouponSheetLanguage,
  x: number,
  y: number,
  cell: { width: number; height: number },
) {
  const t = COUPON_SHEET_TEXTS[lang];
  const qr = legibleQrSize(coupon.serial, QR_SIDE);
  const qrX = x + cell.width - PAD - qr;
  pdf.qr(coupon.serial, qrX, y + PAD, qr);
  const left = x + PAD;
  const textWidth = qrX - left - 6;
  const name = pdf.text(coupon.producerName, { font: 'bold', size: 10 }, left, y + PAD, { width: textWidth, lineBreak: false, ellipsis: true });
  const phrase = pdf.layoutToFit(coupon.phrase, { font: 'regular', size: 9.5 }, { width: textWidth, maxHeight: 36, minSize: MIN_TEXT_PT });
  const below = pdf.draw(phrase, left, name + 2);
  pdf.text(codeForReaders(coupon.serial), { font: 'bold', size: 13 }, left, Math.max(below + 4, y + PAD + 52), {
    width: textWidth,
    lineBreak: false,
    characterSpacing: 1,
  });
  pdf.text(t.copy(coupon.copyNumber), { font: 'regular', size: MIN_TEXT_PT, color: GREY }, qrX, y + PAD + qr + 2, {
    width: qr,
    align: 'center',
    lineBreak: false,
    ellipsis: true,
  });
  // torn off, a coupon still says whose territory and edition it is
  const small = { font: 'regular' as const, size: MIN_TEXT_PT, color: GREY };
  const footer = pdf.layout(`${edition}. ${t.handOver}`, small, { width: textWidth });
  pdf.draw(footer, left, y + cell.height - PAD - footer.height);
}

/** Dashed lines around and between the coupons drawn, where the scissors go. */
function cutLines(pdf: Pdf, left: number, top: number, cell: { width: number; height: number }, rows: number, columns: number) {
  const doc = pdf.doc;
  doc.save().lineWidth(0.5).strokeColor(CUT).dash(4, { space: 3 });
  for (let r = 0; r <= rows; r++)
    doc
      .moveTo(left, top + r * cell.height)
      .lineTo(left + columns * cell.width, top + r * cell.height)
      .stroke();
  for (let c = 0; c <= columns; c++)
    doc
      .moveTo(left + c * cell.width, top)
      .lineTo(left + c * cell.width, top + rows * cell.height)
      .stroke();
  doc.undash().restore();
}
