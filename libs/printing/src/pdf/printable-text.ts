import { fontFaces, type FontName } from './fonts.js';

/** Characters that are layout, not ink: a font needs no glyph for them. */
const LAYOUT = new Set([0x09, 0x0a, 0x0d, 0x200b, 0x200c, 0x200d, 0x2060, 0xfe0f]);
const known: Record<FontName, Map<number, boolean>> = { regular: new Map(), bold: new Map() };

/**
 * The characters of a text the brochure's font cannot draw (it would print the font's empty box,
 * .notdef, in their place), each once, in order of appearance. The same font files and lookup as
 * the PDF's own text (FontFace): what this passes, the brochure prints.
 */
export function unprintableCharacters(text: string, font: FontName = 'regular'): string[] {
  const face = fontFaces()[font];
  const missing = new Set<string>();
  for (const character of text.normalize('NFC')) {
    const codePoint = character.codePointAt(0) as number;
    if (LAYOUT.has(codePoint)) continue;
    let drawn = known[font].get(codePoint);
    if (drawn === undefined) {
      drawn = face.font.glyphForCodePoint(codePoint).id !== 0;
      known[font].set(codePoint, drawn);
    }
    if (!drawn) missing.add(character);
  }
  return [...missing];
}
