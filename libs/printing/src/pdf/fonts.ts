import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create } from 'fontkit';

const require = createRequire(import.meta.url);
const folder = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

let loaded: { regular: object; bold: object } | undefined;

/**
 * DejaVu Sans, embedded (subset) in every PDF: it covers French (é è ç à œ « ») and the € sign,
 * and prints the same on every machine. The font files are parsed once per process, not once per
 * document: that parse was most of the time of a brochure.
 */
export function fonts(): { regular: object; bold: object } {
  loaded ??= {
    regular: create(readFileSync(join(folder, 'DejaVuSans.ttf'))),
    bold: create(readFileSync(join(folder, 'DejaVuSans-Bold.ttf'))),
  };
  return loaded;
}
