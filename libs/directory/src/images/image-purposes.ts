/** What an uploaded image is for: the territory's logo, a funder's logo, a producer's or an accommodation's photo. */
export const IMAGE_PURPOSES = ['territory_logo', 'funder_logo', 'producer_photo', 'accommodation_photo'] as const;
export type ImagePurpose = (typeof IMAGE_PURPOSES)[number];

/** How an image is stored once re-encoded: logos keep their transparency, photos are lighter as JPEG. */
export interface StoredFormat {
  readonly mime: 'image/png' | 'image/jpeg';
  /** Longest side, in pixels: enough for print at the sizes the brochure and report use them. */
  readonly maxSide: number;
}

const LOGO: StoredFormat = { mime: 'image/png', maxSide: 1200 };
const PHOTO: StoredFormat = { mime: 'image/jpeg', maxSide: 1600 };

export const STORED_FORMAT: Readonly<Record<ImagePurpose, StoredFormat>> = {
  territory_logo: LOGO,
  funder_logo: LOGO,
  producer_photo: PHOTO,
  accommodation_photo: PHOTO,
};

/** The largest file accepted, before decoding. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** The most pixels decoded: above a phone's usual 12–24 megapixels, below what would hold a worker's memory for long. */
export const MAX_IMAGE_PIXELS = 25_000_000;

/** The file extension of a stored image's public address. */
export const extensionOf = (mime: StoredFormat['mime']) => (mime === 'image/png' ? 'png' : 'jpg');
