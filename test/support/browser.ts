import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { CHROMIUM, hasChromium, launchChromium } from './chromium.js';
import { reportMissingTool } from './missing-tool.js';
import { TEST_PASSWORD } from './test-app.js';

export { CHROMIUM, hasChromium } from './chromium.js';

if (!hasChromium) reportMissingTool(CHROMIUM, 'the browser tests', 'apt-get install chromium');

/** On the process, not the module: the worker's one browser, whatever module registry a file gets. */
const worker = globalThis as typeof globalThis & { terroirChromium?: Promise<Browser> };

/**
 * Chromium for one test file: one browser per test worker, started by the first file that asks and
 * left to the worker's end (a launch is a second of CPU, a dozen files ask). What a file gets
 * behaves as a browser of its own: `close()` closes the contexts and pages it opened, and nothing
 * else, so no cookie or page leaks into the next file.
 */
export async function sharedChromium(): Promise<Browser> {
  let browser = await (worker.terroirChromium ??= launchChromium());
  if (!browser.isConnected()) browser = await (worker.terroirChromium = launchChromium());
  const contexts = new Set<BrowserContext>();
  const newContext = async (options?: BrowserContextOptions) => {
    const context = await browser.newContext(options);
    contexts.add(context);
    return context;
  };
  const own: Partial<Browser> = {
    newContext,
    newPage: async (options?: BrowserContextOptions) => (await newContext(options)).newPage(),
    close: async () => {
      await Promise.all([...contexts].map((context) => context.close().catch(() => undefined)));
      contexts.clear();
    },
  };
  return new Proxy(browser, {
    get(target, property, receiver) {
      if (property in own) return own[property as keyof Browser];
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

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
