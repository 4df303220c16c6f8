import { SAFE_EDGE_PT } from '../pdf/legibility.js';
import { drawCovering, drawFitted, fittedSize, type EmbeddableImage } from '../pdf/pdf-image.js';
import type { Pdf, TextBlock } from '../pdf/pdf-document.js';
import type { BrochureColours } from './brochure-colours.js';
import type { Metrics } from './brochure-metrics.js';
import { BROCHURE_TEXTS, type BrochureLanguage } from './brochure-texts.js';
import { qrWithAddress, type QrWithAddress } from './qr-with-address.js';

/** What the cover says: whose brochure it is, where its big QR code leads, until when it holds. */
export interface CoverContent {
  territoryName: string;
  logo?: EmbeddableImage;
  /** The accommodation's photo, else a producer's: the cover without one is laid out for it. */
  photo?: EmbeddableImage;
  /** A personalised brochure's accommodation, printed as "offered by your host". */
  accommodationName?: string;
  /** The big QR code: the accommodation's page, or the territory's for its own brochure. */
  qrUrl?: string;
  offers: number;
  producers: number;
  validity: string;
}

const WHITE = '#ffffff';

/** A part of the page measured before it is drawn at `top`. */
interface Placed {
  height: number;
  draw: (top: number) => void;
}

/**
 * The cover: a band in the territory's colour (logo, name, title, how many offers), the photo
 * when there is one, the big QR code with its typed address and the host's name and what a scan
 * shows, and the validity in a strip at the foot. The photo takes what the page leaves (up to
 * almost half of it); without one, the rest is spread evenly, so the page is full either way.
 */
export function drawCover(pdf: Pdf, content: CoverContent, lang: BrochureLanguage, m: Metrics, colours: BrochureColours): void {
  pdf.addPage();
  const t = BROCHURE_TEXTS[lang];
  const inner = m.width - 2 * m.margin;
  // without a photo, the band takes more of the page: the cover still opens on colour
  const band = titleBand(pdf, content, lang, m, colours, content.photo ? 0 : 0.27 * m.height);
  const footer = validityStrip(pdf, content.validity, m, colours);
  const top = SAFE_EDGE_PT + band.height;
  const bottom = m.height - SAFE_EDGE_PT - footer.height;
  band.draw(SAFE_EDGE_PT);
  footer.draw(bottom);

  const scan = content.accommodationName ? t.scan : t.territoryScan;
  const intro = (width: number) =>
    content.accommodationName
      ? [
          pdf.layout(t.offeredBy, { font: 'regular', size: Math.max(12 * m.k, m.body), color: '#333333' }, { width }),
          pdf.layout(content.accommodationName, { font: 'bold', size: 20 * m.k }, { width }),
        ]
      : // the territory's own brochure: a headline where a host's name would be
        [pdf.layout(t.territoryHeading, { font: 'bold', size: 20 * m.k }, { width })];
  const scanText = (width: number) => pdf.layout(scan, { font: 'regular', size: Math.max(11 * m.k, m.body) }, { width });

  if (content.photo) {
    // the photo under the band, then the code beside the texts, as on a magazine's cover
    const code = content.qrUrl ? bigCode(pdf, content.qrUrl, m, 170 * m.k, 0.42 * inner) : undefined;
    const textX = m.margin + (code ? code.width + 20 * m.k : 0);
    const texts = stack(pdf, [...intro(m.margin + inner - textX), scanText(m.margin + inner - textX)], textX, 8 * m.k, 'left');
    const rowHeight = Math.max(code?.height ?? 0, texts.height);
    const gap = 22 * m.k;
    const room = bottom - top - rowHeight - 2 * gap;
    const photoHeight = Math.min(room, m.height * 0.45);
    drawCovering(pdf, content.photo, { x: SAFE_EDGE_PT, y: top, width: m.width - 2 * SAFE_EDGE_PT, height: photoHeight });
    const rowTop = top + photoHeight + gap + (room - photoHeight) / 2;
    code?.draw(m.margin, rowTop);
    texts.draw(rowTop + (rowHeight - texts.height) / 2);
    return;
  }
  // no photo: the host's name, then the big code, its address and what it shows on a tinted panel, spread evenly
  const blocks: Placed[] = [];
  const names = intro(inner);
  if (names.length) blocks.push(stack(pdf, names, m.margin, 2, 'center'));
  blocks.push(codePanel(pdf, content.qrUrl, scanText(inner - 80 * m.k), m, colours));
  const space = (bottom - top - blocks.reduce((sum, block) => sum + block.height, 0)) / (blocks.length + 1);
  let y = top + space;
  for (const block of blocks) {
    block.draw(y);
    y += block.height + space;
  }
}

