import type { FontFace } from './font-face.js';
import { advanceOf, forEachGlyph, textOfGlyph } from './text-measure.js';

export interface Line {
  text: string;
  /** In points. */
  width: number;
}

/** What lines are made of: a word, or a piece of a word too wide for the box (glued to the one before). */
interface Token {
  text: string;
  width: number;
  glued: boolean;
}

/** Rounding slack, so that a line measured to exactly the box's width still fits. */
const SLACK = 1e-6;

/**
 * Greedy line breaking at spaces, paragraphs at '\n'. Words stay whole when they fit in the box
 * ("Saint-Martin-du-Fouilloux" is not split at its hyphens just because a line is nearly full);
 * a word wider than the box is broken after its hyphens, and between characters only if a part
 * is still too wide, rather than overflowing.
 */
export function breakLines(face: FontFace, size: number, text: string, maxWidth: number): Line[] {
  const k = size / 1000;
  const space = face.glyph(0x20).advance * k;
  const lines: Line[] = [];
  for (const paragraph of text.split('\n')) {
    const tokens = paragraph
      .trimEnd()
      .split(' ')
      .flatMap((word) => tokensOf(face, k, word, maxWidth));
    let current: Line | undefined;
    tokens.forEach((token, index) => {
      const next = tokens[index + 1];
      // as pdfkit: a word fits with the space after it, unless it ends the paragraph
      const trailing = next && !next.glued ? space : 0;
      const width = token.glued && current ? advanceOf(face, current.text + token.text) * k : (current ? current.width + space : 0) + token.width;
      if (current && width + trailing <= maxWidth + SLACK) {
        current.text += (token.glued ? '' : ' ') + token.text;
        current.width = width;
        return;
      }
      if (current) lines.push(current);
      current = { text: token.text, width: token.width };
    });
    lines.push(current ?? { text: '', width: 0 });
  }
  return lines;
}

function tokensOf(face: FontFace, k: number, word: string, maxWidth: number): Token[] {
  const width = advanceOf(face, word) * k;
  if (width <= maxWidth + SLACK) return [{ text: word, width, glued: false }];
  const parts = (word.match(/[^-]*-+|[^-]+$/g) ?? [word]).flatMap((part) => {
    const partWidth = advanceOf(face, part) * k;
    return partWidth <= maxWidth + SLACK ? [{ text: part, width: partWidth }] : cutCharacters(face, k, part, maxWidth);
  });
  return parts.map((part, i) => ({ ...part, glued: i > 0 }));
}

/** A part too wide for the box, in pieces that fit (at least one character each). */
function cutCharacters(face: FontFace, k: number, part: string, maxWidth: number): Line[] {
  const pieces: Line[] = [];
  let piece = { text: '', width: 0 };
  forEachGlyph(face, part, (glyph, kern) => {
    const character = textOfGlyph(glyph.codePoint); // a ligature is cut back into its letters, any other character stays as it is
    const advance = glyph.advance * k;
    if (piece.text && piece.width + kern * k + advance > maxWidth + SLACK) {
      pieces.push(piece);
      piece = { text: character, width: advance };
    } else {
      piece.width += (piece.text ? kern * k : 0) + advance;
      piece.text += character;
    }
  });
  pieces.push(piece);
  return pieces;
}

/**
 * One line cut to `maxWidth` with an ellipsis when it is wider (labels on the map); `continued`:
 * the text goes on past this line, so it ends with an ellipsis even where it fits.
 */
export function ellipsize(face: FontFace, size: number, text: string, maxWidth: number, continued = false): Line {
  const k = size / 1000;
  const width = advanceOf(face, text) * k;
  if (!continued && width <= maxWidth + SLACK) return { text, width };
  const whole = text.trimEnd() + '…';
  const wholeWidth = advanceOf(face, whole) * k;
  if (continued && wholeWidth <= maxWidth + SLACK) return { text: whole, width: wholeWidth };
  const characters = Array.from(text);
  while (characters.length > 0) {
    characters.pop();
    const candidate = characters.join('').trimEnd() + '…';
    const candidateWidth = advanceOf(face, candidate) * k;
    if (candidateWidth <= maxWidth + SLACK) return { text: candidate, width: candidateWidth };
  }
  return { text: '', width: 0 };
}
