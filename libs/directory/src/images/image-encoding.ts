import type Sharp from 'sharp';
import { refusal, ValidationFailed, type SaidRefusal, onFirstUse } from '#common';
import { IMAGE_REFUSALS, type FoundKind } from './image-refusals.js';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, STORED_FORMAT, type ImagePurpose, type StoredFormat } from './image-purposes.js';

/** sharp (libvips) is loaded at the first image, not when the API starts: some 25 MB of RSS (docs/pagespeed.md). */
const sharp = onFirstUse<typeof Sharp>('sharp');

/** An image as it is stored: re-encoded, resized, without the uploader's metadata. */
export interface EncodedImage {
  readonly bytes: Buffer;
  readonly mime: StoredFormat['mime'];
  readonly width: number;
  readonly height: number;
}

/** An upload that is not an image accepted here: a 400 naming the API's field `file`; the member pages say `said` beside their own field. */
export class ImageRefused extends ValidationFailed {
  constructor(readonly said: SaidRefusal) {
    super([{ field: 'file', ...said }]);
  }
}

type Accepted = 'png' | 'jpeg' | 'webp';

/**
 * What the first bytes say the file is. The name and the declared type are never looked at: a PNG
 * named `photo.jpg` is the PNG it is, and is stored as such (re-encoded like any other upload),
 * while a text file named `logo.png` is refused. GIF and SVG are told apart only to say so.
 */
export function sniffImage(bytes: Buffer): Accepted | FoundKind {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (bytes.toString('latin1', 0, 4) === 'GIF8') return 'gif';
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(bytes.toString('utf8', 0, 1024))) return 'svg';
  return 'other';
}

const refused = (said: SaidRefusal) => new ImageRefused(said);

/**
 * Checks an upload by its content and re-encodes it for its purpose: turned upright by its EXIF
 * orientation, shrunk to fit the purpose's longest side (never enlarged), metadata dropped (GPS
 * positions included); logos as PNG with their transparency, photos as JPEG on white. Whatever the
 * decoder cannot read (a truncated JPEG, a corrupt PNG) is the uploader's problem, never a 5xx.
 */
export async function encodeImage(bytes: Buffer, purpose: ImagePurpose): Promise<EncodedImage> {
  if (bytes.length === 0) throw refused(refusal(IMAGE_REFUSALS, 'image_missing'));
  if (bytes.length > MAX_IMAGE_BYTES) throw refused(refusal(IMAGE_REFUSALS, 'image_too_large', { maxMb: MAX_IMAGE_BYTES / 1024 / 1024 }));
  const kind = sniffImage(bytes);
  if (kind !== 'png' && kind !== 'jpeg' && kind !== 'webp') throw refused(refusal(IMAGE_REFUSALS, 'image_format', { found: kind }));
  const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' } as const;
  // the header only, read without the pixel limit so that a too large image is said to be so
  const metadata = await sharp()(bytes, { ...options, limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw refused(refusal(IMAGE_REFUSALS, 'image_unreadable'));
    });
  // the header's own word, read by the decoder: it must agree with the first bytes
  if (metadata.format !== kind) throw refused(refusal(IMAGE_REFUSALS, 'image_unreadable'));
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if (pixels > MAX_IMAGE_PIXELS) {
    throw refused(
      refusal(IMAGE_REFUSALS, 'image_too_many_pixels', { megapixels: Math.round(pixels / 100_000) / 10, maxMegapixels: MAX_IMAGE_PIXELS / 1_000_000 }),
    );
  }
  const format = STORED_FORMAT[purpose];
  const pipeline = sharp()(bytes, options).autoOrient().resize({ width: format.maxSide, height: format.maxSide, fit: 'inside', withoutEnlargement: true });
  const encoded =
    format.mime === 'image/png'
      ? pipeline.png({ compressionLevel: 9, adaptiveFiltering: true })
      : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true }).catch(() => {
    throw refused(refusal(IMAGE_REFUSALS, 'image_unreadable'));
  });
  return { bytes: data, mime: format.mime, width: info.width, height: info.height };
}
