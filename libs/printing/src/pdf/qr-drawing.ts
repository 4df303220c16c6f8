import { deflateSync } from 'node:zlib';
import { qrMatrix, type QrMatrix } from '../qr/qr-codes.js';

const QUIET_ZONE = 4;
const MAX_KEPT = 10_000;

/** A QR code as the content of a PDF form: its size in modules (quiet zone included) and its drawing, deflated. */
export interface QrForm {
  modules: number;
  content: Buffer;
}

const forms = new Map<string, QrForm>();

/**
 * The QR code of `text` drawn in module units, compressed, kept per address for the process: the
 * same producers' codes come back in every brochure, and a document then only copies these bytes
 * into a form that its pages scale into place.
 */
export function qrForm(text: string): QrForm {
  let form = forms.get(text);
  if (!form) {
    const matrix = qrMatrix(text);
    // one path filled once: no hairline shows between touching rectangles
    const operators = ['0 0 0 rg', ...darkRectangles(matrix), 'f'];
    form = { modules: matrix.size + 2 * QUIET_ZONE, content: deflateSync(operators.join('\n')) };
    forms.set(text, form);
    if (forms.size > MAX_KEPT) forms.delete(forms.keys().next().value as string);
  }
  return form;
}

/**
 * The dark modules as `re` operators: from the first module not drawn yet, the longest run to its
 * right, stretched down over the rows where that whole run is dark too (a quarter fewer operators
 * than one per run).
 */
function darkRectangles(matrix: QrMatrix): string[] {
  const size = matrix.size;
  const drawn = new Uint8Array(size * size);
  const free = (row: number, column: number) => row < size && column < size && matrix.isDark(row, column) && !drawn[row * size + column];
  const rectangles: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (!free(row, column)) continue;
      let right = column;
      while (free(row, right + 1)) right++;
      let bottom = row;
      const runFree = (below: number) => {
        for (let x = column; x <= right; x++) if (!free(below, x)) return false;
        return true;
      };
      while (runFree(bottom + 1)) bottom++;
      for (let y = row; y <= bottom; y++) drawn.fill(1, y * size + column, y * size + right + 1);
      rectangles.push(`${column + QUIET_ZONE} ${row + QUIET_ZONE} ${right - column + 1} ${bottom - row + 1} re`);
      column = right;
    }
  }
  return rectangles;
}
