import { afterAll, beforeAll, describe, expect, inject, it, vi, type MockInstance } from 'vitest';
import { PinoNestLogger, todayIn } from '#common';
import { touristWorld } from '../pages/tourist-fixture.js';
import { startDatabaseProxy, type DatabaseProxy } from '../support/database-proxy.js';
import { signedInAgent, type PortalAgent } from '../support/portal.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

/** Counts are written every 2 s: a few flushes' worth. */
const WRITTEN = { timeout: 8_000, interval: 100 };

describe('while PostgreSQL is away', () => {
  let proxy: DatabaseProxy;
  let t: TestApp;
  let world: Awaited<ReturnType<typeof touristWorld>>;
  let producer: Member;
  let portal: PortalAgent;
  let producerCode: string;
  let errors: MockInstance<PinoNestLogger['error']>;
  let infos: MockInstance<PinoNestLogger['log']>;

  beforeAll(async () => {
    proxy = await startDatabaseProxy(inject('databaseServerUrl'));
    t = await startTestApp({}, undefined, (url) => proxy.route(url));
    world = await touristWorld(t);
    producer = await t.member(world.territoryId, 'producer', { producerId: world.producers.azay.id });
    portal = await signedInAgent(t, producer.email);
    producerCode = world.producers.azay.code;
  });
  afterAll(async () => {
    await proxy.restore();
    await t.close();
    await proxy.close();
  });

  const gitePage = (query = '?qr=1') => t.anonymous().get(`/v/${world.gite.code}${query}`);
  const scans = async () =>
    Number((await t.dataSource.query(`SELECT coalesce(sum(count), 0) AS n FROM scans WHERE accommodation_id = $1`, [world.gite.id]))[0].n);
  const honeyViews = async () =>
    Number((await t.dataSource.query(`SELECT coalesce(sum(count), 0) AS n FROM offer_views WHERE offer_id = $1`, [world.offers.honey.id]))[0].n);

  it('answers 503 on the API, serves the tourist pages opened before, counts them, and is back within a second of PostgreSQL', async () => {
    await gitePage().expect(200);
    await t.anonymous().get(`/f/${producerCode}`).expect(200);
    await t.anonymous().get('/api/v1/producers').expect(200);
    const today = todayIn('Europe/Paris');
    const passCode = (
      await t.http().post('/api/v1/passes').send({ accommodationId: world.gite.id, arrival: today, departure: today, guests: 2, lang: 'en' }).expect(201)
    ).body.code as string;
    await t.anonymous().get(`/p/${passCode}`).expect(200);
    errors = vi.spyOn(PinoNestLogger.prototype, 'error');
    infos = vi.spyOn(PinoNestLogger.prototype, 'log');

    await proxy.cut();

    // The API: a public route and a signed-in one, in the one error shape, with a time to come back.
    for (const response of [await t.anonymous().get('/api/v1/producers'), await t.as(producer.token).get('/api/v1/me')]) {
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: expect.stringMatching(/database/) });
    }
    await t.anonymous().get('/health/ready').expect(503);

    // The member pages: a page that says so, not a 500.
    const memberPage = await portal.get('/app');
    expect(memberPage.status).toBe(503);
    expect(memberPage.headers['retry-after']).toBe('5');
    expect(memberPage.text).toContain('Service momentanément indisponible');

    // The tourist pages already shown: served as they were, and counted.
    for (let i = 0; i < 3; i += 1) {
      const page = await gitePage();
      expect(page.status).toBe(200);
      expect(page.text).toContain('Gîte des Tilleuls');
      expect(page.text).toContain('10 % sur le miel');
    }
    const filtered = await gitePage('?category=honey');
    expect(filtered.status, 'a filter never applied before falls back on the whole list').toBe(200);
    expect((await t.anonymous().get(`/f/${producerCode}`)).text).toContain('Miellerie d’Azay');

    // A page never shown: a short word in the reader's language, never a 500.
    const german = await gitePage('?lang=de');
    expect(german.status).toBe(503);
    expect(german.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(german.headers['retry-after']).toBe('5');
    expect(german.text).toContain('<html lang="de">');
    expect(german.text).toContain('Versuchen Sie es gleich noch einmal');
    expect((await t.anonymous().get(`/f/${world.producers.parthenay.code}`)).status).toBe(503);

    // A pass: no page to stand in for it, but a 503, not "no such pass".
    expect((await t.anonymous().get(`/p/${passCode}`)).status).toBe(503);

    // One error line for the whole outage, no stack per request.
    expect(errors.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringMatching(/^database unreachable \(.+\): answering 503 until it is back$/),
    ]);

    await proxy.restore();
    const restored = Date.now();
    await expect.poll(async () => (await t.anonymous().get('/api/v1/producers')).status, { timeout: 1_000, interval: 10 }).toBe(200);
    const recoveryMs = Date.now() - restored;
    console.info(`API answering 200 again ${recoveryMs} ms after PostgreSQL came back`);
    expect(recoveryMs).toBeLessThan(1_000);
    await t.as(producer.token).get('/api/v1/me').expect(200);
    await portal.get('/app').expect(200);
    await t.anonymous().get(`/p/${passCode}`).expect(200);
    await expect
      .poll(() => infos.mock.calls.filter(([message]) => /^database back after/.test(String(message))).length, { timeout: 2_000, interval: 20 })
      .toBe(1);

    // Every opening, before and during the outage, is written once the database is back.
    await expect.poll(scans, WRITTEN).toBe(5);
    // 1 + 3 openings of the gîte's page (the filtered one counts no view) and 2 of the producer's
    await expect.poll(honeyViews, WRITTEN).toBe(6);
    errors.mockRestore();
    infos.mockRestore();
  });

  it('does not hang on a server out of reach: the API answers 503 after the connection timeout, then the cached pages come at once', async () => {
    await gitePage().expect(200);
    await proxy.cut('silence');
    try {
      let started = Date.now();
      const response = await t.anonymous().get('/api/v1/producers');
      expect(response.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(8_000);
      started = Date.now();
      const page = await gitePage();
      expect(page.status).toBe(200);
      expect(page.text).toContain('Gîte des Tilleuls');
      expect(Date.now() - started).toBeLessThan(500);
    } finally {
      await proxy.restore();
    }
    await expect.poll(async () => (await t.anonymous().get('/api/v1/producers')).status, { timeout: 2_000, interval: 20 }).toBe(200);
  });
});
