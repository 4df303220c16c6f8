import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '#common';
import { LastGoodPages } from '../../apps/api/src/pages/last-good-pages.js';
import { PageCache } from '../../apps/api/src/pages/page-cache.js';
import { SiteAnswers } from '../../apps/site/src/site-answers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { touristWorld } from './tourist-fixture.js';

/** Room for two or three accommodation pages, each in every encoding: the cache must drop pages as tourists open others. */
const BOUND = 100_000;

const SITE_HOST = 'bonsplans-gatine.test';

describe('pages kept in memory, bounded in bytes', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof touristWorld>>;
  beforeAll(async () => {
    t = await startTestApp({ pageCacheBytes: BOUND });
    world = await touristWorld(t);
    await t
      .http()
      .patch(`/api/v1/territories/${world.territoryId}`)
      .send({ domains: [SITE_HOST] })
      .expect(200);
  });
  afterAll(() => t.close());

  const addresses = LANGUAGES.flatMap((lang) => [`?lang=${lang}`, `?lang=${lang}&open=1`]);
  const open = async (query: string) => (await t.anonymous().get(`/v/${world.gite.code}${query}`).set('accept-encoding', 'br').expect(200)).text;
  // a page says when it was rendered, to the millisecond in its datetime attribute
  const withoutRenderTime = (page: string) => page.replace(/<time datetime="[^"]*">/g, '<time>');
  const minute = () => Math.floor(Date.now() / 60_000);

  it('holds no more than its bound while tourists open many pages, and serves a page it dropped again as it was', async () => {
    const cache = t.app.get(PageCache);
    // a page shows what is open this minute: the first page and its second opening are compared within one minute
    for (let attempt = 0; attempt < 2; attempt++) {
      const started = minute();
      const first = await open(addresses[0]);
      for (const address of addresses.slice(1)) {
        await open(address);
        expect(cache.bytes).toBeLessThanOrEqual(BOUND);
        expect(t.app.get(LastGoodPages).bytes).toBeLessThanOrEqual(BOUND);
      }
      expect(cache.size).toBeGreaterThan(0);
      expect(cache.size).toBeLessThan(addresses.length);
      const again = await open(addresses[0]);
      if (minute() !== started) continue;
      expect(withoutRenderTime(again)).toBe(withoutRenderTime(first));
      expect(again).not.toBe(first); // rendered anew, not kept
      return;
    }
    throw new Error('two attempts each crossed a minute');
  });

  it('the public site keeps its pages and their last good copies within the same bound, half each, and serves every page still', async () => {
    const answers = t.app.get(SiteAnswers);
    const visit = (path: string) => t.anonymous().get(path).set('host', SITE_HOST).set('accept-encoding', 'br');
    const home = await visit('/').expect(200);
    const links = [...new Set([...home.text.matchAll(/href="(\/[^"#]*)"/g)].map((match) => match[1].replaceAll('&amp;', '&')))];
    const pages = links.filter((path) => !/\.(css|js|svg|ico|png|webmanifest|xml|txt)$/.test(path));
    expect(pages.length).toBeGreaterThan(4);
    for (const path of pages) {
      expect([200, 301, 302, 308]).toContain((await visit(path)).status);
      expect(answers.rendered.bytes).toBeLessThanOrEqual(BOUND / 2);
      expect(answers.lastGood.bytes).toBeLessThanOrEqual(BOUND / 2);
    }
    expect(answers.rendered.size).toBeLessThan(pages.length);
    expect((await visit('/').expect(200)).text).toContain('Bons plans de Gâtine');
  });
});
