import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeQrPng } from '../../../../test/support/qr-decode.js';
import { qrMatrix } from './qr-codes.js';
import { encodeQrPng } from './qr-png.js';

describe('a QR code as a PNG', () => {
  const text = 'https://terroir.test/v/k7m2p9qa?qr=1';

  it('decodes back to its text at sizes that are and are not a multiple of the modules', () => {
    for (const width of [512, 300, 123, 57]) {
      const png = encodeQrPng(qrMatrix(text), width, 4);
      expect(PNG.sync.read(png).width).toBe(width);
      expect(decodeQrPng(png)).toBe(text);
    }
  });

  it('is white all around its quiet zone and black in its finder corner', () => {
    const { width, data } = PNG.sync.read(encodeQrPng(qrMatrix(text), 290, 4));
    const grey = (x: number, y: number) => data[(y * width + x) * 4];
    for (let i = 0; i < width; i++) for (const edge of [0, 30, width - 1]) expect([grey(i, edge), grey(edge, i)]).toEqual([255, 255]);
    // 29 modules + 8 of quiet zone = 37 over 290 px: the first finder module starts at about 31 px
    expect(grey(36, 36)).toBe(0);
  });
});
