/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.js';
import { hasChromium, sharedChromium, PHONE, signInInBrowser } from '../support/browser.js';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

describe.skipIf(!hasChromium)('a coordinator on a phone: reviews, members, the territory (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  let coordinator: Member;
  let territoryId: string;
  let producerId: string;
  let accommodationId: string;
  let accommodationCode: string;
  let refusedId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine', offersNeedReview: true })).id;
    const accommodation = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' });
    accommodationId = accommodation.id;
    accommodationCode = accommodation.code;
    producerId = (await make.producer(territoryId, { name: 'Chèvrerie des Brandes', categories: ['dairy_cheese'] })).id;
    for (const title of ['Fromage offert', 'Visite gratuite']) {
      const offer = await make.offer(producerId, { title: { fr: title, en: title }, kind: 'gift', value: null, validFrom: '2020-01-01', validTo: null });
      await t.http().post(`/api/v1/offers/${offer.id}/submit`).expect(200);
      if (title === 'Visite gratuite') refusedId = offer.id;
    }
    coordinator = await t.member(territoryId, 'coordinator');
    base = await t.listen();
    browser = await sharedChromium();
    page = await (await browser.newContext({ ...PHONE, locale: 'fr-FR' })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('signs in, approves a pending offer (then visitors see it) and refuses another with a reason', async () => {
    await signInInBrowser(page, base, coordinator.email, 'fr');

    await page.getByRole('link', { name: 'Coordination', exact: true }).click();
    await page.waitForURL(`${base}/app/coordinator/${territoryId}`);
    await expectAccessible(page, 'coordination overview');
    await page.getByRole('link', { name: 'Offres à relire', exact: true }).click();
    await page.waitForURL(/\/reviews$/);
    await expectAccessible(page, 'offers to review');

    await page.getByRole('button', { name: 'Approuver — Fromage offert' }).click();
    await page.waitForURL(/\/reviews\?done=approved$/);
    expect(await page.getByRole('status').textContent()).toBe('L’offre est publiée.');
    expect(await page.locator('article h2').allTextContents()).toEqual(['Visite gratuite']);

    // Refused without a reason: asked for one, beside its field.
    await page.getByRole('button', { name: 'Refuser — Visite gratuite' }).click();
    await expect.poll(() => page.locator(`#reason-${refusedId}-error`).textContent()).toBe('Indiquez le motif du refus : le producteur le lira.');
    await expectAccessible(page, 'a refusal without its reason');
    await page.getByLabel('Motif du refus (montré au producteur) — Visite gratuite').fill('Précisez les jours de visite.');
    await page.getByRole('button', { name: 'Refuser — Visite gratuite' }).click();
    await page.waitForURL(/\/reviews\?done=refused$/);
    expect(await page.getByText('Aucune offre n’attend de relecture.').count()).toBe(1);

    await page.goto(`${base}/v/${accommodationCode}`);
    const shown = await page.locator('li.offer').allTextContents();
    expect(shown.join(' ')).toContain('Fromage offert');
    expect(shown.join(' ')).not.toContain('Visite gratuite');
    expect((await t.dataSource.query(`SELECT review_note FROM offers WHERE id = $1`, [refusedId]))[0].review_note).toBe('Précisez les jours de visite.');
  });

  it('the membership list reads well on a phone: each member a card, a payment with its receipt, its cancelling folded away', async () => {
    const year = new Date().getFullYear();
    await t
      .http()
      .put(`/api/v1/territories/${territoryId}/membership/terms`)
      .send({
        yearStartsMonth: 1,
        producerFeeCents: 3000,
        hostFeeCents: 2000,
        charter: { fr: 'Je m’engage à accueillir les visiteurs du pass.' },
        paymentInstructions: { fr: 'Chèque à l’ordre de l’association.' },
        lapsedPolicy: 'flag',
        graceDays: 60,
      })
      .expect(200);
    await t
      .http()
      .post(`/api/v1/territories/${territoryId}/membership/payments`)
      .send({
        year,
        memberKind: 'producer',
        memberId: producerId,
        method: 'cheque',
        paidOn: `${year}-01-15`,
        amountCents: 3000,
        reference: 'Chèque n° 1234567',
      })
      .expect(201);
    await page.goto(`${base}/app/coordinator/${territoryId}/membership`);
    await expectAccessible(page, 'membership');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    expect(await page.getByRole('cell', { name: 'Choisir Chèvrerie des Brandes' }).isVisible()).toBe(true);
    expect(await page.locator('details button[type=submit]').first().isVisible()).toBe(false);
  });

  it('the other pages of the section read well on a phone, a settings form with an error included', async () => {
    const at = (rest: string) => `${base}/app/coordinator/${territoryId}${rest}`;
    for (const [rest, name] of [
      ['/members', 'members'],
      ['/producers', 'producers'],
      ['/producers/new', 'new producer'],
      [`/producers/${producerId}`, 'producer'],
      ['/accommodations', 'accommodations'],
      ['/accommodations/new', 'new accommodation'],
      [`/accommodations/${accommodationId}`, 'accommodation'],
      ['/brochure', 'brochure'],
      ['/print-check', 'check before printing'],
      ['/audit', 'audit trail'],
    ]) {
      await page.goto(at(rest));
      await expectAccessible(page, name);
    }

    await page.goto(at('/members/invite'));
    await expectAccessible(page, 'invitation');
    await page.getByLabel('Adresse e-mail').fill('marie@ferme.test');
    await page.getByLabel('Rôle').selectOption('host');
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect.poll(() => page.locator('#f-accommodationIds-error').textContent()).toBe('Choisissez au moins un hébergement.');
    await page.getByLabel('Gîte des Tilleuls').check();
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Invitation créée pour marie@ferme.test.');
    expect(await page.getByLabel('Lien à transmettre').inputValue()).toMatch(/invitations\//);
    await expectAccessible(page, 'invitation link');

    await page.goto(at('/settings'));
    await expectAccessible(page, 'settings');
    await page.getByLabel('Couleur principale : code').fill('vert');
    await page.getByLabel('Financeurs').fill('Région Nouvelle-Aquitaine\nDépartement des Deux-Sèvres');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.locator('#f-primaryColor-error').textContent()).toBe('Saisissez une couleur comme #2f6b3a.');
    expect(await page.getByLabel('Financeurs').inputValue()).toBe('Région Nouvelle-Aquitaine\nDépartement des Deux-Sèvres');
    await expectAccessible(page, 'settings with an error');
    await page.getByLabel('Couleur principale : code').fill('#1e5a8c');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.waitForURL(/\/settings\?done=saved$/);
    expect((await t.dataSource.query(`SELECT funders, primary_color FROM territories WHERE id = $1`, [territoryId]))[0]).toEqual({
      funders: ['Région Nouvelle-Aquitaine', 'Département des Deux-Sèvres'],
      primary_color: '#1e5a8c',
    });
  });
});
