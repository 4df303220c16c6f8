import type { FontFace } from './font-face.js';

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

/**
 * Calls `each` with every glyph of `text` (as a code point: a character or a ligature) and the
 * kerning before it. No kerning is applied around a plain space, as pdfkit (which shaped word by
 * word, each with its trailing space) did not either.
 */
export function forEachGlyph(face: FontFace, text: string, each: (codePoint: number, kernBefore: number) => void): void {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    let codePoint = text.codePointAt(i) as number;
    const ligature = face.hasLigatures ? ligatureAt(text, i) : undefined;
    if (ligature) {
      codePoint = ligature.codePoint;
      i += ligature.length - 1;
    } else if (codePoint > 0xffff) {
      i++;
    }
    each(codePoint, previous >= 0 && previous !== SPACE && codePoint !== SPACE ? face.kern(previous, codePoint) : 0);
    previous = codePoint;
  }
}

/** Width of `text` in thousandths of the font size. */
export function advanceOf(face: FontFace, text: string): number {
  let width = 0;
  forEachGlyph(face, text, (codePoint, kern) => {
    width += face.glyph(codePoint).advance + kern;
  });
  return width;
}
