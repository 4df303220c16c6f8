import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImagesService } from '#directory';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const picture = (width: number, height: number, colour: string) => sharp({ create: { width, height, channels: 3, background: colour } });
/** A photo-like image: noise compresses badly, as a real photo does. */
const noisy = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } });

describe('images: uploaded, checked by their content, served, printed', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let territoryId: string;
  let coordinator: Member;
  let producer: Member;
  let host: Member;
  let producerId: string;
  let otherProducerId: string;
  let giteId: string;
  let otherGiteId: string;
  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
    territoryId = (await make.territory({ funders: ['Région Nouvelle-Aquitaine', 'LEADER Gâtine'] })).id;
    [producerId, otherProducerId] = [(await make.producer(territoryId)).id, (await make.producer(territoryId)).id];
    [giteId, otherGiteId] = [(await make.accommodation(territoryId)).id, (await make.accommodation(territoryId)).id];
    coordinator = await t.member(territoryId, 'coordinator');
    producer = await t.member(territoryId, 'producer', { producerId });
    host = await t.member(territoryId, 'host', { accommodationIds: [giteId] });
  });
  afterAll(() => t.close());

  const upload = (member: Member, path: string, bytes: Buffer, filename: string, contentType = 'image/jpeg') =>
    t.as(member.token).put(`/api/v1${path}`).attach('file', bytes, { filename, contentType });

  it('takes a PNG named .jpg as the PNG it is, and serves it at an immutable public address', async () => {
    const png = await picture(400, 200, '#2a6').png().toBuffer();
    const uploaded = await upload(coordinator, `/territories/${territoryId}/logo`, png, 'logo.jpg').expect(200);
    expect(uploaded.body).toMatchObject({ mime: 'image/png', width: 400, height: 200 });
    expect(uploaded.body.url).toMatch(/^\/images\/[0-9a-f]{32}\.png$/);

    const served = await t.anonymous().get(uploaded.body.url).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await sharp(served.body as Buffer).metadata()).format).toBe('png');
    await t.anonymous().get(uploaded.body.url).set('if-none-match', served.headers.etag).expect(304);
    await t.anonymous().get(uploaded.body.url.replace('.png', '.jpg')).expect(404);
    expect((await t.anonymous().get(`/api/v1/territories/${territoryId}/logo`).expect(200)).body.url).toBe(uploaded.body.url);
  });

  it('refuses what is not a PNG, JPEG or WebP, whatever its name, naming the field', async () => {
    const path = `/producers/${producerId}/photo`;
    const refusals = async (bytes: Buffer, filename: string) => {
      const response = await upload(producer, path, bytes, filename, 'image/png').expect(400);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors[0].field).toBe('file');
      return response.body.errors[0];
    };
    expect(await refusals(Buffer.from('nom;email\nFerme;ferme@example.org\n'), 'photo.png')).toMatchObject({
      code: 'image_format',
      message: 'must be a PNG, JPEG or WebP image; this file is not an image',
    });
    expect(await refusals(await picture(20, 20, '#fc0').gif().toBuffer(), 'photo.png')).toMatchObject({ code: 'image_format', params: { found: 'gif' } });
    const thirtyMegapixels = await picture(6000, 5000, '#777').jpeg({ quality: 20 }).toBuffer();
    expect(await refusals(thirtyMegapixels, 'big.jpg')).toMatchObject({ code: 'image_too_many_pixels', params: { megapixels: 30 } });
    const jpeg = await noisy(600, 400).jpeg().toBuffer();
    expect(await refusals(jpeg.subarray(0, jpeg.length >> 1), 'cut.jpg')).toMatchObject({ code: 'image_unreadable' });
    const elevenMegabytes = Buffer.concat([await picture(10, 10, '#000').png().toBuffer(), Buffer.alloc(11 * 1024 * 1024)]);
    expect(await refusals(elevenMegabytes, 'heavy.png')).toMatchObject({ code: 'image_too_large' });
    // none of them was stored
    await t.anonymous().get(`/api/v1${path}`).expect(404);
  });

  it('re-encodes a large photo within 1600 px and lighter than what was sent', async () => {
    const sent = await noisy(2400, 1800).jpeg({ quality: 95 }).toBuffer();
    const stored = await upload(producer, `/producers/${producerId}/photo`, sent, 'ferme.jpeg').expect(200);
    expect(stored.body).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 1200 });
    expect(stored.body.size).toBeLessThan(sent.length / 2);
    const served = await t.anonymous().get(stored.body.url).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect((served.body as Buffer).length).toBe(stored.body.size);
  });

  it("keeps each business's photo to its own people and the coordinators", async () => {
    const photo = await picture(300, 200, '#963').jpeg().toBuffer();
    await upload(producer, `/producers/${otherProducerId}/photo`, photo, 'theirs.jpg').expect(403);
    await upload(host, `/accommodations/${otherGiteId}/photo`, photo, 'theirs.jpg').expect(404);
    await upload(host, `/producers/${producerId}/photo`, photo, 'farm.jpg').expect(403);
    await upload(producer, `/territories/${territoryId}/logo`, photo, 'logo.jpg').expect(403);
    await upload(host, `/accommodations/${giteId}/photo`, await picture(640, 480, '#39c').png().toBuffer(), 'gite.png').expect(200);
    await upload(coordinator, `/producers/${otherProducerId}/photo`, photo, 'theirs.jpg').expect(200);
    await t.as(producer.token).delete(`/api/v1/producers/${otherProducerId}/photo`).expect(403);
    await t.as(coordinator.token).delete(`/api/v1/producers/${otherProducerId}/photo`).expect(204);
    await t.anonymous().get(`/api/v1/producers/${otherProducerId}/photo`).expect(404);
  });

  it('a brochure gets the logo, the funders in their order and the photos of its producers, as uploaded', async () => {
    const [withPhoto, withoutPhoto, gite] = [
      (await make.producer(territoryId)).id,
      (await make.producer(territoryId)).id,
      (await make.accommodation(territoryId)).id,
    ];
    await upload(coordinator, `/territories/${territoryId}/logo`, await picture(500, 250, '#2a6').png().toBuffer(), 'logo.png').expect(200);
    await upload(coordinator, `/territories/${territoryId}/funders/1/logo`, await picture(300, 100, '#06c').png().toBuffer(), 'leader.png').expect(200);
    await upload(coordinator, `/territories/${territoryId}/funders/${encodeURIComponent('Inconnu')}/logo`, Buffer.from('x'), 'x.png').expect(404);
    await upload(coordinator, `/producers/${withPhoto}/photo`, await picture(800, 600, '#c93').jpeg().toBuffer(), 'ferme.jpg').expect(200);
    await upload(coordinator, `/accommodations/${gite}/photo`, await picture(640, 480, '#39c').png().toBuffer(), 'gite.png').expect(200);

    const printed = await t.app.get(ImagesService).forPrint(territoryId, { producerIds: [withPhoto, withoutPhoto], accommodationId: gite });
    expect(printed.logo).toMatchObject({ mime: 'image/png', width: 500, height: 250 });
    expect(printed.funders.map((funder) => [funder.name, funder.logo?.width])).toEqual([
      ['Région Nouvelle-Aquitaine', undefined],
      ['LEADER Gâtine', 300],
    ]);
    expect([...printed.producerPhotos.keys()]).toEqual([withPhoto]);
    expect(printed.producerPhotos.get(withPhoto)).toMatchObject({ mime: 'image/jpeg', width: 800, height: 600 });
    expect((await sharp(printed.producerPhotos.get(withPhoto)!.bytes).metadata()).format).toBe('jpeg');
    expect(printed.accommodationPhoto).toMatchObject({ mime: 'image/jpeg', width: 640, height: 480 });
  });
});
