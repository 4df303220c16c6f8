import * as jsqrModule from 'jsqr';
import { PNG } from 'pngjs';

type Decoder = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

// jsqr is a CommonJS bundle typed as an ES default export: take whichever shape the loader gives.
const module = jsqrModule as unknown as { default?: Decoder | { default?: Decoder } };
const jsQR: Decoder = (typeof module.default === 'function' ? module.default : module.default?.default) ?? (jsqrModule as unknown as Decoder);

/** The text of the QR code in a PNG image, or undefined when none is found. */
export function decodeQrPng(buffer: Buffer): string | undefined {
  const png = PNG.sync.read(buffer);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}
