import { MIN_TEXT_PT } from '../pdf/legibility.js';
import { PAGE_SIZES, Pdf } from '../pdf/pdf-document.js';
import { qrWithAddress } from './qr-with-address.js';

/** One line per language, so that any guest can read it. */
const LINES = [
  'Scannez pour découvrir les bons plans des producteurs autour de vous.',
  'Scan to discover the local producers’ offers around you.',
  'Scan om de aanbiedingen van lokale producenten te ontdekken.',
  'Scannen Sie, um die Angebote der Erzeuger in der Nähe zu entdecken.',
];

/** A card for the welcome book (A6): the accommodation's name, its big QR code and its address, one line per language. */
export async function renderQrCard(card: { accommodationName: string; territoryName: string; pageUrl: string }): Promise<Buffer> {
  const [width, height] = PAGE_SIZES.A6;
  const pdf = new Pdf('A6', { title: `${card.accommodationName} — QR`, author: card.territoryName });
  pdf.addPage();
  const margin = 22;
  const box = { width: width - 2 * margin, align: 'center' } as const;
  const code = qrWithAddress(pdf, card.pageUrl, { size: 190, style: { font: 'bold', size: 11 }, maxWidth: box.width });
  const lines = LINES.map((line) => pdf.layout(line, { font: 'regular', size: MIN_TEXT_PT }, box));
  let y = pdf.text(card.territoryName, { font: 'regular', size: MIN_TEXT_PT }, margin, margin, { ...box, lineBreak: false, ellipsis: true }) + 4;
  // the name (up to 120 characters, or one long word) takes the room the code and the lines leave it
  const below = 8 + code.height + 8 + lines.reduce((sum, line) => sum + line.height + 3, 0);
  const name = pdf.layoutToFit(card.accommodationName, { font: 'bold', size: 14 }, { width: box.width, maxHeight: height - margin - below - y, minSize: 9 });
  y = pdf.draw(name, margin, y, 'center');
  const top = y + 8;
  code.draw((width - code.width) / 2, top);
  y = top + code.height + 8;
  for (const line of lines) y = pdf.draw(line, margin, y, 'center') + 3;
  if (y > height - margin + 1e-6) throw new Error('QR card overflows its page');
  return pdf.toBuffer();
}
