import { MIN_TEXT_PT, SAFE_EDGE_PT } from '../pdf/legibility.js';
import { PAGE_SIZES, type PageFormat } from '../pdf/pdf-document.js';

export type BrochureFormat = Extract<PageFormat, 'A4' | 'A5'>;

/**
 * Everything in points, scaled from A4 so that A5 keeps the same proportions, but no text under
 * MIN_TEXT_PT: A5 pages hold fewer entries and the brochure gets more pages. A producer's QR code
 * is at least 58 pt, larger when its modules would be too small to decode (qrWithAddress).
 */
export function metrics(format: BrochureFormat) {
  const [width, height] = PAGE_SIZES[format];
  const k = width / PAGE_SIZES.A4[0];
  const body = Math.max(10 * k, 9);
  return { width, height, k, margin: Math.max(40 * k, SAFE_EDGE_PT + 8), gutter: 10 * k, body, small: Math.max(8.5 * k, MIN_TEXT_PT), qr: 58 };
}

export type Metrics = ReturnType<typeof metrics>;
