/**
 * The images a printed document may use, already stored and re-encoded by the uploads: nothing is
 * fetched from elsewhere at print time. PDFs embed PNG and JPEG only, so that is what is stored.
 */
export interface PrintImage {
  readonly bytes: Buffer;
  readonly mime: 'image/png' | 'image/jpeg';
  /** In pixels, after re-encoding: the renderer keeps the aspect ratio. */
  readonly width: number;
  readonly height: number;
}

/** A funder as the back page and the report name it, with its logo when one was uploaded. */
export interface PrintFunder {
  readonly name: string;
  readonly logo?: PrintImage;
}

/** What one brochure or report may show: the territory's logo and funders, and the photos of the records it lists. */
export interface PrintImages {
  readonly logo?: PrintImage;
  /** In the territory's order of funders (`territories.funders`). */
  readonly funders: readonly PrintFunder[];
  /** By producer id; producers without a photo are absent. */
  readonly producerPhotos: ReadonlyMap<string, PrintImage>;
  /** The accommodation's photo, for a brochure made for one accommodation. */
  readonly accommodationPhoto?: PrintImage;
}
