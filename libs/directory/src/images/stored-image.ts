import type { ImagePurpose } from './image-purposes.js';

/** An image as stored, without its bytes: what a page or a view needs to point at it. */
export interface StoredImage {
  readonly purpose: ImagePurpose;
  readonly subject: string;
  readonly mime: 'image/png' | 'image/jpeg';
  readonly width: number;
  readonly height: number;
  /** Bytes of the stored (re-encoded) image. */
  readonly size: number;
  readonly hash: string;
  readonly uploadedAt: Date;
}

/** Where a stored image is served to anyone: its address names its content, so it never changes. */
export interface PublicImage {
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

/** A territory's images as its public pages show them. */
export interface TerritoryImages {
  readonly logo?: PublicImage;
  /** The territory's funders in their order, with their logo when one was uploaded. */
  readonly funders: readonly { readonly name: string; readonly logo?: PublicImage }[];
  /** By producer id. */
  readonly producerPhotos: ReadonlyMap<string, PublicImage>;
  /** By accommodation id. */
  readonly accommodationPhotos: ReadonlyMap<string, PublicImage>;
}
