import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Actor } from '#common';
import { ImagesService } from '#directory';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const picture = (width: number, height: number, colour: string) => sharp({ create: { width, height, channels: 3, background: colour } });

describe('images of a territory', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let images: ImagesService;
  let territoryId: string;
  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
    images = t.app.get(ImagesService);
    territoryId = (await make.territory({ funders: ['Région Nouvelle-Aquitaine', 'LEADER Gâtine'] })).id;
  });
  afterAll(() => t.close());

  it('a brochure gets the logo, the funders in their order and the photos of its producers, as stored', async () => {
    const [withPhoto, withoutPhoto, elsewhere] = [await make.producer(territoryId), await make.producer(territoryId), await make.producer(territoryId)];
    const gite = await make.accommodation(territoryId);
    const system = Actor.system();
    const subject = (target: Parameters<ImagesService['subjectFor']>[0]) => images.subjectFor(target, system, 'change');
    await images.upload(await subject({ purpose: 'territory_logo', territoryId }), await picture(400, 200, '#2a6').png().toBuffer(), system);
    await images.upload(await subject({ purpose: 'funder_logo', territoryId, funder: '1' }), await picture(300, 100, '#06c').png().toBuffer(), system);
    await images.upload(await subject({ purpose: 'producer_photo', producerId: withPhoto.id }), await picture(800, 600, '#c93').jpeg().toBuffer(), system);
    await images.upload(await subject({ purpose: 'producer_photo', producerId: elsewhere.id }), await picture(800, 600, '#333').jpeg().toBuffer(), system);
    await images.upload(await subject({ purpose: 'accommodation_photo', accommodationId: gite.id }), await picture(640, 480, '#39c').png().toBuffer(), system);

    const printed = await images.forPrint(territoryId, { producerIds: [withPhoto.id, withoutPhoto.id], accommodationId: gite.id });
    expect(printed.logo).toMatchObject({ mime: 'image/png', width: 400, height: 200 });
    expect(printed.funders.map((funder) => [funder.name, funder.logo?.width])).toEqual([
      ['Région Nouvelle-Aquitaine', undefined],
      ['LEADER Gâtine', 300],
    ]);
    expect([...printed.producerPhotos.keys()]).toEqual([withPhoto.id]);
    expect(printed.producerPhotos.get(withPhoto.id)).toMatchObject({ mime: 'image/jpeg', width: 800, height: 600 });
    expect((await sharp(printed.producerPhotos.get(withPhoto.id)!.bytes).metadata()).format).toBe('jpeg');
    expect(printed.accommodationPhoto).toMatchObject({ mime: 'image/jpeg', width: 640, height: 480 });
  });
});
