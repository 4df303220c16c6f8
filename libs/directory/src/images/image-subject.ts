import type { ImagePurpose } from './image-purposes.js';

/** Whose image it is: the territory (its logo), one of its funders by name, a producer or an accommodation. */
export type ImageTarget =
  | { readonly purpose: 'territory_logo'; readonly territoryId: string }
  /** `funder`: the funder's name as the territory lists it, or its position in that list (0 first). */
  | { readonly purpose: 'funder_logo'; readonly territoryId: string; readonly funder: string }
  | { readonly purpose: 'producer_photo'; readonly producerId: string }
  | { readonly purpose: 'accommodation_photo'; readonly accommodationId: string };

/** A target found and allowed: the row's key in `images`, and the record its audit entry is about. */
export interface ImageSubject {
  readonly territoryId: string;
  readonly purpose: ImagePurpose;
  /** `images.subject`: the producer's or accommodation's id, the funder's name, '' for the territory's logo. */
  readonly subject: string;
  readonly audited: { readonly entityType: 'territory' | 'producer' | 'accommodation'; readonly entityId: string; readonly field: string };
}
