import type { Pdf } from './pdf-document.js';

/** A PNG or JPEG already checked and re-encoded (the uploads' PrintImage): its bytes and its size in pixels. */
export interface EmbeddableImage {
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
}

/** pdfkit's opened image, which its types leave out: embedded once, then drawn as often as needed. */
interface OpenedImage {
  width: number;
  height: number;
}
type Opening = { openImage(src: Buffer): OpenedImage };

const opened = new WeakMap<Pdf, Map<EmbeddableImage, OpenedImage>>();

/** The image as pdfkit holds it in this document, so that a logo drawn on two pages is embedded once. */
function openedIn(pdf: Pdf, image: EmbeddableImage): OpenedImage {
  let images = opened.get(pdf);
  if (!images) opened.set(pdf, (images = new Map<EmbeddableImage, OpenedImage>()));
  let found = images.get(image);
  if (!found) {
    found = (pdf.doc as unknown as Opening).openImage(image.bytes);
    images.set(image, found);
  }
  return found;
}

export interface ImageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size the image takes when it fits in `box` without being cut (a logo), aspect ratio kept. */
export function fittedSize(image: EmbeddableImage, box: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  return { width: image.width * scale, height: image.height * scale };
}

/** A logo: whole, as large as fits in the box, centred in it. */
export function drawFitted(pdf: Pdf, image: EmbeddableImage, box: ImageBox): void {
  const size = fittedSize(image, box);
  const source = openedIn(pdf, image) as unknown as Buffer;
  pdf.doc.image(source, box.x + (box.width - size.width) / 2, box.y + (box.height - size.height) / 2, { width: size.width, height: size.height });
}

/** A photo: filling the whole box, centred, its overflow cut (no white strips around a landscape photo in a square). */
export function drawCovering(pdf: Pdf, image: EmbeddableImage, box: ImageBox): void {
  const scale = Math.max(box.width / image.width, box.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  const source = openedIn(pdf, image) as unknown as Buffer;
  pdf.doc.save().rect(box.x, box.y, box.width, box.height).clip();
  pdf.doc.image(source, box.x + (box.width - width) / 2, box.y + (box.height - height) / 2, { width, height });
  pdf.doc.restore();
}
