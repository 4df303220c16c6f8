/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, sharedChromium, PHONE } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { touristWorld } from './tourist-fixture.js';

describe.skipIf(!hasChromium)('the accommodation page on a phone (headless Chromium)', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof touristWorld>>;
  let base: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const phone = async (locale: string) => {
    const context = await browser.newContext({ ...PHONE, locale });
    contexts.push(context);
    return context;
  };

  beforeAll(async () => {
    t = await startTestApp();
    world = await touristWorld(t);
    base = await t.listen();
    browser = await sharedChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await t.close();
  });

  it('shows the nearest offers first, in French, on a 390×844 phone', async () => {
    const page = await (await phone('fr-FR')).newPage();
    await page.goto(`${base}/v/${world.gite.code}?qr=1`);
    await page.locator('li.producer').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe('Gîte des Tilleuls');
    const names = await page.locator('li.producer h2').allTextContents();
    expect(names).toEqual(['Miellerie d’Azay', 'Fromagerie de Parthenay', 'Ferme de Ménigoute']);
    const distances = await page.locator('li.producer').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.distance)));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(await page.locator('li.producer').first().locator('.distance').textContent()).toMatch(/^\d,\d\s*km$/);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('behind a shared cache, tells its own opening by a beacon: the address as opened, in the page’s language, without the cookies it holds', async () => {
    const behindCache = await startTestApp({ sharedCacheSeconds: 30 }, t);
    // its own browser context, closed before the instance it spoke to: an instance waits for the connections a browser keeps open
    const context = await browser.newContext({ ...PHONE, locale: 'fr-FR' });
    try {
      const cached = await behindCache.listen();
      await context.addCookies([{ name: 'lang', value: 'en', url: cached }]);
      const page = await context.newPage();
      const beacon = page.waitForRequest((request) => new URL(request.url()).pathname === `/o/v/${world.gite.code}`);
      await page.goto(`${cached}/v/${world.gite.code}?qr=1`);
      const sent = await beacon;
      expect(Object.fromEntries(new URL(sent.url()).searchParams)).toEqual({ qr: '1', lang: 'en' });
      expect(await sent.headerValue('cookie')).toBeNull();
      expect((await sent.response())?.status()).toBe(204);
    } finally {
      await context.close();
      await behindCache.close();
    }
  });

  it('without a shared cache in front, sends no beacon: the page was counted when served', async () => {
    const page = await (await phone('fr-FR')).newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${base}/v/${world.gite.code}?qr=1`, { waitUntil: 'networkidle' });
    expect(asked).toContain('/assets/tourist.js');
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    expect(asked.filter((path) => path.startsWith('/o/'))).toEqual([]);
  });

  it('speaks English to an English phone', async () => {
    const page = await (await phone('en-GB')).newPage();
    await page.goto(`${base}/v/${world.gite.code}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('li.offer .value').allTextContents()).toContain('€2 off from €15');
    expect(await page.getByRole('link', { name: 'Directions' }).first().getAttribute('href')).toBe(
      'https://www.openstreetmap.org/directions?to=46.6247%2C-0.3597',
    );
  });

  it('filters by category in place, without reloading', async () => {
    const page = await (await phone('fr-FR')).newPage();
    await page.goto(`${base}/v/${world.gite.code}`);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.selectOption('#category', 'dairy_cheese');
    await expect.poll(() => page.locator('li.producer:visible h2').allTextContents()).toEqual(['Fromagerie de Parthenay']);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(page.url()).toContain('category=dairy_cheese');
    await page.check('input[name=open]');
    await expect.poll(() => page.locator('li.producer:visible').count()).toBe(0);
    expect(await page.locator('.empty').isVisible()).toBe(true);
  });

  it('an offer titled <script>alert(1)</script> shows as text and runs nothing', async () => {
    const page = await (await phone('fr-FR')).newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    // every script, image and its onerror has had its turn once the network is quiet
    await page.goto(`${base}/v/${world.gite.code}`, { waitUntil: 'networkidle' });
    expect(dialogs).toBe(0);
    expect(await page.locator('li.offer .title').allTextContents()).toContain('<script>alert(1)</script><img src=x onerror=alert(2)>');
  });

  /** Waits for the service worker to hold a copy of `address` (it fetches it beside the page). */
  const keptOffline = (page: Page, address: string) =>
    expect.poll(() => page.evaluate(async (url) => (await caches.match(url, { ignoreVary: true })) !== undefined, address), { timeout: 15_000 }).toBe(true);

  it('works offline after the first visit, saying so at the top of the screen', async () => {
    const context = await phone('fr-FR');
    const page = await context.newPage();
    await page.goto(`${base}/v/${world.gite.code}?qr=1`);
    await keptOffline(page, page.url());
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('li.producer h2').allTextContents()).toEqual(['Miellerie d’Azay', 'Fromagerie de Parthenay', 'Ferme de Ménigoute']);
    const note = await page.locator('.offline-note').boundingBox();
    expect(note).not.toBeNull();
    expect(note!.y).toBeGreaterThanOrEqual(0);
    expect(note!.y + note!.height).toBeLessThanOrEqual(PHONE.viewport.height);
    expect(await page.locator('.updated time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await context.setOffline(false);
  });

  it('offline, rescanning the QR code after choosing “Miel” shows the whole list, not the honey producer alone', async () => {
    const context = await phone('fr-FR');
    const page = await context.newPage();
    const address = `${base}/v/${world.gite.code}`;
    await page.goto(`${address}?category=dairy_cheese`);
    await keptOffline(page, address);
    // under the worker's control, a filtered page (as the form sends it without JavaScript)
    await page.goto(`${address}?category=honey`);
    expect(await page.locator('li.producer h2').allTextContents()).toEqual(['Miellerie d’Azay']);
    await keptOffline(page, page.url());
    await context.setOffline(true);
    await page.goto(`${address}?qr=1`);
    expect(await page.locator('li.producer h2').allTextContents()).toEqual(['Miellerie d’Azay', 'Fromagerie de Parthenay', 'Ferme de Ménigoute']);
    await context.setOffline(false);
  });

  it('a wrong code shows a friendly page in the reader’s language', async () => {
    const page = await (await phone('en-GB')).newPage();
    const response = await page.goto(`${base}/v/zzzzzzzz`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
  });
});
