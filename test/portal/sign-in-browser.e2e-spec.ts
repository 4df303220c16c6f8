/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.js';
import { hasChromium, sharedChromium, PHONE } from '../support/browser.js';
import { factories } from '../support/factories.js';
import { startTestApp, TEST_PASSWORD, type Member, type TestApp } from '../support/test-app.js';

describe.skipIf(!hasChromium)('signing in from a phone (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let coordinator: Member;

  beforeAll(async () => {
    t = await startTestApp();
    const territoryId = (await factories(t).territory({ name: 'Gâtine' })).id;
    coordinator = await t.member(territoryId, 'coordinator');
    base = await t.listen();
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('a mistyped password is said beside its field; then the member signs in, switches to English and signs out', async () => {
    const page = await (await browser.newContext({ ...PHONE, locale: 'fr-FR' })).newPage();
    await page.goto(`${base}/app`);
    expect(new URL(page.url()).pathname).toBe('/app/sign-in');
    await expectAccessible(page, 'sign-in');
    await page.getByLabel('Adresse e-mail').fill(coordinator.email);
    await page.getByLabel('Mot de passe').fill('pas le bon');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.locator('#f-password-error').textContent()).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe(coordinator.email);
    await expectAccessible(page, 'sign-in with an error');

    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${base}/app`);
    expect(await page.locator('h1').textContent()).toContain('Bonjour');
    await expectAccessible(page, 'home');

    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/app\/sign-in\?done=signed-out/);
    expect(await page.getByRole('status').textContent()).toBe('You are signed out.');
  });

  it('the accessibility check itself fails on a field without a label (so its passes mean something)', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.setContent('<!doctype html><html lang="fr"><title>x</title><main><input type="text"></main></html>');
    await expect(expectAccessible(page, 'a bad page')).rejects.toThrow(/label/);
  });
});
