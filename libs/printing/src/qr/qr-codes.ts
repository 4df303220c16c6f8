import QRCode from 'qrcode';
import { encodeQrPng } from './qr-png.js';

export interface QrOptions {
  /** Width of the image in pixels (PNG) or user units (SVG), quiet zone included. */
  size: number;
  /** Quiet zone in modules; 4 is the standard's minimum for reliable scanning. */
  margin: number;
}

/** Error correction M (15 % of the symbol may be lost): survives a fold or a coffee stain on a brochure. */
const ERROR_CORRECTION = 'M' as const;

/** The symbol as both image types draw it: black on white, at the asked size and quiet zone. */
const rendering = (options: QrOptions) => ({
  errorCorrectionLevel: ERROR_CORRECTION,
  margin: options.margin,
  width: options.size,
  color: { dark: '#000000', light: '#ffffff' },
});

export async function qrSvg(text: string, options: QrOptions): Promise<string> {
  return QRCode.toString(text, { type: 'svg', ...rendering(options) });
}

export function qrPng(text: string, options: QrOptions): Buffer {
  return encodeQrPng(qrMatrix(text), options.size, options.margin);
}

export interface QrMatrix {
  size: number;
  isDark(row: number, column: number): boolean;
}

const matrices = new Map<string, QrMatrix>();

/** The dark modules of the symbol, for drawing it as vectors (e.g. in a PDF); the same codes come back in every brochure, so they are kept. */
export function qrMatrix(text: string): QrMatrix {
  let matrix = matrices.get(text);
  if (!matrix) {
    const { size, data } = QRCode.create(text, { errorCorrectionLevel: ERROR_CORRECTION }).modules;
    matrix = { size, isDark: (row, column) => data[row * size + column] === 1 };
    matrices.set(text, matrix);
    if (matrices.size > 10_000) matrices.delete(matrices.keys().next().value as string);
  }
  return matrix;
}
