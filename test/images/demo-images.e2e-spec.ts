import { mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSeeder } from '#demo';
import { ImagesService } from '#directory';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the demo’s images, drawn in code, on its public site and in print', () => {
  let t: TestApp;
  let territoryId: string;
  beforeAll(async () => {
    t = await startTestApp();
    territoryId = (await t.app.get(DemoSeeder).seed(new Date(), { season: false })).territoryId;
  });
  afterAll(() => t?.close());

  it('shows the logo in the header, the funders’ logos in the footer and a producer’s photo on its page', async () => {
    const home = (await t.anonymous().get('/').set('host', 'localhost').expect(200)).text;
    const logo = /<p class="territory"><a [^>]*><img class="logo" src="(\/images\/[0-9a-f]{32}\.png)" width="600" height="600" alt="">/.exec(home);
    expect(logo).not.toBeNull();
    expect(home).toMatch(
      /<div class="funders"><p>Avec le soutien de<\/p><ul><li><img class="funder" src="\/images\/[0-9a-f]{32}\.png" width="\d+" height="\d+" alt="Région Nouvelle-Aquitaine"/,
    );
    const served = await t.anonymous().get(logo![1]).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/png');

    const producers = (await t.anonymous().get('/en/producers').set('host', 'localhost').expect(200)).text;
    const link = /href="(\/en\/producers\/[^"]*chevrerie[^"]*)"/.exec(producers);
    expect(link).not.toBeNull();
    const page = (await t.anonymous().get(link![1]).set('host', 'localhost').expect(200)).text;
    expect(page).toMatch(
      /<figure class="photo"><img class="photo" src="\/images\/[0-9a-f]{32}\.jpg" width="1200" height="800" alt="Photo: La Chèvrerie des Brandes"/,
    );
  });

  it('gives the brochure the logo, both funders’ logos and the photos of the first producers', async () => {
    const producers: { id: string }[] = await t.dataSource.query(`SELECT id FROM producers WHERE territory_id = $1`, [territoryId]);
    const printed = await t.app.get(ImagesService).forPrint(territoryId, { producerIds: producers.map((producer) => producer.id) });
    expect(printed.logo?.mime).toBe('image/png');
    expect(printed.funders.map((funder) => funder.logo?.mime)).toEqual(['image/png', 'image/png']);
    expect(printed.producerPhotos.size).toBe(4);
    if (process.env.SAVE_DEMO_IMAGES) {
      mkdirSync(process.env.SAVE_DEMO_IMAGES, { recursive: true });
      const all = [printed.logo!, ...printed.funders.map((funder) => funder.logo!), ...printed.producerPhotos.values()];
      for (const [i, image] of all.entries()) writeFileSync(`${process.env.SAVE_DEMO_IMAGES}/${i}.${image.mime === 'image/png' ? 'png' : 'jpg'}`, image.bytes);
      expect((await sharp(all[0].bytes).metadata()).hasAlpha).toBe(true);
    }
  });
});
