import { escapeHtml } from '#web';

/** The territory's icon: a rounded square of its colour, a sun and a field of its second colour. */
export function iconSvg(primary: string, secondary: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${escapeHtml(primary)}"/><circle cx="16" cy="13" r="6" fill="#ffffff"/><path d="M0 22Q16 15 32 22V25Q32 32 25 32H7Q0 32 0 25Z" fill="${escapeHtml(secondary)}"/></svg>`;
}

const SIZE = 32;

/**
 * The same icon as a 32×32 `favicon.ico` (one 32-bit BMP image), for the browsers and tools that
 * ask for `/favicon.ico` whatever the page says. Drawn pixel by pixel: no image library needed.
 */
export function faviconIco(primary: string, secondary: string): Buffer {
  const colours = [primary, secondary, '#ffffff'].map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let row = 0; row < SIZE; row++) {
    // BMP rows go bottom-up
    const y = SIZE - 1 - row + 0.5;
    for (let column = 0; column < SIZE; column++) {
      const x = column + 0.5;
      const inside = roundedSquare(x, y);
      const field = y > fieldEdge(x);
      const sun = (x - 16) ** 2 + (y - 13) ** 2 <= 36;
      const [r, g, b] = colours[field ? 1 : sun ? 2 : 0];
      pixels.set([b, g, r, inside ? 255 : 0], (row * SIZE + column) * 4);
    }
  }
  const header = Buffer.alloc(6 + 16 + 40);
  header.writeUInt16LE(1, 2); // an icon
  header.writeUInt16LE(1, 4); // one image
  const andMask = Buffer.alloc((SIZE * SIZE) / 8);
  const imageSize = 40 + pixels.length + andMask.length;
  header.writeUInt8(SIZE, 6);
  header.writeUInt8(SIZE, 7);
  header.writeUInt16LE(1, 10); // planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(imageSize, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  header.writeUInt32LE(40, 22); // BITMAPINFOHEADER
  header.writeInt32LE(SIZE, 26);
  header.writeInt32LE(SIZE * 2, 30); // the colours and the mask
  header.writeUInt16LE(1, 34);
  header.writeUInt16LE(32, 36);
  header.writeUInt32LE(pixels.length + andMask.length, 42);
  return Buffer.concat([header, pixels, andMask]);
}

/** The field's upper edge, the SVG's quadratic curve from (0,22) through (16,15) to (32,22). */
const fieldEdge = (x: number) => {
  const t = x / SIZE;
  return (1 - t) ** 2 * 22 + 2 * (1 - t) * t * 15 + t ** 2 * 22;
};

const roundedSquare = (x: number, y: number) => {
  const r = 7;
  const dx = Math.max(r - x, x - (SIZE - r), 0);
  const dy = Math.max(r - y, y - (SIZE - r), 0);
  return dx * dx + dy * dy <= r * r;
};
