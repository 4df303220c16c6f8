import type PDFDocument from 'pdfkit';
import { bookletLength, bookletPage, bookletPlace } from './booklet.js';
import { DocumentFont } from './document-font.js';
import { fontFaces, type FontName } from './fonts.js';
import { breakLines, ellipsize, type Line } from './line-breaking.js';
import { printableText } from './printable-text.js';
import { qrForm } from './qr-drawing.js';
import { onFirstUse } from '#common';

/** pdfkit (and fontkit with it) is loaded at the first PDF, not when the API starts: some 25 MB of RSS most processes never use (docs/pagespeed.md). */
const pdfkit = onFirstUse<typeof PDFDocument>('pdfkit');

export const PAGE_SIZES = { A3: [841.89, 1190.55], A4: [595.28, 841.89], A5: [419.53, 595.28], A6: [297.64, 419.53] } as const;
export type PageFormat = keyof typeof PAGE_SIZES;

/** The sheet that holds two pages of a format side by side: A5 pages on A4 landscape, what home printers take (never A3). */
const SHEET_FOR: Record<PageFormat, PageFormat | undefined> = { A3: undefined, A4: undefined, A5: 'A4', A6: undefined };

export interface PdfOptions {
  title: string;
  author: string;
  /** Print as a saddle-stitch booklet of this many pages (before padding): see booklet.ts. */
  booklet?: { pages: number };
}

export interface TextStyle {
  font: FontName;
  size: number;
  /** '#rrggbb', black by default. */
  color?: string;
}

export interface TextOptions {
  width: number;
  align?: 'left' | 'center' | 'right';
  /** false: one line, not wrapped (cut with an ellipsis if `ellipsis`). */
  lineBreak?: boolean;
  ellipsis?: boolean;
  /** Extra space between characters, in points; one-line text only. */
  characterSpacing?: number;
}

/** Text laid out in lines, measured before it is drawn. */
export interface TextBlock {
  style: TextStyle;
  lines: Line[];
  width: number;
  lineHeight: number;
  height: number;
  characterSpacing: number;
}

const n = (value: number) => Math.round(value * 1000) / 1000;
const colours = new Map<string, string>();
/** '#rrggbb' as the operands of `rg`. */
function rgb(colour: string): string {
  let operands = colours.get(colour);
  if (!operands) {
    const value = Number.parseInt(colour.slice(1), 16);
    operands = [value >> 16, (value >> 8) & 255, value & 255].map((c) => n(c / 255)).join(' ');
    colours.set(colour, operands);
  }
  return operands;
}

/**
 * A PDF document: pdfkit writes the file and draws the shapes; the text is laid out and written
 * here, with the process-wide metrics of the embedded fonts (no shaping per word, no font subset
 * built per document); QR codes are forms kept compressed per address (qr-drawing.ts). Coordinates
 * are pdfkit's: points, from the top left corner of the page.
 */
export class Pdf {
  readonly doc: PDFKit.PDFDocument;
  readonly width: number;
  readonly height: number;
  private readonly fonts: Record<FontName, DocumentFont>;
  /** Each QR code's form in this document, by address, with its name in the pages' resources. */
  private readonly qrForms = new Map<string, { name: string; ref: PDFKit.PDFKitReference; modules: number }>();
  private readonly booklet?: { pages: number; length: number; sheet: readonly [number, number] };
  /** Pages begun so far. */
  private pages = 0;

  constructor(format: PageFormat, options: PdfOptions) {
    [this.width, this.height] = PAGE_SIZES[format];
    // font '': no standard font is loaded, every text goes through the embedded fonts
    const Document = pdfkit();
    this.doc = new Document({
      size: [this.width, this.height],
      margin: 0,
      autoFirstPage: false,
      bufferPages: true,
      font: '',
      info: { Title: options.title, Author: options.author, Creator: 'Terroir Pass' },
    });
    const faces = fontFaces();
    this.fonts = { regular: new DocumentFont(this.doc, faces.regular, 'FR'), bold: new DocumentFont(this.doc, faces.bold, 'FB') };
    if (options.booklet) {
      const sheet = SHEET_FOR[format];
      if (!sheet) throw new Error(`no booklet of ${format} pages`);
      const [width, height] = PAGE_SIZES[sheet];
      this.booklet = { pages: options.booklet.pages, length: bookletLength(options.booklet.pages), sheet: [height, width] };
    }
  }

  get pageCount(): number {
    return this.pages;
  }

  /** A new page; in a booklet, the half of a sheet's side where that page is printed, the drawing clipped to it. */
  addPage(): this {
    const index = this.pages++;
    if (!this.booklet) {
      this.doc.addPage();
      return this;
    }
    const { pages, length, sheet } = this.booklet;
    if (index >= pages) throw new Error(`the booklet was planned for ${pages} pages`);
    if (index === 0) for (let side = 0; side < length / 2; side++) this.doc.addPage({ size: [...sheet], margin: 0 });
    else this.write('Q');
    const { side, right } = bookletPlace(bookletPage(index, pages, length), length);
    this.doc.switchToPage(side);
    const x = (right ? sheet[0] / 2 : 0) + (sheet[0] / 2 - this.width) / 2;
    const y = (sheet[1] - this.height) / 2;
    this.write(`q 1 0 0 1 ${n(x)} ${n(y)} cm 0 0 ${n(this.width)} ${n(this.height)} re W n`);
    return this;
  }

