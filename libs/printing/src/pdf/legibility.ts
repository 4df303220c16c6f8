import { qrForm } from './qr-drawing.js';

/** The smallest text printed, in any format (A5 pages and booklets included). */
export const MIN_TEXT_PT = 8;

/** Home printers leave up to 5 mm of the paper's edge unprinted: nothing is drawn within 6 mm of it. */
export const SAFE_EDGE_PT = (6 * 72) / 25.4;

/**
 * A QR module of 2.4 pt (0.85 mm) is 3.3 pixels at 100 dpi: a cheap printer, a photocopy or a fax
 * without anti-aliasing still decodes it, where 1.6 pt (2.2 pixels, the 58 pt producer codes of
 * 37 modules) failed nearly always. Measured with `npm run bench:legibility`.
 */
export const QR_MODULE_PT = 2.4;

/** The side of a QR code of `text`, quiet zone included, whose modules are at least QR_MODULE_PT. */
export function legibleQrSize(text: string, atLeast = 0): number {
  return Math.max(atLeast, qrForm(text).modules * QR_MODULE_PT);
}
