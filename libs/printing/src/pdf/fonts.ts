import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Fontkit from 'fontkit';
import { FontFace } from './font-face.js';
import { onFirstUse } from '#common';

const require = createRequire(import.meta.url);
const folder = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** fontkit is loaded with the fonts, at the first PDF or card, not when the API starts (docs/pagespeed.md). */
const fontkit = onFirstUse<typeof Fontkit>('fontkit');

export type FontName = 'regular' | 'bold';

let loaded: Record<FontName, FontFace> | undefined;

/**
 * DejaVu Sans, embedded (subset) in every PDF: it covers French (é è ç à œ « ») and the € sign,
 * the Latin of every European language and Vietnamese, Greek and Cyrillic (regular and bold, checked
 * glyph by glyph: printed-scripts.spec.ts), so no fallback font is needed for what producers and hosts
 * type; what it lacks (emoji, CJK, …) is replaced visibly (printable-text.ts). It prints the same on
 * every machine. The font files are parsed once per process, not once per
 * document, and their glyph metrics are kept with them (see FontFace).
 */
export function fontFaces(): Record<FontName, FontFace> {
  loaded ??= {
    regular: new FontFace(fontkit().create(readFileSync(join(folder, 'DejaVuSans.ttf')))),
    bold: new FontFace(fontkit().create(readFileSync(join(folder, 'DejaVuSans-Bold.ttf')))),
  };
  return loaded;
}
