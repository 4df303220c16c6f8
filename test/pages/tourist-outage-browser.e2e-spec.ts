/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, sharedChromium, PHONE } from '../support/browser.js';
import { startDatabaseProxy, type DatabaseProxy } from '../support/database-proxy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { touristWorld } from './tourist-fixture.js';

describe.skipIf(!hasChromium)('a phone that saw the page keeps it when the server cannot reach its database (headless Chromium)', () => {
  let proxy: DatabaseProxy;
  let first: TestApp;
  let restarted: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    proxy = await startDatabaseProxy(inject('databaseServerUrl'));
    first = await startTestApp({}, undefined, (url) => proxy.route(url));
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await proxy.restore();
    await browser?.close();
    await restarted?.close();
    await first.close();
    await proxy.close();
  });

  it('an instance that never rendered the page answers 503; the service worker shows the copy the phone kept', async () => {
    const world = await touristWorld(first);
    const base = await first.listen();
    const context = await browser.newContext({ ...PHONE, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${base}/v/${world.gite.code}`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // The server restarts (its memory empty) on the same address, and its database goes away.
    restarted = await startTestApp({}, first, (url) => proxy.route(url));
    // the phone keeps its connections open: the first instance lets them go at once, as a stopped server would
    first.app.getHttpServer().closeAllConnections();
    await first.app.getHttpAdapter().close();
    await restarted.listen(Number(new URL(base).port));
    await proxy.cut();
    expect((await fetch(`${base}/v/${world.gite.code}`)).status).toBe(503);

    const response = await page.reload();
    expect(response?.status()).toBe(200);
    expect(await page.locator('li.producer h2').allTextContents()).toEqual(['Miellerie d’Azay', 'Fromagerie de Parthenay', 'Ferme de Ménigoute']);
    await context.close();
  }, 90_000);
});
