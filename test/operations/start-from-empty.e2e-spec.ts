import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/app.factory.js';
import { prepareDatabase } from '../../apps/api/src/prepare-database.js';
import { createLogger, loadConfig } from '#common';
import { openDatabaseServer } from '#database';
import { freePort } from '../support/free-port.js';

describe('a first start on a fresh machine', () => {
  let folder: string;
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('creates the embedded PostgreSQL in an empty folder, migrates, loads the demo and answers; the data is kept for the next start', async () => {
    folder = await mkdtemp(join(tmpdir(), 'terroir-first-start-'));
    await chmod(folder, 0o755);
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: folder, EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'silent' });
    expect(config.seedDemo).toBe(true);
    const logger = createLogger('silent');

    const database = await openDatabaseServer(config, logger);
    expect(await readdir(join(folder, 'pg'))).toContain('PG_VERSION');
    const app = await createApp(config, database.url, logger);
    await prepareDatabase(app, config, logger);
    const http = () => request(app.getHttpServer());
    expect((await http().get('/health/ready')).status).toBe(200);
    const territories = await http().get('/api/v1/territories');
    expect(territories.body.total).toBe(1);
    const gatine = territories.body.items[0];
    expect(gatine.slug).toBe('gatine');
    expect((await http().get('/api/v1/producers').query({ territoryId: gatine.id })).body.total).toBe(16);

    // One demo account per role, with the default demo password.
    const tokens: Record<string, string> = {};
    for (const role of ['admin', 'coordinator', 'producer', 'host']) {
      const login = await http()
        .post('/api/v1/auth/login')
        .send({ email: `${role}@demo.test`, password: 'terroir-demo' });
      expect(login.status, role).toBe(200);
      tokens[role] = login.body.accessToken;
    }
    const coordinator = () => request.agent(app.getHttpServer()).set('authorization', `Bearer ${tokens.coordinator}`);
    expect((await coordinator().get('/api/v1/accommodations').query({ territoryId: gatine.id })).body.total).toBe(30);
    const me = await request(app.getHttpServer()).get('/api/v1/me').set('authorization', `Bearer ${tokens.host}`);
    expect(me.body.memberships).toHaveLength(1);
    expect(me.body.memberships[0]).toMatchObject({ role: 'host', territoryId: gatine.id, status: 'active' });
    expect(me.body.memberships[0].accommodationIds.length).toBeGreaterThan(1);
    // http://localhost:3000/ is the demo's public site, where the demo host agreed to list its gîtes
    const site = (path: string) => http().get(path).set('host', 'localhost:3000');
    expect((await site('/')).text).toContain('<h1>Les Bons Plans de Gâtine</h1>');
    expect((await site('/hebergements')).text.match(/<li class="producer accommodation">/g)).toHaveLength(me.body.memberships[0].accommodationIds.length);
    const offers = (await coordinator().get('/api/v1/offers').query({ territoryId: gatine.id, limit: 100 })).body;
    expect(offers.total).toBeGreaterThanOrEqual(20);
    expect(offers.total).toBeLessThanOrEqual(30);
    expect(new Set(offers.items.map((o: { kind: string }) => o.kind))).toEqual(new Set(['percent_off', 'amount_off', 'gift', 'visit', 'tasting']));
    // the check before printing has something to show on the demo, whatever the day: offers without conditions, gîtes no host runs
    const codes = (await coordinator().get(`/api/v1/territories/${gatine.id}/print-check`)).body.problems.map((p: { code: string }) => p.code);
    expect(codes).toContain('offer_no_conditions');
    expect(codes).toContain('accommodation_no_host');

    // A simulated past season, so that figures and the impact report have something to show — and it keeps every rule of a use.
    const figures = (
      await coordinator()
        .get(`/api/v1/territories/${gatine.id}/figures`)
        .query({ from: new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10) })
    ).body;
    expect(figures.passes).toBeGreaterThan(100);
    expect(figures.redemptions).toBeGreaterThan(100);
    expect(figures.scans).toBeGreaterThan(figures.passes);
    expect(figures.flow.length).toBeGreaterThan(10);
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const [broken] = await dataSource.query(`
      SELECT count(*) FILTER (WHERE r.redeemed_on NOT BETWEEN p.arrival AND p.departure) AS "outsideStay",
             count(*) FILTER (WHERE r.redeemed_on < o.valid_from OR r.redeemed_on > o.valid_to) AS "outsideOffer",
             count(*) FILTER (WHERE r.producer_id <> o.producer_id OR r.accommodation_id <> p.accommodation_id) AS "misattributed"
        FROM redemptions r JOIN passes p ON p.id = r.pass_id JOIN offers o ON o.id = r.offer_id`);
    expect(broken).toEqual({ outsideStay: '0', outsideOffer: '0', misattributed: '0' });
    const [overUsed] = await dataSource.query(
      `SELECT count(*)::int AS n FROM (SELECT r.pass_id, r.offer_id FROM redemptions r JOIN offers o ON o.id = r.offer_id WHERE r.pass_id IS NOT NULL GROUP BY r.pass_id, r.offer_id, o.uses_per_pass HAVING count(*) > o.uses_per_pass) x`,
    );
    expect(overUsed.n).toBe(0);
    // uses from the first edition's coupons too, each credited to its coupon's host and edition, within its offer's dates
    const [coupons] = await dataSource.query(`
      SELECT count(*)::int AS uses,
             count(*) FILTER (WHERE r.redeemed_on < o.valid_from OR r.accommodation_id <> c.accommodation_id OR r.edition_id <> c.edition_id)::int AS broken
        FROM redemptions r JOIN coupons c ON c.serial = r.coupon_serial JOIN offers o ON o.id = r.offer_id`);
    expect(coupons.uses).toBeGreaterThan(0);
    expect(coupons.broken).toBe(0);
    const [{ enabled }] = await dataSource.query(`SELECT tgenabled = 'O' AS enabled FROM pg_trigger WHERE tgname = 'redemptions_check'`);
    expect(enabled).toBe(true);
    await app.close();
    await database.stop();

    // A second start finds its data and does not load the demo twice.
    const again = await openDatabaseServer(config, logger);
    const app2 = await createApp(config, again.url, logger);
    await prepareDatabase(app2, config, logger);
    expect((await request(app2.getHttpServer()).get('/api/v1/territories')).body.total).toBe(1);
    await app2.close();
    await again.stop();
  }, 120_000);
});
