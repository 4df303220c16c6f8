import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.js';
import { hasChromium, PHONE, sharedChromium } from '../support/browser.js';
import { closedPort, FakeSmtp } from '../support/fake-smtp.js';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

describe.skipIf(!hasChromium)('a producer confirms its season on a phone from the mail alone (headless Chromium)', { timeout: 120_000 }, () => {
  let t: TestApp;
  let smtp: FakeSmtp;
  let base: string;
  let browser: Browser;
  let page: Page;
  let coordinator: Member;
  let territoryId: string;
  let producerId: string;

  beforeAll(async () => {
    smtp = new FakeSmtp(await closedPort());
    await smtp.start();
    t = await startTestApp({ smtpUrl: smtp.url });
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    coordinator = await t.member(territoryId, 'coordinator');
    producerId = (await make.producer(territoryId, { name: 'Chèvrerie des Brandes', email: 'chevrerie@test.test' })).id;
    await make.publishedOffer(producerId, { title: { fr: 'Crottin offert' }, validFrom: '2026-04-01', validTo: null });
    await make.publishedOffer(producerId, { title: { fr: 'Visite de la traite' }, kind: 'visit', value: undefined, validFrom: '2026-04-01', validTo: null });
    base = await t.listen();
    browser = await sharedChromium();
    page = await (await browser.newContext({ ...PHONE, locale: 'fr-FR' })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
    await smtp.stop();
  });

  it('opens the link of the mail, keeps one offer, drops the other, confirms; the coordinator sees it confirmed by the producer', async () => {
    const opened = await t.as(coordinator.token).post(`/api/v1/territories/${territoryId}/seasons`).send({
      name: 'Saison 2027',
      startsOn: '2027-04-01',
      endsOn: '2027-10-31',
      printDeadline: '2027-02-28',
    });
    expect(opened.status).toBe(201);
    await expect.poll(() => smtp.mails.filter((mail) => mail.to.includes('chevrerie@test.test')).length, { timeout: 20_000 }).toBe(1);
    const path = /http:\/\/terroir\.test(\/app\/season\/\S+)/.exec(smtp.mails[0].text)?.[1];
    expect(path).toBeDefined();

    await page.goto(`${base}${path}`);
    expect(await page.locator('h1').textContent()).toBe('Saison 2027 : vos bons plans');
    await expectAccessible(page, 'season page');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'nothing wider than the phone').toBeLessThanOrEqual(PHONE.viewport.width);

    await page.getByRole('region', { name: 'Crottin offert' }).getByLabel('Garder tel quel pour les nouvelles dates').check();
    await page.getByRole('region', { name: 'Visite de la traite' }).getByLabel('Arrêter').check();
    await page.getByRole('button', { name: 'Confirmer ma saison' }).click();
    await page.waitForURL(/\?done=saved$/);
    expect(await page.getByRole('status').textContent()).toBe('Merci, vos choix sont enregistrés.');
    expect(await page.getByRole('region', { name: 'Visite de la traite' }).getByLabel('Arrêter').isChecked()).toBe(true);

    const campaign = (await t.as(coordinator.token).get(`/api/v1/seasons/${opened.body.id}/campaign`).expect(200)).body;
    expect(campaign.producers[0]).toMatchObject({ confirmedVia: 'link', firstOpenedAt: expect.any(String) });
    expect(campaign.producers[0].decisions.map((d: { decision: string }) => d.decision)).toEqual(['keep', 'drop']);
  });
});
