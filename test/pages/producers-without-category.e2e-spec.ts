import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binary } from '../support/binary.js';
import { factories, type Place } from '../support/factories.js';
import { hasPoppler, pdfText } from '../support/system-tools.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Shops and AMAPs often have no category: their lines must read as well as a farm's. */
describe('a producer without a category, on the tourist page and in the brochure', () => {
  let t: TestApp;
  let gite: Place;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territoryId = (await make.territory({ name: 'Niortais' })).id;
    gite = await make.accommodation(territoryId, { name: 'Gîte des Marais', latitude: 46.32, longitude: -0.46 });
    const amap = await make.producer(territoryId, {
      name: 'AMAP du Marais',
      categories: [],
      commune: 'Coulon',
      postcode: '79510',
      latitude: 46.322,
      longitude: -0.586,
    });
    await make.publishedOffer(amap.id, { title: { fr: 'Panier découverte offert', en: 'Free discovery basket' }, validFrom: '2020-01-01' });
  });
  afterAll(() => t.close());

  it('the tourist page shows its distance and commune without a stray separator', async () => {
    const page = await t.anonymous().get(`/v/${gite.code}`).expect(200);
    const meta = /<p class="meta">([\s\S]*?)<\/p>/.exec(page.text)?.[1].replace(/<[^>]+>/g, '');
    expect(meta).toMatch(/km · Coulon$/);
  });

  it.skipIf(!hasPoppler)('the brochure says how far it is, and nothing after', async () => {
    const pdf = await t.http().get(`/api/v1/accommodations/${gite.id}/brochure.pdf?lang=fr&format=A5`).buffer(true).parse(binary).expect(200);
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toMatch(/à 9,7 km\n/);
    expect(text).not.toMatch(/km ·/);
  });
});
