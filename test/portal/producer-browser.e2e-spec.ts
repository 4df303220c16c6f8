/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { expectAccessible } from '../support/accessibility.js';
import { hasChromium, sharedChromium, PHONE, signInInBrowser } from '../support/browser.js';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

describe.skipIf(!hasChromium)('a producer on a phone: its offers, its business, recording a use (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  let producer: Member;
  let producerId: string;
  let accommodationCode: string;
  let pass: { code: string; id: string };

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territoryId = (await make.territory({ name: 'Gâtine' })).id;
    const accommodation = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' });
    accommodationCode = accommodation.code;
    producerId = (await make.producer(territoryId, { name: 'Chèvrerie des Brandes', categories: ['dairy_cheese'] })).id;
    await make.publishedOffer(producerId, {
      title: { fr: 'Remise sur les fromages', en: 'Off cheeses' },
      kind: 'percent_off',
      value: 10,
      validFrom: '2020-01-01',
      validTo: null,
    });
    producer = await t.member(territoryId, 'producer', { producerId });
    const today = todayIn('Europe/Paris');
    pass = (
      await t.http().post('/api/v1/passes').send({ accommodationId: accommodation.id, arrival: today, departure: today, guests: 2, lang: 'fr' }).expect(201)
    ).body;
    base = await t.listen();
    browser = await sharedChromium();
    page = await (await browser.newContext({ ...PHONE, locale: 'fr-FR' })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('signs in, changes an offer’s value (a mistake said beside the field first), and the tourist page shows the new value', async () => {
    await signInInBrowser(page, base, producer.email, 'fr');

    await page.getByRole('link', { name: 'Mes offres', exact: true }).click();
    await page.waitForURL(`${base}/app/producer/${producerId}/offers`);
    expect(await page.locator('tbody th').allTextContents()).toEqual(['Remise sur les fromages']);
    await expectAccessible(page, 'my offers');

    await page.getByRole('link', { name: 'Modifier — Remise sur les fromages' }).click();
    await expectAccessible(page, 'offer form');
    await page.getByLabel('Valeur', { exact: true }).fill('150');
    await page.getByRole('button', { name: 'Enregistrer l’offre' }).click();
    await expect.poll(() => page.locator('#f-value-error').textContent()).toBe('Saisissez un pourcentage entre 1 et 100.');
    expect(await page.getByLabel('Valeur', { exact: true }).inputValue()).toBe('150');
    await expectAccessible(page, 'offer form with an error');

    await page.getByLabel('Valeur', { exact: true }).fill('20');
    await page.getByRole('button', { name: 'Enregistrer l’offre' }).click();
    await page.waitForURL(/\/offers\?done=saved$/);
    expect(await page.getByRole('status').textContent()).toBe('Offre enregistrée.');
    expect(await page.locator('tbody td').first().textContent()).toMatch(/^−20\s%$/);

    await page.goto(`${base}/v/${accommodationCode}`);
    expect(await page.locator('li.offer .value').first().textContent()).toMatch(/^−20\s%/);
  });

  it('the other pages of the section read well on a phone: a new offer, my business', async () => {
    await page.goto(`${base}/app/producer/${producerId}/offers/new`);
    await expectAccessible(page, 'new offer');
    await page.goto(`${base}/app/producer/${producerId}`);
    await expectAccessible(page, 'my business');
    // Saturday's times typed while "closed" is still ticked: asked, not guessed.
    await page.locator('#f-hours-Sa-from1').fill('09:00');
    await page.locator('#f-hours-Sa-to1').fill('12:00');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.locator('#f-hours-Sa-error').textContent()).toContain('Ce jour est coché « Fermé » mais a des horaires');
    expect(await page.locator('.summary a').textContent()).toMatch(/^Samedi : /);
    expect(await page.locator('#f-hours-Sa-from1').inputValue()).toBe('09:00');
    await expectAccessible(page, 'my business with an error on a day');
    await page.locator('#f-hours-Sa-closed').uncheck();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.waitForURL(/\?done=saved$/);
    expect((await t.dataSource.query(`SELECT opening_hours FROM producers WHERE id = $1`, [producerId]))[0].opening_hours).toBe('Sa 09:00-12:00');
    // No page of the section is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('records a use by typing the pass code, then voids it', async () => {
    await page.getByRole('link', { name: 'Enregistrer un usage' }).click();
    await page.waitForURL(`${base}/app/producer/${producerId}/redeem`);
    await expectAccessible(page, 'record a use');
    await page.getByLabel('Code du pass').fill(pass.code.toUpperCase());
    await page.getByRole('button', { name: 'Ouvrir le pass' }).click();
    await page.waitForURL(`${base}/app/producer/${producerId}/redeem/${pass.code}`);
    await expectAccessible(page, 'the pass');
    await page.getByLabel('Montant des achats (€, facultatif)').fill('12,40');
    await page.getByRole('button', { name: 'Enregistrer « Remise sur les fromages »' }).click();
    await page.waitForURL(/\/uses\/[0-9a-f-]{36}$/);
    expect(await page.locator('h1').textContent()).toBe('Utilisation enregistrée');
    await expectAccessible(page, 'use recorded');
    expect(await t.dataSource.query(`SELECT amount_cents AS "amountCents", voided_at AS "voidedAt" FROM redemptions WHERE pass_id = $1`, [pass.id])).toEqual([
      { amountCents: 1240, voidedAt: null },
    ]);

    await page.getByRole('button', { name: 'Annuler cette utilisation' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Utilisation annulée');
    expect((await t.dataSource.query(`SELECT voided_at AS "voidedAt" FROM redemptions WHERE pass_id = $1`, [pass.id]))[0].voidedAt).not.toBeNull();
  });
});
