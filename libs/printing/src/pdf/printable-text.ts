import { fontFaces, type FontName } from './fonts.js';

/**
 * What the PDFs print in place of a character they cannot draw: a white square, which DejaVu has,
 * drawn on purpose (not the font's .notdef box, which copied text turned back into the lost
 * character), and what a reader copying the text gets.
 */
export const REPLACEMENT = '□';

/** Characters that are layout, not ink: a font needs no glyph for them. */
const LINE_BREAKS = new Set([0x09, 0x0a, 0x0d]);
/** Zero-width joiners and selectors (emoji sequences, variants): never drawn, they would copy back as invisible characters. */
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const isZeroWidth = (codePoint: number) => ZERO_WIDTH.has(codePoint) || (codePoint >= 0xfe00 && codePoint <= 0xfe0f);

/**
 * Scripts written right to left or whose letters join: DejaVu has glyphs for some of them (Arabic,
 * Hebrew), but the PDFs lay text out left to right, one glyph per character, without bidi or
 * joining, so they would print reversed and broken. Latin (all of Europe and Vietnamese), Greek,
 * Cyrillic, Armenian and Georgian need neither and print as typed.
 */
const NEEDS_SHAPING = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;

const drawable: Record<FontName, Map<number, boolean>> = { regular: new Map(), bold: new Map() };

/** Whether the font draws this character as it should be read; cached per process (same fonts for every document). */
function draws(codePoint: number, font: FontName): boolean {
  let known = drawable[font].get(codePoint);
  if (known === undefined) {
    known = !NEEDS_SHAPING.test(String.fromCodePoint(codePoint)) && fontFaces()[font].font.glyphForCodePoint(codePoint).id !== 0;
    drawable[font].set(codePoint, known);
  }
  return known;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The text as the PDFs print it, `text` normalised (NFC): each character a reader sees (a grapheme:
 * "🐝", "👨‍👩‍👧", "🇫🇷", "❤️") that the font cannot draw becomes one REPLACEMENT, and zero-width joiners
 * and selectors are left out. Most texts have nothing to replace and are returned as they are,
 * without being cut into graphemes.
 */
export function printableText(text: string, font: FontName = 'regular'): string {
  const value = text.normalize('NFC');
  if (allDrawn(value, font)) return value;
  let out = '';
  for (const { segment } of segmenter.segment(value)) {
    if (graphemeDrawn(segment, font)) out += Array.from(segment, (c) => (isZeroWidth(c.codePointAt(0) as number) ? '' : c)).join('');
    else out += REPLACEMENT;
  }
  return out;
}

/**
 * The characters of a text the PDFs cannot print (each shows as REPLACEMENT), each once, in order
 * of appearance: what the print check lists and what a save answers with. The same decision as
 * printableText, so what this passes, the brochure prints.
 */
export function unprintableCharacters(text: string, font: FontName = 'regular'): string[] {
  const value = text.normalize('NFC');
  if (allDrawn(value, font)) return [];
  const missing = new Set<string>();
  for (const { segment } of segmenter.segment(value)) if (!graphemeDrawn(segment, font)) missing.add(segment);
  return [...missing];
}

/** Latin-1 and Latin Extended-A and B, control characters aside: every one in both faces (printable-text.spec.ts), no lookup needed. */
const inLatin = (code: number) => (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code < 0x250);

/** Whether every character of the text prints as it is: a loop over UTF-16 units, as most texts are Latin (about 1 µs for a line). */
function allDrawn(text: string, font: FontName): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inLatin(code)) continue;
    const codePoint = text.codePointAt(i) as number;
    if (codePoint > 0xffff) i++;
    if (isZeroWidth(codePoint) || (!LINE_BREAKS.has(codePoint) && !draws(codePoint, font))) return false;
  }
  return true;
}

/** A grapheme prints when each of its characters does (a zero-width one alone prints nothing, which is fine). */
function graphemeDrawn(grapheme: string, font: FontName): boolean {
  for (const character of grapheme) {
    const codePoint = character.codePointAt(0) as number;
    if (!isZeroWidth(codePoint) && !LINE_BREAKS.has(codePoint) && !draws(codePoint, font)) return false;
  }
  return true;
}
