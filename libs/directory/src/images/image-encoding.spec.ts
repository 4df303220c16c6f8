import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeImage, ImageRefused } from './image-encoding.js';

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 4, background: { r: 40, g: 120, b: 60, alpha: 0.5 } } });

async function refusalOf(bytes: Buffer, purpose: Parameters<typeof encodeImage>[1] = 'producer_photo') {
  const error = await encodeImage(bytes, purpose).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImageRefused);
  return (error as ImageRefused).said;
}

describe('an uploaded image, read by its content', () => {
  it('keeps a logo as PNG with its transparency, shrunk to 1200 px at most', async () => {
    const logo = await encodeImage(await solid(2400, 600).png().toBuffer(), 'territory_logo');
    expect(logo).toMatchObject({ mime: 'image/png', width: 1200, height: 300 });
    expect((await sharp(logo.bytes).metadata()).hasAlpha).toBe(true);
  });

  it('makes a photo a JPEG of 1600 px at most, upright by its EXIF orientation and without its metadata', async () => {
    // stored sideways: 3000 wide, 2000 high, with "turn 90°" in its EXIF
    const sideways = await solid(3000, 2000)
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'someone' } } })
      .toBuffer();
    const photo = await encodeImage(sideways, 'producer_photo');
    expect(photo).toMatchObject({ mime: 'image/jpeg', width: 1067, height: 1600 });
    const metadata = await sharp(photo.bytes).metadata();
    expect(metadata.format).toBe('jpeg');
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
  });

  it('reads a WebP and never enlarges a small image', async () => {
    const photo = await encodeImage(await solid(300, 200).webp().toBuffer(), 'accommodation_photo');
    expect(photo).toMatchObject({ mime: 'image/jpeg', width: 300, height: 200 });
  });

  it('refuses text, GIF and SVG, saying what the file is', async () => {
    expect(await refusalOf(Buffer.from('name;email\nFerme;a@b.fr\n'))).toMatchObject({ code: 'image_format', params: { found: 'other' } });
    expect(await refusalOf(await solid(20, 20).gif().toBuffer())).toMatchObject({ code: 'image_format', params: { found: 'gif' } });
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    expect(await refusalOf(svg)).toMatchObject({ code: 'image_format', params: { found: 'svg' } });
  });

  it('refuses an image of more than 25 megapixels before decoding it', async () => {
    const huge = await sharp({ create: { width: 6000, height: 5000, channels: 3, background: '#888' } })
      .jpeg({ quality: 10 })
      .toBuffer();
    expect(await refusalOf(huge)).toMatchObject({ code: 'image_too_many_pixels', params: { megapixels: 30, maxMegapixels: 25 } });
  });

  it('refuses a truncated JPEG or a corrupt PNG as unreadable', async () => {
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#c33' } })
      .jpeg()
      .toBuffer();
    expect(await refusalOf(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toMatchObject({ code: 'image_unreadable' });
    const png = await solid(400, 300).png().toBuffer();
    const corrupt = Buffer.concat([png.subarray(0, 60), Buffer.alloc(200, 7), png.subarray(260)]);
    expect(await refusalOf(corrupt, 'territory_logo')).toMatchObject({ code: 'image_unreadable' });
  });
});
