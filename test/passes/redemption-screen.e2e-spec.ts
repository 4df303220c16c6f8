/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { hasChromium, sharedChromium, PHONE } from '../support/browser.js';
import { factories } from '../support/factories.js';
import { startTestApp, TEST_PASSWORD, type Member, type TestApp } from '../support/test-app.js';

describe.skipIf(!hasChromium)('the pass on a phone, and the producer recording a use from it (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let producer: Member;
  let pass: { code: string; id: string };
  let offerId: string;
  let producerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territoryId = (await make.territory({ name: 'Gâtine' })).id;
    const accommodation = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' });
    producerId = (await make.producer(territoryId, { name: 'Miellerie d’Azay' })).id;
    const other = (await make.producer(territoryId, { name: 'Boulangerie du Bourg' })).id;
    const today = todayIn('Europe/Paris');
    offerId = (
      await make.publishedOffer(producerId, {
        title: { fr: 'Pot de miel offert', en: 'Free jar of honey' },
        kind: 'gift',
        usesPerPass: 1,
        validFrom: '2020-01-01',
      })
    ).id;
    await make.publishedOffer(other, { title: { fr: 'Croissant offert', en: 'Free croissant' }, kind: 'gift', validFrom: '2020-01-01' });
    producer = await t.member(territoryId, 'producer', { producerId });
    const issued = await t.http().post('/api/v1/passes').send({ accommodationId: accommodation.id, arrival: today, departure: today, guests: 2, lang: 'en' });
    pass = issued.body;
    base = await t.listen();
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('the tourist sees the offers the pass can use, with uses left, in the pass’s language', async () => {
    const page = await (await browser.newContext({ ...PHONE })).newPage();
    await page.goto(`${base}/p/${pass.code}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('li.pass-offer h2').allTextContents()).toEqual(['Boulangerie du Bourg', 'Miellerie d’Azay']);
    expect(await page.locator('li.pass-offer .uses').first().textContent()).toBe('1 use left');
    expect(await page.locator('.validity').textContent()).toBe('Valid today');
  });

  it('a producer scans the pass, follows the link to sign in to the member pages, and records a use; a second use is refused', async () => {
    const context = await browser.newContext({ ...PHONE });
    const page = await context.newPage();
    await page.goto(`${base}/p/${pass.code}`);
    await page.getByRole('link', { name: 'Are you the producer? Record a use' }).click();
    await page.waitForURL(/\/app\/sign-in\?next=/);
    await page.getByLabel('E-mail address').fill(producer.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/app/producer/${producerId}/redeem/${pass.code}`);

    // Only this producer's offers, with the uses left.
    expect(await page.locator('main h3').allTextContents()).toEqual(['Free jar of honey']);
    await page.getByLabel('Purchase amount (€, optional)').fill('18,50');
    await page.getByRole('button', { name: 'Record “Free jar of honey”' }).click();
    await page.waitForURL(/\/uses\/[0-9a-f-]{36}$/);
    expect(await page.locator('h1').textContent()).toBe('Use recorded');

    const rows = await t.dataSource.query(
      `SELECT offer_id AS "offerId", amount_cents AS "amountCents", voided_at AS "voidedAt" FROM redemptions WHERE pass_id = $1`,
      [pass.id],
    );
    expect(rows).toEqual([{ offerId, amountCents: 1850, voidedAt: null }]);

    await page.getByRole('link', { name: 'Back to this pass' }).click();
    expect(await page.locator('main').textContent()).toContain('This offer has already been used as many times as allowed with this pass.');
    expect(await page.getByRole('button', { name: 'Record “Free jar of honey”' }).count()).toBe(0);
    expect((await t.dataSource.query(`SELECT count(*)::int FROM redemptions WHERE pass_id = $1`, [pass.id]))[0].count).toBe(1);

    // Signed in on this phone (a cookie of the member pages, no token kept by the page): the next scan goes straight to the pass.
    await page.goto(`${base}/p/${pass.code}`);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.getByRole('link', { name: 'Are you the producer? Record a use' }).click();
    await page.waitForURL(`${base}/app/producer/${producerId}/redeem/${pass.code}`);
    await context.close();
  });
});
