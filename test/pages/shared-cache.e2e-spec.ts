import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfferViewCounter, ScanCounter } from '#insights';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { touristWorld } from './tourist-fixture.js';

const SHAREABLE = /^public, max-age=0, s-maxage=30, stale-while-revalidate=30, stale-if-error=86400$/;

describe('tourist pages behind a shared cache (SHARED_CACHE_SECONDS=30): kept by it, each opening counted once by its beacon', () => {
  let behindCache: TestApp;
  let direct: TestApp;
  let world: Awaited<ReturnType<typeof touristWorld>>;
  beforeAll(async () => {
    behindCache = await startTestApp({ sharedCacheSeconds: 30 });
    // the same database served without a cache in front: pages counted when served, beacons ignored
    direct = await startTestApp({}, behindCache);
    world = await touristWorld(behindCache);
  });
  afterAll(async () => {
    await direct?.close();
    await behindCache?.close();
  });

  const openings = async (accommodationId: string) => {
    for (const t of [behindCache, direct]) await t.app.get(ScanCounter).flush();
    const [row] = await behindCache.dataSource.query(`SELECT coalesce(sum(count), 0)::int AS n FROM scans WHERE accommodation_id = $1`, [accommodationId]);
    return row.n as number;
  };
  const views = async (offerId: string) => {
    for (const t of [behindCache, direct]) await t.app.get(OfferViewCounter).flush();
    const [row] = await behindCache.dataSource.query(`SELECT coalesce(sum(count), 0)::int AS n FROM offer_views WHERE offer_id = $1`, [offerId]);
    return row.n as number;
  };

  it('an accommodation’s page may be kept by a shared cache, with its entity tag and a 304 when unchanged', async () => {
    const page = await behindCache.anonymous().get(`/v/${world.gite.code}`).expect(200);
    expect(page.headers['cache-control']).toMatch(SHAREABLE);
    expect(page.headers.vary).toBe('Accept-Language, Accept-Encoding, Cookie');
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    const again = await behindCache.anonymous().get(`/v/${world.gite.code}`).set('if-none-match', `W/${page.headers.etag}`);
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toMatch(SHAREABLE);
  });

  it('an opening served by an instance is counted by its beacon alone; one whose page came from the cache counts once too', async () => {
    const { gite } = world;
    const before = { openings: await openings(gite.id), views: await views(world.offers.honey.id) };
    // the first tourist: the page from an instance (filling the cache), then its beacon
    await behindCache.anonymous().get(`/v/${gite.code}?qr=1`).expect(200);
    expect(await openings(gite.id)).toBe(before.openings);
    const beacon = await behindCache.anonymous().get(`/o/v/${gite.code}?qr=1&lang=fr`).expect(204);
    expect(beacon.headers['cache-control']).toBe('no-store');
    expect(beacon.headers['set-cookie']).toBeUndefined();
    expect(await openings(gite.id)).toBe(before.openings + 1);
    // the second: the page from the cache, no instance sees it; only its beacon arrives
    await behindCache.anonymous().get(`/o/v/${gite.code}?qr=1&lang=en`).expect(204);
    await behindCache.anonymous().head(`/o/v/${gite.code}?qr=1&lang=en`).expect(204);
    expect(await openings(gite.id)).toBe(before.openings + 2);
    expect(await views(world.offers.honey.id)).toBe(before.views + 2);
    const rows = await behindCache.dataSource.query(
      `SELECT lang, from_qr AS "fromQr", sum(count)::int AS n FROM scans WHERE accommodation_id = $1 GROUP BY 1, 2 ORDER BY 1`,
      [gite.id],
    );
    expect(rows).toEqual([
      { lang: 'en', fromQr: true, n: 1 },
      { lang: 'fr', fromQr: true, n: 1 },
    ]);
  });

  it('a producer’s page counts its offers seen by its beacon; a territory’s page counts nothing and is shared either way', async () => {
    const { azay } = world.producers;
    const before = await views(world.offers.honey.id);
    const page = await behindCache.anonymous().get(`/f/${azay.code}`).expect(200);
    expect(page.headers['cache-control']).toMatch(SHAREABLE);
    expect(await views(world.offers.honey.id)).toBe(before);
    await behindCache.anonymous().get(`/o/f/${azay.code}?lang=fr`).expect(204);
    expect(await views(world.offers.honey.id)).toBe(before + 1);
    const territory = await behindCache.http().get(`/api/v1/territories/${world.territoryId}`).expect(200);
    for (const t of [behindCache, direct]) {
      expect((await t.anonymous().get(`/t/${territory.body.code}`).expect(200)).headers['cache-control']).toMatch(SHAREABLE);
    }
  });

  it('without a shared cache the page says no-cache and is counted when served; its beacon then counts nothing', async () => {
    const { gite } = world;
    const before = await openings(gite.id);
    const page = await direct.anonymous().get(`/v/${gite.code}`).expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.etag).toBeDefined();
    await direct.anonymous().get(`/o/v/${gite.code}?lang=fr`).expect(204);
    expect(await openings(gite.id)).toBe(before + 1);
  });

  it('what is someone’s own is kept by no cache: a pass, a page setting the language cookie, a missing page, a member’s JSON', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const pass = await behindCache
      .http()
      .post('/api/v1/passes')
      .send({ accommodationId: world.gite.id, arrival: today, departure: today, guests: 2, lang: 'fr' })
      .expect(201);
    const passPage = await behindCache.anonymous().get(`/p/${pass.body.code}`).expect(200);
    expect(passPage.headers['cache-control']).toBe('private, no-store');
    const chosen = await behindCache.anonymous().get(`/v/${world.gite.code}?lang=en`).expect(200);
    expect(chosen.headers['set-cookie']).toBeDefined();
    expect(chosen.headers['cache-control']).toBe('private, no-store');
    const missing = await behindCache.anonymous().get('/v/zzzzzzzz').expect(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    expect(missing.headers.etag).toBeUndefined();
    const member = await behindCache.http().get(`/api/v1/territories/${world.territoryId}`).expect(200);
    expect(member.headers['cache-control']).toBe('private, no-store');
  });

  it('open data feeds are kept minutes by a shared cache, served stale while the instances are away, 304 when unchanged', async () => {
    const feed = await behindCache.anonymous().get(`/api/v1/territories/${world.territoryId}/producers.geojson`).expect(200);
    expect(feed.headers['cache-control']).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=300, stale-if-error=86400');
    const again = await behindCache.anonymous().get(`/api/v1/territories/${world.territoryId}/producers.geojson`).set('if-none-match', feed.headers.etag);
    expect(again.status).toBe(304);
  });
});
