import { crc32, deflateSync } from 'node:zlib';
import type { QrMatrix } from './qr-codes.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The symbol as a 1-bit greyscale PNG of `width` pixels, quiet zone of `margin` modules included.
 * A QR code is two colours: one bit per pixel, deflated by the platform, is a few kilobytes made in
 * a millisecond or two, where a general-purpose RGBA encoder takes a hundred times longer.
 */
export function encodeQrPng(matrix: QrMatrix, width: number, margin: number): Buffer {
  const modules = matrix.size + 2 * margin;
  // each pixel falls in the module under its centre, so modules differ by one pixel at most
  const moduleOf = Array.from({ length: width }, (_, pixel) => Math.floor(((pixel + 0.5) * modules) / width) - margin);
  const rowBytes = Math.ceil(width / 8);
  const raw = Buffer.alloc((rowBytes + 1) * width);
  let previous = -Infinity;
  let previousOffset = 0;
  for (let y = 0; y < width; y++) {
    const offset = y * (rowBytes + 1);
    const row = moduleOf[y];
    // filter byte 0 (none) at the row's start; a row of the same module row is a copy
    if (row === previous) {
      raw.copy(raw, offset, previousOffset, previousOffset + rowBytes + 1);
      continue;
    }
    for (let x = 0; x < width; x++) {
      const column = moduleOf[x];
      const dark = row >= 0 && row < matrix.size && column >= 0 && column < matrix.size && matrix.isDark(row, column);
      // greyscale 1 bit: 1 is white
      if (!dark) raw[offset + 1 + (x >> 3)] |= 0x80 >> (x & 7);
    }
    previous = row;
    previousOffset = offset;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(width, 4);
  header.writeUInt8(1, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
