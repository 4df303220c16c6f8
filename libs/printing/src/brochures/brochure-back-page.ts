import { SAFE_EDGE_PT } from '../pdf/legibility.js';
import { drawFitted, type EmbeddableImage } from '../pdf/pdf-image.js';
import type { Pdf, TextBlock } from '../pdf/pdf-document.js';
import { addressForReaders } from '../qr/public-links.js';
import type { BrochureColours } from './brochure-colours.js';
import type { Metrics } from './brochure-metrics.js';
import { BROCHURE_TEXTS, type BrochureLanguage } from './brochure-texts.js';
import { qrWithAddress } from './qr-with-address.js';

/** What the back page names: the association, where to find it, who funds it. */
export interface BackPageContent {
  territoryName: string;
  /** The association's website, else the territory's page: printed as a guest types it. */
  website?: string;
  contactEmail?: string | null;
  /** As its readers write it (05 49 … in French). */
  contactPhone?: string | null;
  funders: readonly { name: string; logo?: EmbeddableImage }[];
  printedOn: string;
}

interface Placed {
  height: number;
  draw: (top: number) => void;
}

const WHITE = '#ffffff';

/**
 * The back page: how it works in three numbered steps, the website and the association's contact
 * in a tinted box, the funders' logos (their names where there is none), the print date at the
 * foot. The parts are measured first, then spread over the page's height, so it never looks
 * abandoned whatever it holds.
 */
export function drawBackPage(pdf: Pdf, content: BackPageContent, lang: BrochureLanguage, m: Metrics, colours: BrochureColours): void {
  const t = BROCHURE_TEXTS[lang];
  pdf.addPage();
  const inner = m.width - 2 * m.margin;
  const heading = pdf.layout(t.howTo, { font: 'bold', size: 20 * m.k, color: WHITE }, { width: inner });
  const bandPadding = 16 * m.k;
  const band = heading.height + 2 * bandPadding;
  pdf.doc
    .save()
    .rect(SAFE_EDGE_PT, SAFE_EDGE_PT, m.width - 2 * SAFE_EDGE_PT, band)
    .fill(colours.band)
    .restore();
  pdf.draw(heading, m.margin, SAFE_EDGE_PT + bandPadding);

  const printed = pdf.layout(t.printed(content.printedOn), { font: 'regular', size: m.small, color: '#444444' }, { width: inner });
  const top = SAFE_EDGE_PT + band;
  const bottom = m.height - m.margin - printed.height;
  pdf.draw(printed, m.margin, bottom);

  const parts = [steps(pdf, lang, m, colours), webAndContact(pdf, content, lang, m, colours)];
  const fixed = parts.reduce((sum, part) => sum + part.height, 0);
  const widest = 48 * m.k;
  if (content.funders.length > 0) {
    // the funders' logos take what the page has to spare, up to twice their height
    const base = funders(pdf, content.funders, lang, m, colours);
    const spare = bottom - top - fixed - base.height - 4 * widest;
    parts.push(spare > 0 ? funders(pdf, content.funders, lang, m, colours, Math.min(1, spare / base.rowsHeight)) : base);
  }
  // under the band a short gap, then the space left evenly between the parts and above the print date
  const free = Math.max(0, bottom - top - parts.reduce((sum, part) => sum + part.height, 0));
  const first = Math.min(free / (parts.length + 1), 30 * m.k);
  const between = (free - first) / parts.length;
  let y = top + first;
  for (const part of parts) {
    part.draw(y);
    y += part.height + between;
  }
}

/** The three steps, each a number in a disc of the territory's colour, a short title and a sentence. */
function steps(pdf: Pdf, lang: BrochureLanguage, m: Metrics, colours: BrochureColours): Placed {
  const t = BROCHURE_TEXTS[lang];
  const radius = 15 * m.k;
  const textX = m.margin + 2 * radius + 12 * m.k;
  const width = m.width - m.margin - textX;
  const items = t.steps.map((step) => {
    const title = pdf.layout(step.title, { font: 'bold', size: Math.max(14 * m.k, 10) }, { width });
    const text = pdf.layout(step.text, { font: 'regular', size: Math.max(11 * m.k, m.body) }, { width });
    return { title, text, height: Math.max(2 * radius, title.height + 2 + text.height) };
  });
  const space = 16 * m.k;
  return {
    height: items.reduce((sum, item) => sum + item.height, 0) + space * (items.length - 1),
    draw: (top) => {
      let y = top;
      items.forEach((item, i) => {
        pdf.doc
          .save()
          .circle(m.margin + radius, y + radius, radius)
          .fill(colours.band)
          .restore();
        const digit = pdf.layout(String(i + 1), { font: 'bold', size: 16 * m.k < 9 ? 9 : 16 * m.k, color: WHITE }, { width: 2 * radius, lineBreak: false });
        pdf.draw(digit, m.margin, y + radius - digit.lineHeight / 2, 'center');
        pdf.draw(item.text, textX, pdf.draw(item.title, textX, y) + 2);
        y += item.height + space;
      });
    },
  };
}

