import PDFDocument from 'pdfkit';
import { qrMatrix } from '../qr/qr-codes.js';
import { fonts } from './fonts.js';

export type Pdf = PDFKit.PDFDocument;

export const PAGE_SIZES = { A4: [595.28, 841.89], A5: [419.53, 595.28], A6: [297.64, 419.53] } as const;
export type PageFormat = keyof typeof PAGE_SIZES;

/** A new document with the embedded fonts registered as 'regular' and 'bold'. */
export function newPdf(format: PageFormat, info: { title: string; author: string }): Pdf {
  const doc = new PDFDocument({ size: [...PAGE_SIZES[format]], margin: 0, autoFirstPage: false, bufferPages: true, info: { Title: info.title, Author: info.author, Creator: 'Terroir Pass' } });
  const { regular, bold } = fonts();
  // pdfkit takes an already parsed fontkit font as it takes a file
  doc.registerFont('regular', regular as never);
  doc.registerFont('bold', bold as never);
  return doc;
}

export function pdfBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** A QR code drawn as vector modules (sharp at any print size), with its quiet zone of 4 modules in white. */
export function drawQr(doc: Pdf, text: string, x: number, y: number, size: number): void {
  const matrix = qrMatrix(text);
  const modules = matrix.size + 8;
  const unit = size / modules;
  doc.save().rect(x, y, size, size).fill('#ffffff');
  doc.fillColor('#000000');
  // one rectangle per horizontal run of dark modules: a third of the drawing operations
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; column++) {
      if (!matrix.isDark(row, column)) continue;
      let end = column;
      while (end + 1 < matrix.size && matrix.isDark(row, end + 1)) end++;
      doc.rect(x + (column + 4) * unit, y + (row + 4) * unit, (end - column + 1) * unit + 0.02, unit + 0.02);
      column = end;
    }
  }
  doc.fill().restore();
}
