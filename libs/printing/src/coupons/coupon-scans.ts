import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type Sharp from 'sharp';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { refusal, ValidationFailed, type SaidRefusal, onFirstUse } from '#common';
import { sniffImage } from '#directory';
import { COUPON_SCAN_REFUSALS } from './coupon-scan-refusals.js';

/** Limits of one upload of scans: a pile of a few hundred coupons, 12 a page, in a few files. */
export const MAX_SCAN_FILES = 10;
export const MAX_SCAN_FILE_BYTES = 25 * 1024 * 1024;
export const MAX_SCAN_PAGES = 60;
/** A 600 dpi A4 page; larger is shrunk to it before decoding (modules of 2.4 pt stay 10 pixels wide at 300 dpi). */
const MAX_SCAN_PIXELS = 60_000_000;
const MAX_DECODED_SIDE = 3600;

export interface ScannedFile {
  name: string;
  bytes: Buffer;
}

/** What the scans held: each QR code's text in the order read, where it was read, and the time each page took. */
export interface ScansRead {
  codes: { text: string; source: string }[];
  pages: { source: string; codes: number; milliseconds: number }[];
}

const require = createRequire(import.meta.url);
/** sharp is loaded at the first scan, not when the API starts (docs/pagespeed.md); the decoder's WebAssembly at the first scan too (below). */
const sharp = onFirstUse<typeof Sharp>('sharp');
let decoder: Promise<unknown> | undefined;

/** The decoder's WebAssembly, read once from the package's own file: never fetched from a CDN, which its browser build would do. */
function zxing(): Promise<unknown> {
  decoder ??= readFile(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).then((wasm) =>
    prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) }, fireImmediately: true }),
  );
  return decoder;
}

const refused = (said: SaidRefusal, index?: number) => new ValidationFailed([{ field: index === undefined ? 'files' : `files[${index}]`, ...said }]);

/**
 * Reads the QR codes of scanned coupons: images (PNG, JPEG, WebP, told by their first bytes) or PDFs
 * from an office scanner (their page images taken out as they are). Several codes per image, any
 * rotation; each image turned upright by its EXIF orientation and shrunk past 600 dpi A4.
 */
export async function readCouponScans(files: ScannedFile[]): Promise<ScansRead> {
  if (files.length === 0) throw refused(refusal(COUPON_SCAN_REFUSALS, 'scans_missing'));
  if (files.length > MAX_SCAN_FILES) throw refused(refusal(COUPON_SCAN_REFUSALS, 'scans_too_many', { max: MAX_SCAN_FILES }));
  const images: { source: string; bytes: Buffer; index: number }[] = [];
  let pages = 0;
  for (const [index, file] of files.entries()) {
    if (file.bytes.length > MAX_SCAN_FILE_BYTES)
      throw refused(refusal(COUPON_SCAN_REFUSALS, 'scan_too_large', { file: file.name, maxMb: MAX_SCAN_FILE_BYTES / 1024 / 1024 }), index);
    if (file.bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
      // pdf-lib takes about 0.3 s to load: only when a scanner's PDF comes, not in every process that starts
      const { pdfPageImages } = await import('./pdf-page-images.js');
      const read = await pdfPageImages(file.bytes, MAX_SCAN_PAGES - pages + 1).catch(() => {
        throw refused(refusal(COUPON_SCAN_REFUSALS, 'scan_unreadable', { file: file.name }), index);
      });
      pages += read.pages;
      for (const image of read.images) images.push({ source: `${file.name} p. ${image.page}`, bytes: image.bytes, index });
    } else {
      const kind = sniffImage(file.bytes);
      if (kind !== 'png' && kind !== 'jpeg' && kind !== 'webp') throw refused(refusal(COUPON_SCAN_REFUSALS, 'scan_format', { file: file.name }), index);
      pages += 1;
      images.push({ source: file.name, bytes: file.bytes, index });
    }
    if (pages > MAX_SCAN_PAGES) throw refused(refusal(COUPON_SCAN_REFUSALS, 'scan_pages', { max: MAX_SCAN_PAGES }));
  }
  await zxing();
  const read: ScansRead = { codes: [], pages: [] };
  for (const image of images) {
    const started = performance.now();
    const texts = await qrCodesIn(image.bytes).catch(() => {
      throw refused(refusal(COUPON_SCAN_REFUSALS, 'scan_unreadable', { file: image.source }), image.index);
    });
    for (const text of texts) read.codes.push({ text, source: image.source });
    read.pages.push({ source: image.source, codes: texts.length, milliseconds: Math.round(performance.now() - started) });
  }
  return read;
}

async function qrCodesIn(bytes: Buffer): Promise<string[]> {
  const { data, info } = await sharp()(bytes, { limitInputPixels: MAX_SCAN_PIXELS, failOn: 'error' })
    .rotate()
    .resize({ width: MAX_DECODED_SIDE, height: MAX_DECODED_SIDE, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pixels = {
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
    colorSpace: 'srgb' as const,
  };
  const results = await readBarcodes(pixels, { formats: ['QRCode'], tryHarder: true, tryRotate: true, maxNumberOfSymbols: 255 });
  return results.filter((result) => result.isValid).map((result) => result.text);
}
