import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, todayIn } from '#common';
import { MIGRATIONS } from '#database';
import { createApp } from '../../apps/api/src/app.factory.js';
import { prepareDatabase } from '../../apps/api/src/prepare-database.js';
import { freshEmptyDatabase } from '../support/database-server.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';
import { touristWorld } from '../pages/tourist-fixture.js';

/** Another instance hears a change through PostgreSQL NOTIFY: milliseconds, bounded here at a second. */
const ANNOUNCED = { timeout: 1_000, interval: 10 };

const CSV = [
  'Référence;Nom;Adresse;Code postal;Commune;Latitude;Longitude;Téléphone;E-mail;Catégories;Horaires;Description FR;Description EN',
  'SIT-1;Le Moulin;Chemin du Côteau;79200;Parthenay;46,6486;-0,2472;;;Miel;;;',
  'SIT-2;Ferme de la Forêt;La Forêt;79130;Secondigny;46.6097;-0.4147;;;Dairy & cheese;;;',
  'SIT-3;Les Œufs de Gâtine;2 rue Haute;79310;Mazières-en-Gâtine;46,73;-0,3208;;;Volailles;;;',
].join('\r\n');

/**
 * Three API instances on one database, as behind a load balancer: everything they share is in
 * PostgreSQL (content versions and their notifications, throttles, idempotency keys, advisory
 * locks), so none of them keeps what another must know.
 */
describe('several API instances on one database', { timeout: 60_000 }, () => {
  let a: TestApp;
  let b: TestApp;
  let c: TestApp;
  let world: Awaited<ReturnType<typeof touristWorld>>;
  beforeAll(async () => {
    a = await startTestApp({ trustProxy: true });
    [b, c] = await Promise.all([startTestApp({ trustProxy: true }, a), startTestApp({ trustProxy: true }, a)]);
    world = await touristWorld(a);
  });
  afterAll(async () => {
    for (const instance of [c, b, a]) await instance?.close();
  });

  it('a change made through one instance shows on the pages the others had cached, as soon as they hear it announced', async () => {
    const page = (instance: TestApp) =>
      instance
        .anonymous()
        .get(`/v/${world.gite.code}`)
        .then((response) => response.text);
    for (const instance of [b, c]) expect(await page(instance)).toContain('10 % sur le miel');
    await a
      .http()
      .patch(`/api/v1/offers/${world.offers.honey.id}`)
      .send({ title: { fr: '15 % sur le miel de printemps', en: '15% off spring honey' }, value: 15 })
      .expect(200);
    for (const instance of [b, c]) await expect.poll(() => page(instance), ANNOUNCED).toContain('15 % sur le miel de printemps');
  });

  it('failed sign-ins from one address are counted across the instances: five in all, not five each', async () => {
    const coordinator = await a.member(world.territoryId, 'coordinator');
    const instances = [a, b, c, a, b, c, a, b, c];
    const statuses = await Promise.all(
      instances.map((instance, i) =>
        instance
          .anonymous()
          .post('/api/v1/auth/login')
          .set('x-forwarded-for', '198.51.100.7')
          .send({ email: coordinator.email, password: `guess-${i}` })
          .then((response) => response.status),
      ),
    );
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(4);
    const owner = await c
      .anonymous()
      .post('/api/v1/auth/login')
      .set('x-forwarded-for', '198.51.100.7')
      .send({ email: coordinator.email, password: TEST_PASSWORD });
    expect(owner.status).toBe(429);
  });

  it('one Idempotency-Key sent to three instances at once makes one pass, and each answers it', async () => {
    const key = randomUUID();
    const today = todayIn('Europe/Paris');
    const stay = { accommodationId: world.gite.id, arrival: today, departure: today, guests: 5, lang: 'de' };
    // one host's retries, whichever instance the load balancer picks
    const answers = await Promise.all([a, b, c].map((instance) => instance.as(a.adminToken).post('/api/v1/passes').set('idempotency-key', key).send(stay)));
    expect(answers.map((answer) => answer.status).sort(), JSON.stringify(answers.map((answer) => answer.body))).toEqual([200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.body.code)).size).toBe(1);
    const [{ count }] = await a.dataSource.query(`SELECT count(*)::int FROM passes WHERE accommodation_id = $1 AND guests = 5`, [world.gite.id]);
    expect(count).toBe(1);
  });

  it('one spreadsheet imported through two instances at once creates each record once, under the territory’s advisory lock', async () => {
    const territoryId = (await a.http().post('/api/v1/territories').send({ name: 'Gâtine importée' }).expect(201)).body.id;
    const post = (instance: TestApp) =>
      instance.http().post(`/api/v1/territories/${territoryId}/imports/producers`).set('content-type', 'text/csv').send(`\uFEFF${CSV}\r\n`);
    const answers = await Promise.all([post(a), post(b)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.map((answer) => `${answer.body.created} ${answer.body.unchanged}`).sort()).toEqual(['0 3', '3 0']);
    const [{ count }] = await a.dataSource.query(`SELECT count(*)::int FROM producers WHERE territory_id = $1`, [territoryId]);
    expect(count).toBe(3);
  });

  it('two instances starting at once on an empty database both start, migrated once', async () => {
    const database = await freshEmptyDatabase();
    const config = a.config;
    const logger = createLogger('silent');
    const apps = await Promise.all([createApp(config, database.url, logger), createApp(config, database.url, logger)]);
    try {
      const prepared = await Promise.allSettled(apps.map((app) => prepareDatabase(app, config, logger)));
      expect(prepared.map((result) => (result.status === 'rejected' ? String(result.reason) : 'ready'))).toEqual(['ready', 'ready']);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
        expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => new migration().name));
      } finally {
        await client.end();
      }
    } finally {
      for (const app of apps) await app.close();
      await database.drop();
    }
  });
});
