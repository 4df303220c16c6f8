import { drawQr, newPdf, PAGE_SIZES, pdfBuffer } from '../pdf/pdf-document.js';

/** One line per language, so that any guest can read it. */
const LINES = [
  'Scannez pour découvrir les bons plans des producteurs autour de vous.',
  'Scan to discover the local producers’ offers around you.',
  'Scan om de aanbiedingen van lokale producenten te ontdekken.',
  'Scannen Sie, um die Angebote der Erzeuger in der Nähe zu entdecken.',
];

/** A card for the welcome book (A6): the accommodation's name, its big QR code, one line per language. */
export async function renderQrCard(card: { accommodationName: string; territoryName: string; pageUrl: string }): Promise<Buffer> {
  const [width, height] = PAGE_SIZES.A6;
  const doc = newPdf('A6', { title: `${card.accommodationName} — QR`, author: card.territoryName });
  doc.addPage();
  const margin = 22;
  doc.font('regular').fontSize(8).fillColor('#000000').text(card.territoryName, margin, margin, { width: width - 2 * margin, align: 'center' });
  doc.font('bold').fontSize(14).text(card.accommodationName, margin, doc.y + 4, { width: width - 2 * margin, align: 'center' });
  const size = width - 2 * margin - 20;
  const top = doc.y + 10;
  drawQr(doc, card.pageUrl, (width - size) / 2, top, size);
  let y = top + size + 10;
  doc.font('regular').fontSize(7.5);
  for (const line of LINES) {
    doc.text(line, margin, y, { width: width - 2 * margin, align: 'center' });
    y = doc.y + 3;
  }
  if (y > height - margin) throw new Error('QR card overflows its page');
  return pdfBuffer(doc);
}
