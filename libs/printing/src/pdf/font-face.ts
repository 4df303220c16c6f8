import type { Font } from 'fontkit';
import { textOfGlyph } from './text-measure.js';

/** A glyph as the PDF text needs it: its id in the font, its advance in thousandths of the font size, its code. */
export interface FaceGlyph {
  /** The character (or ligature) it was looked up for. */
  codePoint: number;
  id: number;
  advance: number;
  /** The id as two bytes inside a PDF literal string, escaped: half the size of hex, so less to compress. */
  code: string;
  /** Kerning before the next character, by that character (small integer keys: fast lookups). */
  kerning: Map<number, number>;
}

const ESCAPES: Record<number, string> = { 0x28: '\\(', 0x29: '\\)', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r' };
const byteInString = (byte: number) => ESCAPES[byte] ?? String.fromCharCode(byte);

/**
 * The metrics of one font, kept for the whole process: glyphs by character, kerning by pair.
 *
 * pdfkit shapes every word of every document through fontkit (GSUB/GPOS lookups), which was more
 * than half of a brochure's time. Brochure text (Latin script) needs no more of that shaping than
 * the f-ligatures and pair kerning: each character is looked up once per process, and each kerning
 * pair is asked of fontkit once per process, which keeps pdfkit's glyphs and spacing exactly.
 */
export class FontFace {
  readonly ascender: number;
  readonly descender: number;
  readonly lineGap: number;
  /** Font units to thousandths of the font size (PDF text space). */
  readonly scale: number;
  private readonly glyphs = new Map<number, FaceGlyph>();
  /** The text each glyph stands for ("ffi" for its ligature), for the PDF's ToUnicode map (text extraction, search). */
  readonly characters = new Map<number, string>();
  /** Whether the font has the f-ligatures (U+FB00–FB04) that fontkit's default shaping applies. */
  readonly hasLigatures: boolean;

  constructor(readonly font: Font) {
    this.scale = 1000 / font.unitsPerEm;
    this.ascender = font.ascent * this.scale;
    this.descender = font.descent * this.scale;
    this.lineGap = font.lineGap * this.scale;
    this.hasLigatures = [0xfb00, 0xfb01, 0xfb02, 0xfb03, 0xfb04].every((codePoint) => font.glyphForCodePoint(codePoint).id !== 0);
  }

  glyph(codePoint: number): FaceGlyph {
    let glyph = this.glyphs.get(codePoint);
    if (!glyph) {
      const found = this.font.glyphForCodePoint(codePoint);
      glyph = {
        codePoint,
        id: found.id,
        advance: found.advanceWidth * this.scale,
        code: byteInString(found.id >> 8) + byteInString(found.id & 0xff),
        kerning: new Map(),
      };
      this.glyphs.set(codePoint, glyph);
      // the first character drawn with a glyph names it; a ligature stands for its letters
      if (!this.characters.has(found.id)) this.characters.set(found.id, textOfGlyph(codePoint));
    }
    return glyph;
  }

  /** The kerning between two glyphs, in thousandths of the font size (negative: closer). */
  kern(left: FaceGlyph, right: FaceGlyph): number {
    let value = left.kerning.get(right.codePoint);
    if (value === undefined) {
      const run = this.font.layout(String.fromCodePoint(left.codePoint, right.codePoint));
      value = run.glyphs.length === 2 ? (run.positions[0].xAdvance - run.glyphs[0].advanceWidth) * this.scale : 0;
      left.kerning.set(right.codePoint, value);
    }
    return value;
  }

  /** Line height at `size` points, as pdfkit's (ascender to descender, plus the font's line gap). */
  lineHeight(size: number): number {
    return ((this.ascender - this.descender + this.lineGap) / 1000) * size;
  }
}
