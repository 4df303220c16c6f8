/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.js';
import { hasChromium, sharedChromium, PHONE } from '../support/browser.js';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe.skipIf(!hasChromium)('the public site on a phone (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territory = await make.territory({ name: 'Les Bons Plans de Gâtine', slug: 'gatine', languages: ['fr', 'en'] });
    const producer = await make.producer(territory.id, {
      name: 'La Chèvrerie des Brandes',
      categories: ['dairy_cheese'],
      postcode: '79240',
      commune: 'Vernoux-en-Gâtine',
      latitude: 46.61,
      longitude: -0.5,
    });
    await make.producer(territory.id, { name: 'Miellerie d’Azay', postcode: '79130', commune: 'Azay-sur-Thouet', latitude: 46.62, longitude: -0.36 });
    const year = new Date().getUTCFullYear();
    await make.publishedOffer(producer.id, {
      title: { fr: 'Une bûchette offerte' },
      kind: 'gift',
      validFrom: `${year - 1}-01-01`,
      validTo: `${year + 1}-12-31`,
    });
    base = await t.listen();
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('leads from the home page to a producer and its directions, accessible, asking nothing of another origin', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'fr-FR' });
    const page = await context.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== base) elsewhere.push(request.url());
    });

    await page.goto(`${base}/s/gatine/`);
    expect(await page.locator('h1').textContent()).toBe('Les Bons Plans de Gâtine');
    expect(await page.locator('figure.map a').count()).toBe(2);
    await expectAccessible(page, 'home');
    await page.getByRole('link', { name: 'Voir les producteurs' }).click();
    await page.waitForURL(`${base}/s/gatine/producteurs`);
    await expectAccessible(page, 'producers');
    await page.getByRole('link', { name: 'La Chèvrerie des Brandes' }).click();
    await page.waitForURL(`${base}/s/gatine/producteurs/la-chevrerie-des-brandes`);
    expect(await page.locator('li.offer .title').allTextContents()).toEqual(['Une bûchette offerte']);
    await expectAccessible(page, 'a producer');
    expect(await page.getByRole('link', { name: 'Itinéraire' }).getAttribute('href')).toBe('https://www.openstreetmap.org/directions?to=46.61%2C-0.5');
    // nothing wider than the phone, and nothing fetched from elsewhere (fonts, maps, trackers)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    expect(elsewhere).toEqual([]);
    await context.close();
  });
});
