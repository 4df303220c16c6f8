import type { Page } from 'playwright-core';
import { CHROMIUM, hasChromium } from './chromium.js';
import { reportMissingTool } from './missing-tool.js';
import { TEST_PASSWORD } from './test-app.js';

export { CHROMIUM, hasChromium, launchChromium } from './chromium.js';

if (!hasChromium) reportMissingTool(CHROMIUM, 'the browser tests', 'apt-get install chromium');

/** A phone: the viewport of a common one, touch, and its language. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const SIGN_IN_WORDS = {
  fr: { email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter' },
  en: { email: 'E-mail address', password: 'Password', submit: 'Sign in' },
};

/**
 * Opens `path` signed out, signs in on the form it leads to as a member would, and waits to be
 * brought back to `path`. (The sign-in test drives the form itself: this is for tests about what
 * comes after.)
 */
export async function signInInBrowser(page: Page, base: string, email: string, lang: 'fr' | 'en', path = '/app'): Promise<void> {
  const words = SIGN_IN_WORDS[lang];
  await page.goto(`${base}${path}`);
  await page.getByLabel(words.email).fill(email);
  await page.getByLabel(words.password).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: words.submit }).click();
  await page.waitForURL(`${base}${path}`);
}