  widthOf(text: string, style: TextStyle): number {
    return this.fonts[style.font].widthOf(printableText(text, style.font), style.size);
  }

  layout(text: string, style: TextStyle, options: TextOptions): TextBlock {
    const face = this.fonts[style.font].face;
    // a character the font cannot draw is replaced visibly, never left to the font's empty box
    const value = printableText(text, style.font);
    const characterSpacing = options.lineBreak === false ? (options.characterSpacing ?? 0) : 0;
    let lines: Line[];
    if (options.lineBreak !== false) lines = breakLines(face, style.size, value, options.width);
    else if (options.ellipsis) lines = [ellipsize(face, style.size, value, options.width)];
    else lines = [{ text: value, width: this.widthOf(value, style) + characterSpacing * Math.max(0, Array.from(value).length - 1) }];
    const lineHeight = face.lineHeight(style.size);
    return { style, lines, width: options.width, lineHeight, height: lines.length * lineHeight, characterSpacing };
  }

  /**
   * Text in a box of `width` × `maxHeight`: wrapped at the style's size if it fits, else at the
   * largest smaller size down to `minSize` (by half points) that fits, else at `minSize` in as
   * many lines as fit, the last one cut with an ellipsis. At least one line, however small the box.
   */
  layoutToFit(text: string, style: TextStyle, box: { width: number; maxHeight: number; minSize: number }): TextBlock {
    for (let size = style.size; size >= box.minSize; size -= 0.5) {
      const block = this.layout(text, { ...style, size }, { width: box.width });
      if (block.height <= box.maxHeight + 1e-6) return block;
    }
    const smallest = this.layout(text, { ...style, size: box.minSize }, { width: box.width });
    const kept = Math.max(1, Math.floor((box.maxHeight + 1e-6) / smallest.lineHeight));
    const lines = smallest.lines.slice(0, kept);
    lines[kept - 1] = ellipsize(this.fonts[style.font].face, box.minSize, lines[kept - 1].text, box.width, true);
    return { ...smallest, lines, height: kept * smallest.lineHeight };
  }

  lineHeight(style: TextStyle): number {
    return this.fonts[style.font].face.lineHeight(style.size);
  }

  /** Draws the block with its top left corner at (x, y); returns the y just below it. */
  draw(block: TextBlock, x: number, y: number, align: TextOptions['align'] = 'left'): number {
    const font = this.fonts[block.style.font];
    const face = font.face;
    const page = this.doc.page;
    resources(page.fonts)[font.resource] = font.ref;
    // pdfkit's page space is flipped (y down): text is drawn in the PDF's own space, y up
    const ops = [`q 1 0 0 -1 0 ${n(page.height)} cm BT /${font.resource} ${n(block.style.size)} Tf ${rgb(block.style.color ?? '#000000')} rg`];
    if (block.characterSpacing) ops.push(`${n(block.characterSpacing)} Tc`);
    const ascent = (face.ascender / 1000) * block.style.size;
    block.lines.forEach((line, i) => {
      if (!line.text) return;
      const left = align === 'center' ? x + (block.width - line.width) / 2 : align === 'right' ? x + block.width - line.width : x;
      const baseline = y + i * block.lineHeight + ascent;
      ops.push(`1 0 0 1 ${n(left)} ${n(page.height - baseline)} Tm ${font.showText(line.text)} TJ`);
    });
    ops.push('ET Q');
    this.write(ops.join('\n'));
    return y + block.height;
  }

  /** Lays out and draws text in a box of `options.width` from (x, y); returns the y just below it. */
  text(text: string, style: TextStyle, x: number, y: number, options: TextOptions): number {
    return this.draw(this.layout(text, style, options), x, y, options.align);
  }

  /** A QR code as vector modules, with its quiet zone of 4 modules in white, in the square (x, y, size). */
  qr(text: string, x: number, y: number, size: number): void {
    let form = this.qrForms.get(text);
    if (!form) {
      const { modules, content } = qrForm(text);
      const ref = this.doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, modules, modules], Filter: 'FlateDecode' });
      ref.end(content);
      form = { name: `QR${this.qrForms.size + 1}`, ref, modules };
      this.qrForms.set(text, form);
    }
    resources(this.doc.page.xobjects)[form.name] = form.ref;
    const unit = size / form.modules;
    this.write(`q 1 1 1 rg ${n(x)} ${n(y)} ${n(size)} ${n(size)} re f ${n(unit)} 0 0 ${n(unit)} ${n(x)} ${n(y)} cm /${form.name} Do Q`);
  }

  /** Content-stream operators for the current page, as bytes (pdfkit converts strings one character at a time). */
  private write(operators: string): void {
    this.doc.addContent(Buffer.from(operators + '\n', 'latin1'));
  }

  /** Ends the document: the fonts' objects are written, then the file is handed back whole. */
  toBuffer(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      if (this.booklet && this.pages > 0) this.write('Q');
      this.fonts.regular.embed();
      this.fonts.bold.embed();
      this.doc.end();
    });
  }
}

/** A page's resources by name (its `fonts`, its `xobjects`), which pdfkit's types leave as `any`. */
function resources(dictionary: unknown): Record<string, PDFKit.PDFKitReference> {
  return dictionary as Record<string, PDFKit.PDFKitReference>;
}
