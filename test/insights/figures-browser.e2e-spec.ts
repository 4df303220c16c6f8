/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.js';
import { hasChromium, sharedChromium, PHONE, signInInBrowser } from '../support/browser.js';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

describe.skipIf(!hasChromium)('figures pages on a phone (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let producer: Member;
  let producerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territoryId = (await make.territory()).id;
    producerId = (await make.producer(territoryId)).id;
    producer = await t.member(territoryId, 'producer', { producerId });
    base = await t.listen();
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('a producer reaches its figures from the menu, changes the period, and a wrong period is said beside its field', async () => {
    const page = await (await browser.newContext({ ...PHONE, locale: 'en-GB' })).newPage();
    await signInInBrowser(page, base, producer.email, 'en');
    await page.getByRole('link', { name: 'Figures' }).click();
    await page.waitForURL(`${base}/app/producer/${producerId}/figures`);
    expect(await page.locator('h1').textContent()).toBe('My figures');
    expect(await page.getByRole('img', { name: 'Uses of offers per week' }).count()).toBe(1);
    await expectAccessible(page, 'producer figures');

    await page.getByLabel('From').fill('2026-05-01');
    await page.getByLabel('To').fill('2026-04-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => page.locator('#f-to-error').textContent()).toBe('To must not be before from.');
    await expectAccessible(page, 'producer figures with an error');
  });
});
