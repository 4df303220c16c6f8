import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

// The one place that finds and launches Chromium, for the browser tests and the brochure benchmark
// alike. Nothing here runs on import: the tests' report of a missing browser is test/support/browser.ts's.

/** Debian's Chromium (apt-get install chromium): never a browser download. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Headless Chromium with the flags this machine's closed network needs. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
