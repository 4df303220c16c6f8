/**
 * How legible the printed matter is, format by format, as a cheap printer or a photocopy renders
 * it: QR codes decoded / QR codes printed at 100 dpi without anti-aliasing (`pdftoppm -r 100 -aa no
 * -aaVector no`, then zbarimg) and at 150 dpi, the smallest text size, and the nearest text to the
 * paper's edge. A synthetic territory of 15 producers, addresses on https://gatine.example.
 *
 *   npm run bench:legibility      (needs poppler-utils and zbar-tools)
 */
import { renderBrochure, renderPassCard, renderQrCard, type BrochureContent, type BrochureOptions } from '#printing';
import { fontSizeOf, hasPoppler, hasZbar, pdfQrCodes, pdfWords } from '../test/support/system-tools.js';
import { syntheticContent } from './synthetic-brochure.js';

const BASE = 'https://gatine.example';
const MM = 72 / 25.4;

interface Printed {
  label: string;
  pdf: Buffer;
  /** Every QR code printed in it. */
  codes: string[];
}

async function printed(): Promise<Printed[]> {
  const territory = {
    id: 'territory',
    name: 'Les Bons Plans de Gâtine',
    languages: ['fr', 'en'],
    timeZone: 'Europe/Paris',
    primaryColor: '#2f6b3a',
    logoUrl: null,
    contactEmail: 'contact@gatine.example',
    contactPhone: '05 49 00 00 00',
  };
  const { content } = syntheticContent(15, territory, BASE, '2026-07-14');
  const codes = (c: BrochureContent) => [...(c.accommodation ? [c.accommodation.pageUrl] : []), ...c.producers.map(c.producerUrl)];
  const brochure = async (label: string, options: BrochureOptions) => ({ label, pdf: await renderBrochure(content, options), codes: codes(content) });
  const pageUrl = content.accommodation!.pageUrl;
  const passUrl = `${BASE}/p/azqat474md`;
  return [
    await brochure('A4 brochure', { format: 'A4', lang: 'fr' }),
    await brochure('A5 brochure', { format: 'A5', lang: 'fr' }),
    await brochure('A5 booklet', { format: 'A5', lang: 'fr', imposition: 'booklet' }),
    await brochure('A4 + booklet', { format: 'A4', lang: 'fr', imposition: 'booklet' }),
    {
      label: 'QR card (A6)',
      pdf: await renderQrCard({ accommodationName: content.accommodation!.name, territoryName: territory.name, pageUrl }),
      codes: [pageUrl],
    },
    {
      label: 'pass card (A6)',
      pdf: await renderPassCard({
        code: 'azqat474md',
        url: passUrl,
        arrival: '2026-07-14',
        departure: '2026-07-21',
        guests: 4,
        lang: 'fr',
        accommodationName: content.accommodation!.name,
        territoryName: territory.name,
      }),
      codes: [passUrl],
    },
  ];
}

/** How many of the printed codes are found, each counted once per time it is printed. */
function found(codes: string[], pages: string[][]): number {
  const left = pages.flat();
  return codes.filter((code) => {
    const at = left.indexOf(code);
    if (at >= 0) left.splice(at, 1);
    return at >= 0;
  }).length;
}

async function main() {
  if (!hasPoppler || !hasZbar) throw new Error('poppler-utils and zbar-tools are needed: apt-get install poppler-utils zbar-tools');
  const rows = [];
  for (const { label, pdf, codes } of await printed()) {
    const words = await pdfWords(pdf);
    const sizes = words.map(fontSizeOf);
    const edge = Math.min(...words.map((w) => Math.min(w.xMin, w.yMin, w.pageWidth - w.xMax, w.pageHeight - w.yMax)));
    const sheet = words[0];
    rows.push({
      format: label,
      sheet: `${Math.round(sheet.pageWidth / MM)}×${Math.round(sheet.pageHeight / MM)} mm`,
      '100 dpi, no AA': `${found(codes, await pdfQrCodes(pdf, 100, { antialias: false }))}/${codes.length}`,
      '150 dpi': `${found(codes, await pdfQrCodes(pdf, 150))}/${codes.length}`,
      'smallest text (pt)': Math.min(...sizes).toFixed(1),
      'words < 8 pt': sizes.filter((size) => size < 7.95).length,
      'text nearest the edge (mm)': (edge / MM).toFixed(1),
    });
  }
  console.table(rows);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
