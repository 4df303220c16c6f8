import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanCounter } from '#insights';
import { hasNginx, startNginx, type RunningNginx } from '../support/nginx.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { touristWorld } from '../pages/tourist-fixture.js';

/** A page kept two seconds: long enough to be served from the cache on a loaded machine, short enough to go stale in the test. */
const FRESH_SECONDS = 2;

/**
 * The compose file's proxy settings (deploy/nginx) run by a real nginx in front of two instances on
 * one database, as `docker compose up` runs them in front of the replicas.
 */
describe.skipIf(!hasNginx)(
  'nginx in front of two instances: tourist pages from its cache, counted by their beacon, served while the instances are away',
  () => {
    let a: TestApp;
    let b: TestApp;
    let proxy: RunningNginx;
    let world: Awaited<ReturnType<typeof touristWorld>>;
    let stopped = false;
    beforeAll(async () => {
      a = await startTestApp({ sharedCacheSeconds: FRESH_SECONDS, trustProxy: true });
      b = await startTestApp({ sharedCacheSeconds: FRESH_SECONDS, trustProxy: true }, a);
      world = await touristWorld(a);
      proxy = await startNginx([(await a.listen()).slice('http://'.length), (await b.listen()).slice('http://'.length)]);
    });
    afterAll(async () => {
      await proxy?.stop();
      if (!stopped) for (const instance of [b, a]) await instance?.close();
    });

    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${proxy.url}${path}`, { headers: { 'accept-language': 'fr', ...headers } });
    const openings = async () => {
      for (const instance of [a, b]) await instance.app.get(ScanCounter).flush();
      const [row] = await a.dataSource.query(`SELECT coalesce(sum(count), 0)::int AS n FROM scans WHERE accommodation_id = $1`, [world.gite.id]);
      return row.n as number;
    };

    it('a second opening of a page is served by nginx, and each opening is counted once, by its beacon', async () => {
      const page = `/v/${world.gite.code}?qr=1`;
      const first = await get(page);
      expect(first.status, await proxy.log()).toBe(200);
      expect(first.headers.get('x-cache-status')).toBe('MISS');
      expect(await first.text()).toContain('Gîte des Tilleuls');
      const second = await get(page);
      expect(second.headers.get('x-cache-status')).toBe('HIT');
      expect(await second.text()).toContain('Gîte des Tilleuls');
      // neither the instance that served the first nor the cache that served the second counted them: their beacons do
      expect(await openings()).toBe(0);
      for (let opening = 0; opening < 2; opening++) {
        const beacon = await get(`/o/v/${world.gite.code}?qr=1&lang=fr`);
        expect(beacon.status).toBe(204);
        expect(beacon.headers.get('x-cache-status')).not.toBe('HIT');
      }
      expect(await openings()).toBe(2);
    });

    it('a member’s request is never answered from the cache', async () => {
      const page = `/v/${world.gite.code}`;
      await get(page);
      expect((await get(page)).headers.get('x-cache-status')).toBe('HIT');
      expect((await get(page, { cookie: 'tp_session=x' })).headers.get('x-cache-status')).toBe('BYPASS');
      expect((await get(page, { authorization: `Bearer ${a.adminToken}` })).headers.get('x-cache-status')).toBe('BYPASS');
    });

    it('with both instances stopped, a page it holds is still served, stale, rather than an error', async () => {
      const page = `/v/${world.gite.code}?qr=1`;
      await get(page);
      stopped = true;
      for (const instance of [b, a]) await instance.close();
      const served: string[] = [];
      await expect
        .poll(
          async () => {
            const response = await get(page);
            served.push(`${response.status} ${response.headers.get('x-cache-status')}`);
            return served.at(-1);
          },
          { timeout: (FRESH_SECONDS + 4) * 1000, interval: 200 },
        )
        .toMatch(/^200 (STALE|UPDATING)$/);
      expect(
        served.every((answer) => answer.startsWith('200 ')),
        served.join(', '),
      ).toBe(true);
    });
  },
);
