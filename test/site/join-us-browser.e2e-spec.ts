import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.js';
import { hasChromium, sharedChromium, PHONE, signInInBrowser } from '../support/browser.js';
import { closedPort, FakeSmtp } from '../support/fake-smtp.js';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

describe.skipIf(!hasChromium)('joining on a phone: the form on the site, the coordinator accepts, the invitation arrives (headless Chromium)', () => {
  let t: TestApp;
  let smtp: FakeSmtp;
  let base: string;
  let browser: Browser;
  let territoryId: string;
  let coordinator: Member;

  beforeAll(async () => {
    smtp = new FakeSmtp(await closedPort());
    await smtp.start();
    t = await startTestApp({ smtpUrl: smtp.url });
    territoryId = (await factories(t).territory({ name: 'Les Bons Plans de Gâtine', slug: 'gatine', languages: ['fr', 'en'] })).id;
    await factories(t).producer(territoryId);
    coordinator = await t.member(territoryId, 'coordinator');
    base = await t.listen();
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await smtp?.stop();
  });

  it('a farmer asks on the site, corrects a field; the coordinator accepts in the member pages; the invitation is mailed', async () => {
    const farmer = await browser.newContext({ ...PHONE, locale: 'fr-FR' });
    const form = await farmer.newPage();
    await form.goto(`${base}/s/gatine/`);
    await form.getByRole('link', { name: 'Demander à nous rejoindre' }).first().click();
    await form.waitForURL(`${base}/s/gatine/rejoindre`);
    await expectAccessible(form, 'the join form');
    await form.getByLabel('Producteur (ferme, atelier, cave…)').check();
    await form.getByLabel('Nom de votre activité').fill('La Cidrerie du Thouet');
    await form.getByLabel('Code postal').fill('7920');
    await form.getByLabel('Commune').fill('Parthenay');
    await form.getByLabel('Votre nom').fill('Luc Moreau');
    await form.getByLabel('E-mail').fill('luc@cidrerie.test');
    await form.getByLabel('Ce que vous proposez').fill('Cidre et jus de pomme, visite du pressoir.');
    await form.getByLabel('J’accepte que l’association me recontacte au sujet de cette demande.').check();
    await form.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByLabel('Code postal').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Nom de votre activité').inputValue()).toBe('La Cidrerie du Thouet');
    await expectAccessible(form, 'the join form with a wrong field');
    await form.getByLabel('Code postal').fill('79200');
    await form.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await form.waitForURL(`${base}/s/gatine/rejoindre/merci`);
    expect(await form.getByRole('status').textContent()).toContain('Votre demande est envoyée.');
    await farmer.close();

    const office = await browser.newContext({ ...PHONE, locale: 'fr-FR' });
    const page = await office.newPage();
    await signInInBrowser(page, base, coordinator.email, 'fr', `/app/coordinator/${territoryId}`);
    await page.getByRole('link', { name: 'Demandes d’adhésion', exact: true }).click();
    await expectAccessible(page, 'the join requests');
    await page.getByRole('link', { name: 'La Cidrerie du Thouet' }).click();
    await expectAccessible(page, 'a join request');
    await page.getByRole('button', { name: 'Accepter et inviter' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('luc@cidrerie.test');
    const mail = await smtp.waitForMailTo('luc@cidrerie.test');
    expect(mail.text).toMatch(/\/app\/invitations\/[A-Za-z0-9_-]{43}/);
    await office.close();
  });
});