/**
 * The website's QR code with its typed address, beside the website in large type and the
 * association's contact, in a box tinted with the territory's colour.
 */
function webAndContact(pdf: Pdf, content: BackPageContent, lang: BrochureLanguage, m: Metrics, colours: BrochureColours): Placed {
  const t = BROCHURE_TEXTS[lang];
  const inner = m.width - 2 * m.margin;
  const padding = 16 * m.k;
  const code = content.website
    ? qrWithAddress(pdf, content.website, { size: 96 * m.k, style: { font: 'regular', size: m.small }, maxWidth: 0.4 * inner })
    : undefined;
  const textX = m.margin + padding + (code ? code.width + 18 * m.k : 0);
  const width = m.margin + inner - padding - textX;
  const label = (text: string) => pdf.layout(text, { font: 'bold', size: Math.max(11 * m.k, m.body) }, { width });
  const blocks: TextBlock[] = [];
  if (content.website) {
    blocks.push(label(t.website));
    blocks.push(pdf.layout(addressForReaders(content.website), { font: 'bold', size: Math.max(16 * m.k, 11), color: colours.band }, { width }));
  }
  const contact = [content.territoryName, content.contactEmail, content.contactPhone].filter(Boolean).join('\n');
  blocks.push(label(t.contact), pdf.layout(contact, { font: 'regular', size: Math.max(11 * m.k, m.body) }, { width }));
  const space = 4 * m.k;
  // a little more space before the contact's label than inside a part
  const before = (i: number) => (content.website && i === 2 ? 10 * m.k : i > 0 ? space : 0);
  const textHeight = blocks.reduce((sum, block, i) => sum + before(i) + block.height, 0);
  const height = Math.max(textHeight, code?.height ?? 0) + 2 * padding;
  return {
    height,
    draw: (top) => {
      pdf.doc.save().rect(m.margin, top, inner, height).fill(colours.tint).restore();
      code?.draw(m.margin + padding, top + (height - code.height) / 2);
      let y = top + (height - textHeight) / 2;
      blocks.forEach((block, i) => {
        y = pdf.draw(block, textX, y + before(i));
      });
    },
  };
}

/** The funders' logos in rows, as large as the row allows; a funder without a logo by its name, in the same box. */
function funders(
  pdf: Pdf,
  list: BackPageContent['funders'],
  lang: BrochureLanguage,
  m: Metrics,
  colours: BrochureColours,
  /** How much taller than their usual height the logos may be (0 to 1: up to twice). */
  grow = 0,
): Placed & { rowsHeight: number } {
  const t = BROCHURE_TEXTS[lang];
  const inner = m.width - 2 * m.margin;
  const heading = pdf.layout(t.funders, { font: 'bold', size: Math.max(14 * m.k, 10), color: colours.band }, { width: inner });
  const perRow = Math.min(list.length, m.width > 500 ? 4 : 3);
  const gutter = 14 * m.k;
  const cell = { width: (inner - gutter * (perRow - 1)) / perRow, height: 60 * m.k * (1 + grow) };
  const names = list.map((funder) =>
    funder.logo ? undefined : pdf.layout(funder.name, { font: 'bold', size: Math.max(11 * m.k, m.body), color: '#333333' }, { width: cell.width }),
  );
  const rows = Math.ceil(list.length / perRow);
  const cellHeight = Math.max(cell.height, ...names.map((name) => name?.height ?? 0));
  return {
    rowsHeight: rows * cellHeight,
    height: heading.height + 10 * m.k + rows * cellHeight + (rows - 1) * gutter,
    draw: (top) => {
      const y0 = pdf.draw(heading, m.margin, top) + 10 * m.k;
      list.forEach((funder, i) => {
        const row = Math.floor(i / perRow);
        const inRow = Math.min(perRow, list.length - row * perRow);
        // a last row of fewer logos is centred under the others
        const left = m.margin + ((perRow - inRow) * (cell.width + gutter)) / 2;
        const x = left + (i % perRow) * (cell.width + gutter);
        const y = y0 + row * (cellHeight + gutter);
        const name = names[i];
        if (funder.logo) drawFitted(pdf, funder.logo, { x, y, width: cell.width, height: cellHeight });
        else if (name) pdf.draw(name, x, y + (cellHeight - name.height) / 2, 'center');
      });
    },
  };
}
