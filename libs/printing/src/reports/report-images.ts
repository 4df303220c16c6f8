import type { PrintFunder, PrintImage } from '#directory';
import type { Pdf, TextStyle } from '../pdf/pdf-document.js';
import { drawFitted, fittedSize } from '../pdf/pdf-image.js';

/** Draws an uploaded image at x, y, as large as fits in the box, left-aligned; answers its bottom. */
export function drawImage(pdf: Pdf, image: PrintImage, x: number, y: number, maxWidth: number, maxHeight: number): number {
  const { width, height } = fittedSize(image, { width: maxWidth, height: maxHeight });
  drawFitted(pdf, image, { x, y, width, height });
  return y + height;
}

const LOGO_BOX = { width: 110, height: 44 };
const GAP = 18;

/**
 * The funders in a row that wraps: each by its logo, its name in small letters beneath (a logo does
 * not always say whose it is), or by its name alone. Answers the bottom of the last row.
 */
export function drawFunders(pdf: Pdf, funders: readonly PrintFunder[], x: number, y: number, width: number, nameStyle: TextStyle): number {
  const perRow = Math.max(1, Math.floor((width + GAP) / (LOGO_BOX.width + GAP)));
  let bottom = y;
  for (let i = 0; i < funders.length; i += perRow) {
    const top = bottom;
    funders.slice(i, i + perRow).forEach((funder, column) => {
      const left = x + column * (LOGO_BOX.width + GAP);
      const below = funder.logo ? drawImage(pdf, funder.logo, left, top, LOGO_BOX.width, LOGO_BOX.height) + 4 : top;
      bottom = Math.max(bottom, pdf.text(funder.name, nameStyle, left, below, { width: LOGO_BOX.width }));
    });
    bottom += 10;
  }
  return bottom;
}
