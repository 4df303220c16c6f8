import { createHash } from 'node:crypto';
import type { PrintImage, PrintImages } from '#directory';

const digests = new WeakMap<PrintImage, string>();

/** One image by its bytes' digest, computed once per image object. */
function digestOf(image: PrintImage | undefined): string | null {
  if (!image) return null;
  let digest = digests.get(image);
  if (digest === undefined) {
    digest = createHash('sha256').update(image.bytes).digest('base64url');
    digests.set(image, digest);
  }
  return digest;
}

/** What a brochure's ETag holds of its images: a new logo or photo makes a new brochure, the same ones the same. */
export function imagesFingerprint(images: PrintImages | undefined): unknown {
  if (!images) return null;
  return {
    logo: digestOf(images.logo),
    funders: images.funders.map((funder) => [funder.name, digestOf(funder.logo)]),
    producers: [...images.producerPhotos].map(([id, photo]) => [id, digestOf(photo)]),
    accommodation: digestOf(images.accommodationPhoto),
  };
}
