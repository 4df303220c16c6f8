import type { FontFace } from './font-face.js';
import { fontSubset } from './font-subsets.js';
import { advanceOf, forEachGlyph } from './text-measure.js';

type Pdf = PDFKit.PDFDocument;

/**
 * One font inside one PDF: the text it shows (as glyph ids of the whole font, so that the codes do
 * not depend on the document) and, at the end, its objects: a Type0 font over a TrueType subset.
 */
export class DocumentFont {
  private dictionary: PDFKit.PDFKitReference | undefined;
  private readonly used: Uint8Array;

  constructor(
    private readonly doc: Pdf,
    readonly face: FontFace,
    /** Its name in the pages' resources. */
    readonly resource: string,
  ) {
    this.used = new Uint8Array(face.font.numGlyphs);
  }

  /** The font's dictionary, referenced by the pages before it is written; a font never drawn is not embedded. */
  get ref(): PDFKit.PDFKitReference {
    this.dictionary ??= this.doc.ref({});
    return this.dictionary;
  }

  /** Width of `text` in points at `size`. */
  widthOf(text: string, size: number): number {
    return (advanceOf(this.face, text) * size) / 1000;
  }

  /** The operand of a TJ operator drawing `text`: glyph codes (2 bytes each), kerning between them. */
  showText(text: string): string {
    let out = '[(';
    forEachGlyph(this.face, text, (glyph, kern) => {
      this.used[glyph.id] = 1;
      // TJ moves the next glyph left by the number, in thousandths: the kerning with its sign flipped
      out += kern ? `) ${-Math.round(kern * 100) / 100} (${glyph.code}` : glyph.code;
    });
    return out + ')]';
  }

  /** Writes the font's objects; call once, before the document ends. */
  embed(): void {
    if (!this.dictionary) return;
    const ids: number[] = [];
    for (let id = 0; id < this.used.length; id++) if (this.used[id]) ids.push(id);
    const subset = fontSubset(this.face, ids);
    const font = this.face.font;
    const scale = this.face.scale;
    const name = `${subset.tag}+${font.postscriptName.replaceAll(' ', '_')}`;

    const file = this.doc.ref({ Length1: subset.fontFileLength, Filter: 'FlateDecode' });
    file.end(subset.fontFile);
    const descriptor = this.doc.ref({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: flags(this.face),
      FontBBox: [font.bbox.minX * scale, font.bbox.minY * scale, font.bbox.maxX * scale, font.bbox.maxY * scale],
      ItalicAngle: font.italicAngle,
      Ascent: this.face.ascender,
      Descent: this.face.descender,
      CapHeight: (font.capHeight || font.ascent) * scale,
      XHeight: (font.xHeight || 0) * scale,
      StemV: 0,
      FontFile2: file,
    });
    descriptor.end(undefined);
    const cidToGid = this.doc.ref({ Filter: 'FlateDecode' });
    cidToGid.end(subset.cidToGid);
    const descendant = this.doc.ref({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: subset.widths,
      CIDToGIDMap: cidToGid,
    });
    descendant.end(undefined);
    const toUnicode = this.doc.ref({ Filter: 'FlateDecode' });
    toUnicode.end(subset.toUnicode);
    Object.assign(this.dictionary.data, {
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: name,
      Encoding: 'Identity-H',
      DescendantFonts: [descendant],
      ToUnicode: toUnicode,
    });
    this.dictionary.end(undefined);
  }
}

/** The descriptor's flags, as pdfkit sets them: symbolic, plus fixed pitch, serif, script, italic from the font. */
function flags(face: FontFace): number {
  const font = face.font;
  const familyClass = (font['OS/2']?.sFamilyClass ?? 0) >> 8;
  let value = 1 << 2;
  if (font.post.isFixedPitch) value |= 1 << 0;
  if (familyClass >= 1 && familyClass <= 7) value |= 1 << 1;
  if (familyClass === 10) value |= 1 << 3;
  if (font.head.macStyle.italic) value |= 1 << 6;
  return value;
}