/** The big code with its address and, under it, what a scan shows, on a panel tinted with the territory's colour. */
function codePanel(pdf: Pdf, url: string | undefined, instructions: TextBlock, m: Metrics, colours: BrochureColours): Placed {
  const inner = m.width - 2 * m.margin;
  const code = url ? bigCode(pdf, url, m, 220 * m.k, inner - 80 * m.k) : undefined;
  const padding = 20 * m.k;
  const width = Math.max(code?.width ?? 0, instructions.width) + 2 * padding;
  const height = (code ? code.height + 12 * m.k : 0) + instructions.height + 2 * padding;
  return {
    height,
    draw: (top) => {
      pdf.doc
        .save()
        .roundedRect((m.width - width) / 2, top, width, height, 8 * m.k)
        .fill(colours.tint)
        .restore();
      code?.draw((m.width - code.width) / 2, top + padding);
      pdf.draw(instructions, (m.width - instructions.width) / 2, top + height - padding - instructions.height, 'center');
    },
  };
}

function bigCode(pdf: Pdf, url: string, m: Metrics, size: number, maxWidth: number): QrWithAddress {
  return qrWithAddress(pdf, url, { size, style: { font: 'bold', size: Math.max(12 * m.k, m.body) }, maxWidth });
}

/** Blocks one under the other, `space` apart. */
function stack(pdf: Pdf, blocks: TextBlock[], x: number, space: number, align: 'left' | 'center'): Placed {
  return {
    height: blocks.reduce((sum, block) => sum + block.height, 0) + space * (blocks.length - 1),
    draw: (top) => {
      let y = top;
      for (const block of blocks) y = pdf.draw(block, x, y, align) + space;
    },
  };
}

/** The band at the top of the cover, from one safe edge to the other: the logo on white, then the territory's name, the title and the count in white. */
function titleBand(pdf: Pdf, content: CoverContent, lang: BrochureLanguage, m: Metrics, colours: BrochureColours, minHeight: number): Placed {
  const t = BROCHURE_TEXTS[lang];
  const edge = SAFE_EDGE_PT;
  const padding = 24 * m.k;
  const logoBox = content.logo ? fittedSize(content.logo, { width: 120 * m.k, height: 72 * m.k }) : undefined;
  const logoPadding = 6 * m.k;
  const textX = m.margin + (logoBox ? logoBox.width + 2 * logoPadding + 16 * m.k : 0);
  const width = m.width - m.margin - textX;
  const texts = [
    pdf.layout(content.territoryName, { font: 'bold', size: Math.max(13 * m.k, m.body), color: WHITE }, { width }),
    pdf.layout(t.title, { font: 'bold', size: 26 * m.k, color: WHITE }, { width }),
  ];
  if (content.producers > 0)
    texts.push(pdf.layout(t.offerCount(content.offers, content.producers), { font: 'regular', size: Math.max(13 * m.k, m.body), color: WHITE }, { width }));
  const textHeight = texts.reduce((sum, block) => sum + block.height, 0) + 6 * m.k * (texts.length - 1);
  const inside = Math.max(textHeight, logoBox ? logoBox.height + 2 * logoPadding : 0);
  const height = Math.max(minHeight, inside + 2 * padding);
  return {
    height,
    draw: (top) => {
      pdf.doc
        .save()
        .rect(edge, top, m.width - 2 * edge, height)
        .fill(colours.band)
        .restore();
      if (content.logo && logoBox) {
        const box = { x: m.margin, y: top + height - padding - inside, width: logoBox.width + 2 * logoPadding, height: logoBox.height + 2 * logoPadding };
        pdf.doc
          .save()
          .roundedRect(box.x, box.y + (inside - box.height) / 2, box.width, box.height, 4 * m.k)
          .fill(WHITE)
          .restore();
        drawFitted(pdf, content.logo, { x: box.x + logoPadding, y: box.y + (inside - box.height) / 2 + logoPadding, ...logoBox });
      }
      // a taller band keeps its titles at its foot, above the page's content
      const bottom = top + height - padding;
      let y = bottom - inside + (inside - textHeight) / 2;
      for (const block of texts) y = pdf.draw(block, textX, y) + 6 * m.k;
    },
  };
}

/** The validity, white on the territory's colour, at the foot of the cover. */
function validityStrip(pdf: Pdf, validity: string, m: Metrics, colours: BrochureColours): Placed {
  const edge = SAFE_EDGE_PT;
  const text = pdf.layout(validity, { font: 'bold', size: Math.max(11 * m.k, m.body), color: WHITE }, { width: m.width - 2 * m.margin });
  const padding = 10 * m.k;
  return {
    height: text.height + 2 * padding,
    draw: (top) => {
      pdf.doc
        .save()
        .rect(edge, top, m.width - 2 * edge, text.height + 2 * padding)
        .fill(colours.band)
        .restore();
      pdf.draw(text, m.margin, top + padding, 'center');
    },
  };
}
