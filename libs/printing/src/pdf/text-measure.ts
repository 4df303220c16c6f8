import type { FaceGlyph, FontFace } from './font-face.js';

const SPACE = 0x20;
const F = 0x66;
const I = 0x69;
const L = 0x6c;

/**
 * The standard ligature starting at `i` (ff, fi, fl, ffi, ffl: U+FB00–FB04), which fontkit's
 * default shaping applies with DejaVu Sans and pdfkit therefore printed: kept, so that "offerte"
 * looks the same as before.
 */
function ligatureAt(text: string, i: number): { codePoint: number; length: number } | undefined {
  if (text.charCodeAt(i) !== F) return undefined;
  const next = text.charCodeAt(i + 1);
  if (next === F) {
    const third = text.charCodeAt(i + 2);
    if (third === I) return { codePoint: 0xfb03, length: 3 };
    if (third === L) return { codePoint: 0xfb04, length: 3 };
    return { codePoint: 0xfb00, length: 2 };
  }
  if (next === I) return { codePoint: 0xfb01, length: 2 };
  if (next === L) return { codePoint: 0xfb02, length: 2 };
  return undefined;
}

/** The letters of the f-ligatures the text is drawn with (and of U+FB05–FB06, which a text may hold). */
const LIGATURE_LETTERS: Record<number, string> = { 0xfb00: 'ff', 0xfb01: 'fi', 0xfb02: 'fl', 0xfb03: 'ffi', 0xfb04: 'ffl', 0xfb05: 'st', 0xfb06: 'st' };

/**
 * The text a glyph stands for: a ligature's letters, else its own character unchanged. Not a
 * compatibility normalisation (NFKC, NFKD), which would also turn "m²" into "m2", "½" into "1⁄2" and
 * a no-break space into a space, or (NFKD) split an accented letter from its accent.
 */
export function textOfGlyph(codePoint: number): string {
  return LIGATURE_LETTERS[codePoint] ?? String.fromCodePoint(codePoint);
}

/**
 * Calls `each` with every glyph of `text` (a character or a ligature) and the kerning before it.
 * No kerning is applied around a plain space, as pdfkit (which shaped word by word, each with its
 * trailing space) did not either.
 */
export function forEachGlyph(face: FontFace, text: string, each: (glyph: FaceGlyph, kernBefore: number) => void): void {
  let previous: FaceGlyph | undefined;
  for (let i = 0; i < text.length; i++) {
    let codePoint = text.codePointAt(i) as number;
    const ligature = face.hasLigatures ? ligatureAt(text, i) : undefined;
    if (ligature) {
      codePoint = ligature.codePoint;
      i += ligature.length - 1;
    } else if (codePoint > 0xffff) {
      i++;
    }
    const glyph = face.glyph(codePoint);
    each(glyph, previous && previous.codePoint !== SPACE && codePoint !== SPACE ? face.kern(previous, glyph) : 0);
    previous = glyph;
  }
}

/** Width of `text` in thousandths of the font size. */
export function advanceOf(face: FontFace, text: string): number {
  let width = 0;
  forEachGlyph(face, text, (glyph, kern) => {
    width += glyph.advance + kern;
  });
  return width;
}
