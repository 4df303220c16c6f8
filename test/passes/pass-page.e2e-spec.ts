import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { expectAccessible } from '../support/accessibility.js';
import { hasChromium, sharedChromium, PHONE } from '../support/browser.js';
import { factories } from '../support/factories.js';
import { decodeQrPng } from '../support/qr-decode.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the tourist’s pass page: nearest producers first, and the pass’s QR code to show at the farm', () => {
  let t: TestApp;
  let pass: { code: string; url: string; offers: { producerName: string; distanceKm: number }[] };

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territoryId = (await make.territory({ name: 'Gâtine' })).id;
    // The gîte in Secondigny; by name the farthest comes first, by distance last.
    const gite = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls', latitude: 46.6097, longitude: -0.4147 });
    const far = await make.producer(territoryId, { name: 'Abbaye de Parthenay', latitude: 46.6486, longitude: -0.2472 });
    const near = await make.producer(territoryId, { name: 'Ferme de Secondigny', latitude: 46.612, longitude: -0.41 });
    const middle = await make.producer(territoryId, { name: 'Miellerie d’Azay', latitude: 46.6345, longitude: -0.3561 });
    for (const producer of [far, near, middle]) await make.publishedOffer(producer.id, { kind: 'gift', value: null, validFrom: '2020-01-01', validTo: null });
    const today = todayIn('Europe/Paris');
    pass = (await t.http().post('/api/v1/passes').send({ accommodationId: gite.id, arrival: today, departure: today, guests: 2, lang: 'fr' }).expect(201)).body;
  });
  afterAll(() => t.close());

  it('lists the offers nearest first from the pass’s accommodation, with their distance, in the API and on the page', async () => {
    expect(pass.offers.map((offer) => offer.producerName)).toEqual(['Ferme de Secondigny', 'Miellerie d’Azay', 'Abbaye de Parthenay']);
    expect(pass.offers.map((offer) => offer.distanceKm)).toEqual([...pass.offers.map((offer) => offer.distanceKm)].sort((a, b) => a - b));
    const page = (await t.anonymous().get(`/p/${pass.code}`).expect(200)).text;
    expect([...page.matchAll(/<h2>([^<]+)<\/h2>/g)].map((match) => match[1])).toEqual(['Ferme de Secondigny', 'Miellerie d’Azay', 'Abbaye de Parthenay']);
    expect([...page.matchAll(/<span class="distance">([^<]+)<\/span>/g)].map((match) => match[1].replace(/\s/g, ' '))).toEqual(['0,4 km', '5,3 km', '14 km']);
    expect(page).toMatch(/<div class="pass-qr" role="img" aria-label="QR code du pass [A-Z0-9 ]+"><svg /);
  });

  it.skipIf(!hasChromium)('its QR code, as the phone draws it, reads back as the pass’s address; the page passes axe', async () => {
    const browser = await sharedChromium();
    try {
      const page = await (await browser.newContext({ ...PHONE })).newPage();
      await page.goto(`${await t.listen()}/p/${pass.code}`);
      expect(decodeQrPng(await page.locator('.pass-qr svg').screenshot())).toBe(pass.url);
      await expectAccessible(page, 'the pass page');
    } finally {
      await browser.close();
    }
  });
});
