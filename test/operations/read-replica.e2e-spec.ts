import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseNotifications } from '#database';
import { factories } from '../support/factories.js';
import { freePort } from '../support/free-port.js';
import { startStreamingPair, type StreamingPair } from '../../bench/streaming-pair.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HOST = 'bonsplans-replica.test';

describe('an API with a streaming read replica (DATABASE_READ_URL)', () => {
  let pair: StreamingPair;
  let t: TestApp;
  let territory: { id: string; code: string };
  let producerId: string;
  let giteCode: string;

  /** The standby's clock now: its sessions' `query_start` are compared with it. */
  const replicaNow = async () => (await pair.onReplica<{ now: string }>('SELECT clock_timestamp()::text AS now'))[0].now;
  /** Queries the app's read sessions started on the replica since `since`. */
  const replicaReadsSince = async (since: string) =>
    (
      await pair.onReplica<{ reads: number }>(
        `SELECT count(*)::int AS reads FROM pg_stat_activity WHERE application_name = 'terroir-pass-reads' AND query_start > $1::timestamptz`,
        [since],
      )
    )[0].reads;
  /** Whether answering `request` read from the replica. */
  const readOnReplica = async (request: () => Promise<unknown>) => {
    const since = await replicaNow();
    await request();
    return (await replicaReadsSince(since)) > 0;
  };

  const openData = () => t.anonymous().get(`/api/v1/territories/${territory.id}/producers.geojson`).expect(200);
  const figures = () => t.http().get(`/api/v1/territories/${territory.id}/figures`).expect(200);
  const site = (path = '/') => t.anonymous().get(path).set('host', HOST).expect(200);
  const touristPage = (code = giteCode) => t.anonymous().get(`/v/${code}`).expect(200);

  beforeAll(async () => {
    pair = await startStreamingPair(freePort);
    t = await startTestApp({ databaseReadUrl: pair.replicaUrl }, { databaseUrl: pair.primaryUrl });
    const make = factories(t);
    territory = await make.territory({ name: 'Bons plans du Lambon', languages: ['fr', 'en'], domains: [HOST] });
    producerId = (await make.producer(territory.id, { name: 'Ferme du Gué' })).id;
    await make.publishedOffer(producerId);
    giteCode = (await make.accommodation(territory.id)).code;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await pair?.close();
  });

  it('reads tourist pages, the site, open data and figures from the replica once it has replayed the changes', async () => {
    await openData(); // the first public read starts listening to the primary's notifications
    await expect.poll(() => t.app.get(DatabaseNotifications).live).toBe(true);
    await expect.poll(() => readOnReplica(openData), { timeout: 10_000 }).toBe(true);
    expect(await readOnReplica(touristPage)).toBe(true);
    expect(await readOnReplica(() => site())).toBe(true);
    await expect.poll(() => readOnReplica(figures), { timeout: 10_000 }).toBe(true);
    expect((await t.anonymous().get('/health/ready').expect(200)).body).toMatchObject({ status: 'ok', replica: { state: 'up' } });
  });

  it('shows an edit on the tourist page and the site right after its answer while the replica has not replayed it, and reads from the replica again once it has', async () => {
    await pair.onReplica('SELECT pg_wal_replay_pause()');
    await expect.poll(async () => (await pair.onReplica<{ state: string }>('SELECT pg_get_wal_replay_pause_state() AS state'))[0].state).toBe('paused');
    const since = await replicaNow();

    await t.http().patch(`/api/v1/producers/${producerId}`).send({ name: 'Ferme du Gué Fleuri' }).expect(200);
    expect((await touristPage()).text).toContain('Ferme du Gué Fleuri');
    expect((await site()).text).toContain('Ferme du Gué Fleuri');
    expect((await openData()).text).toContain('Ferme du Gué Fleuri');
    // a change made elsewhere (another instance, a command): shown once its notification is heard
    await t.dataSource.query(`UPDATE producers SET name = 'Ferme des Prés' WHERE id = $1`, [producerId]);
    await expect.poll(async () => (await touristPage()).text, { timeout: 5_000 }).toContain('Ferme des Prés');
    expect(await replicaReadsSince(since)).toBe(0);

    await pair.onReplica('SELECT pg_wal_replay_resume()');
    await expect.poll(() => readOnReplica(openData), { timeout: 10_000 }).toBe(true);
    expect((await openData()).text).toContain('Ferme des Prés');
  });

  it('answers from the primary while the replica is down, says so, and reads from it again once it is back', async () => {
    await pair.stopReplica();
    const started = Date.now();
    expect((await touristPage()).status).toBe(200); // cached, but its key is looked up
    expect((await t.anonymous().get(`/t/${territory.code}`).expect(200)).text).toContain('Ferme des Prés');
    expect((await site('/en/')).text).toContain('Ferme des Prés');
    await openData();
    await figures();
    expect(Date.now() - started).toBeLessThan(3_000);
    await expect.poll(async () => ((await t.anonymous().get('/health/ready').expect(200)).body as { replica: { state: string } }).replica.state).toBe('down');

    await pair.startReplica();
    await expect.poll(() => readOnReplica(openData), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => readOnReplica(figures), { timeout: 15_000 }).toBe(true);
    expect((await t.anonymous().get('/health/ready').expect(200)).body).toMatchObject({ replica: { state: 'up' } });
  });
});
