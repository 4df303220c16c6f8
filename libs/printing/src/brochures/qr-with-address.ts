import { legibleQrSize } from '../pdf/legibility.js';
import type { Pdf, TextStyle } from '../pdf/pdf-document.js';
import { addressForReaders } from '../qr/public-links.js';

/** A QR code with its address printed under it, centred in a column; measured before it is drawn. */
export interface QrWithAddress {
  width: number;
  height: number;
  draw(x: number, y: number): void;
}

/**
 * QR codes at `size` (larger if their modules would be too small to decode from a cheap print),
 * each with the address a guest who cannot scan types printed under it, all in one column as wide
 * as the widest. The addresses stay on one line when the longest fits in `maxWidth`, else they all
 * break after the host ("gatine.example" / "/f/abcd1234"), never inside what is typed.
 */
export function qrsWithAddresses(
  pdf: Pdf,
  urls: string[],
  options: { size: number; style: TextStyle; maxWidth: number; address?: (url: string) => string },
): QrWithAddress[] {
  const addresses = urls.map(options.address ?? addressForReaders);
  const widest = Math.max(0, ...addresses.map((address) => pdf.widthOf(address, options.style)));
  const split = widest > options.maxWidth;
  const texts = addresses.map((address) => (split && address.includes('/') ? address.replace('/', '\n/') : address));
  const qrs = urls.map((url) => legibleQrSize(url, options.size));
  const width = Math.max(...qrs, split ? Math.max(...texts.flatMap((text) => text.split('\n')).map((line) => pdf.widthOf(line, options.style))) : widest);
  return urls.map((url, i) => {
    const block = pdf.layout(texts[i], options.style, { width });
    return {
      width,
      height: qrs[i] + block.height,
      draw: (x, y) => {
        pdf.qr(url, x + (width - qrs[i]) / 2, y, qrs[i]);
        // the quiet zone (4 white modules) already parts the address from the code
        pdf.draw(block, x, y + qrs[i], 'center');
      },
    };
  });
}

/** One QR code with its address under it (see qrsWithAddresses). */
export function qrWithAddress(pdf: Pdf, url: string, options: Parameters<typeof qrsWithAddresses>[2]): QrWithAddress {
  return qrsWithAddresses(pdf, [url], options)[0];
}
