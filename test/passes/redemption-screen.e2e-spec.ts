/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../libs/common/src/index.js';
import { hasChromium, launchChromium, PHONE } from '../support/browser.js';
import { factories } from '../support/factories.js';
import { startTestApp, TEST_PASSWORD, type Member, type TestApp } from '../support/test-app.js';

describe.skipIf(!hasChromium)('the pass on a phone, and the producer’s redemption screen (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let producer: Member;
  let pass: { code: string; id: string };
  let offerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territoryId = (await make.territory({ name: 'Gâtine' })).id as string;
    const accommodation = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' });
    const producerId = (await make.producer(territoryId, { name: 'Miellerie d’Azay' })).id as string;
    const other = (await make.producer(territoryId, { name: 'Boulangerie du Bourg' })).id as string;
    const today = todayIn('Europe/Paris');
    offerId = (await make.publishedOffer(producerId, { title: { fr: 'Pot de miel offert', en: 'Free jar of honey' }, kind: 'gift', usesPerPass: 1, validFrom: '2020-01-01' })).id as string;
    await make.publishedOffer(other, { title: { fr: 'Croissant offert', en: 'Free croissant' }, kind: 'gift', validFrom: '2020-01-01' });
    producer = await t.member(territoryId, 'producer', { producerId });
    const issued = await t.http().post('/api/v1/passes').send({ accommodationId: accommodation.id, arrival: today, departure: today, guests: 2, lang: 'en' });
    pass = issued.body;
    base = await t.listen();
    browser = await launchChromium();
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

  it('a producer opens the scanned URL, signs in, and records a use in two taps; a second use is refused', async () => {
    const context = await browser.newContext({ ...PHONE });
    const page = await context.newPage();
    await page.goto(`${base}/p/${pass.code}`);
    await page.click('#producer-open');
    await page.fill('#email', producer.email);
    await page.fill('#password', TEST_PASSWORD);
    await page.click('#producer-sign-in button[type=submit]');

    const mine = page.locator('li.pass-offer:visible');
    await expect.poll(() => mine.locator('h2').allTextContents()).toEqual(['Miellerie d’Azay']);
    await mine.getByRole('button', { name: 'Record a use' }).click();
    await page.fill('li.pass-offer:visible input.amount', '18,50');
    await mine.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => mine.locator('.result').textContent()).toContain('Use recorded.');

    const rows = await t.dataSource.query(`SELECT offer_id AS "offerId", amount_cents AS "amountCents", voided_at AS "voidedAt" FROM redemptions WHERE pass_id = $1`, [pass.id]);
    expect(rows).toEqual([{ offerId, amountCents: 1850, voidedAt: null }]);

    await mine.getByRole('button', { name: 'Record a use' }).click();
    await mine.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => mine.locator('.result').textContent()).toBe('This offer has already been used as many times as allowed with this pass.');
    expect((await t.dataSource.query(`SELECT count(*)::int FROM redemptions WHERE pass_id = $1`, [pass.id]))[0].count).toBe(1);

    // Signed in on this phone: the next scanned pass opens straight on the redemption screen.
    await page.reload();
    await expect.poll(() => page.locator('li.pass-offer:visible h2').allTextContents()).toEqual(['Miellerie d’Azay']);
    expect(await page.locator('#producer-sign-in').isVisible()).toBe(false);
    await context.close();
  });
});
