/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeForReaders } from '#directory';
import { expectAccessible } from '../support/accessibility.js';
import { hasChromium, sharedChromium, PHONE, signInInBrowser } from '../support/browser.js';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
const inDays = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!hasChromium)('a host on a phone (headless Chromium): edits its accommodation, downloads its brochure, issues a pass', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let host: Member;
  let accommodationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territoryId = (await make.territory({ name: 'Gâtine' })).id;
    const producerId = (await make.producer(territoryId, { name: 'Miellerie du Bocage' })).id;
    await make.publishedOffer(producerId, { validFrom: inDays(-30), validTo: inDays(60) });
    accommodationId = (await make.accommodation(territoryId, { name: 'Gîte des Tilleuls', phone: '05 49 00 00 00' })).id;
    host = await t.member(territoryId, 'host', { accommodationIds: [accommodationId] });
    base = await t.listen();
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('signs in, changes the phone (after a mistake shown beside it), downloads the A5 English brochure, issues a pass', async () => {
    const page = await (await browser.newContext({ ...PHONE, locale: 'fr-FR', acceptDownloads: true })).newPage();
    await signInInBrowser(page, base, host.email, 'fr', '/app/host');
    expect(await page.locator('h1').textContent()).toBe('Mes hébergements');
    await expectAccessible(page, 'my accommodations');

    // The accommodation's details: a phone number that is none is said beside its field, and kept.
    await page.getByRole('link', { name: 'Modifier Gîte des Tilleuls' }).click();
    await page.waitForURL(`${base}/app/host/accommodations/${accommodationId}`);
    await expectAccessible(page, 'edit the accommodation');
    await page.getByLabel('Téléphone').fill('appelez-moi');
    await page.getByRole('button', { name: 'Enregistrer l’hébergement' }).click();
    await expect.poll(() => page.locator('#f-phone-error').textContent()).toBe('Saisissez un numéro de téléphone, par exemple 05 49 12 34 56.');
    expect(await page.getByLabel('Téléphone').inputValue()).toBe('appelez-moi');
    await expectAccessible(page, 'edit the accommodation, with an error');
    await page.getByLabel('Téléphone').fill('05 49 44 44 44');
    await page.getByRole('button', { name: 'Enregistrer l’hébergement' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Hébergement enregistré.');
    expect((await t.dataSource.query(`SELECT phone FROM accommodations WHERE id = $1`, [accommodationId]))[0].phone).toBe('+33549444444');

    // The brochure, in English and A5: a PDF file, downloaded.
    await page.getByRole('link', { name: 'Retour à mes hébergements' }).click();
    await page.getByRole('link', { name: 'Brochure et carte QR de Gîte des Tilleuls' }).click();
    await page.waitForURL(`${base}/app/host/accommodations/${accommodationId}/print`);
    await expectAccessible(page, 'brochure and QR card');
    await page.getByLabel('Langue de la brochure').selectOption('en');
    await page.getByLabel('Format').selectOption('A5');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger la brochure (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe('brochure-gite-des-tilleuls-en-A5.pdf');
    const file = await readFile(await download.path());
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    // A format the brochure has not (a hand-typed address) is said beside its field.
    await page.goto(`${base}/app/host/accommodations/${accommodationId}/brochure.pdf?lang=fr&format=A3`);
    expect(await page.locator('#f-format-error').textContent()).toBe('Choisissez une des valeurs proposées.');
    await expectAccessible(page, 'brochure and QR card, with an error');

    // A pass for a stay: a departure before the arrival is refused beside it, then the pass is issued.
    await page.goto(`${base}/app/host/accommodations/${accommodationId}/passes`);
    await expectAccessible(page, 'passes, none yet');
    await page.getByLabel('Arrivée').fill(inDays(3));
    await page.getByLabel('Départ').fill(inDays(1));
    await page.getByLabel('Nombre de personnes').fill('4');
    await page.getByLabel('Langue du pass').selectOption('de');
    await page.getByRole('button', { name: 'Émettre le pass' }).click();
    await expect.poll(() => page.locator('#f-departure-error').textContent()).toBe('Le départ doit être le jour de l’arrivée ou après.');
    expect(await page.getByLabel('Nombre de personnes').inputValue()).toBe('4');
    await expectAccessible(page, 'issue a pass, with an error');
    await page.getByLabel('Départ').fill(inDays(10));
    await page.getByRole('button', { name: 'Émettre le pass' }).click();
    await page.waitForURL(/\/app\/host\/passes\/[a-z0-9]+\?done=issued$/);
    const code = /passes\/([a-z0-9]+)\?/.exec(page.url())?.[1] as string;
    expect(await page.getByRole('status').textContent()).toContain('Pass émis.');
    expect(await page.getByRole('link', { name: `http://terroir.test/p/${code}` }).count()).toBe(1);
    await expectAccessible(page, 'a pass');
    const [card] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `Imprimer la carte du pass ${codeForReaders(code)} (PDF)` }).click(),
    ]);
    expect((await readFile(await card.path())).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('link', { name: 'Retour aux pass de l’hébergement' }).click();
    expect(await page.getByRole('link', { name: `Ouvrir le pass ${codeForReaders(code)}` }).count()).toBe(1);
    await expectAccessible(page, 'passes, one issued');
  }, 60_000);
});
