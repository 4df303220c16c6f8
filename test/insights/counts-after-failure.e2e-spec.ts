import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfferViewCounter, ScanCounter } from '#insights';
import { touristWorld } from '../pages/tourist-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Counts are written every 2 s: a few flushes' worth. */
const WRITTEN = { timeout: 8_000, interval: 100 };

describe('page openings are counted even when a write of the counts failed', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof touristWorld>>;
  beforeAll(async () => {
    t = await startTestApp();
    world = await touristWorld(t);
  });
  afterAll(() => t.close());

  const scans = async () =>
    Number((await t.dataSource.query(`SELECT coalesce(sum(count), 0) AS n FROM scans WHERE accommodation_id = $1`, [world.gite.id]))[0].n);
  const honeyViews = async () =>
    Number((await t.dataSource.query(`SELECT coalesce(sum(count), 0) AS n FROM offer_views WHERE offer_id = $1`, [world.offers.honey.id]))[0].n);
  const open = async (times: number) => {
    for (let i = 0; i < times; i += 1) await t.anonymous().get(`/v/${world.gite.code}?qr=1`).expect(200);
  };

  it('keeps what the failed write held and writes it, with every opening since, on the next flushes', async () => {
    await open(5);
    // The counts' tables are away for a moment: the writes fail as they would with the database down.
    await t.dataSource.query('ALTER TABLE scans RENAME TO scans_away; ALTER TABLE offer_views RENAME TO offer_views_away');
    try {
      await expect(t.app.get(ScanCounter).flush()).rejects.toThrow(/scans/);
      await expect(t.app.get(OfferViewCounter).flush()).rejects.toThrow(/offer_views/);
      await open(3);
    } finally {
      await t.dataSource.query('ALTER TABLE scans_away RENAME TO scans; ALTER TABLE offer_views_away RENAME TO offer_views');
    }
    await open(4);

    // No explicit flush: the counters' own timer must still be writing.
    await expect.poll(scans, WRITTEN).toBe(12);
    await expect.poll(honeyViews, WRITTEN).toBe(12);
  });

  it('at shutdown, tries again for a moment rather than give up what it holds', async () => {
    const before = await scans();
    await open(2);
    await t.dataSource.query('ALTER TABLE scans RENAME TO scans_away');
    // back a moment after the shutdown's first try
    const back = new Promise((resolve) => setTimeout(resolve, 150)).then(() => t.dataSource.query('ALTER TABLE scans_away RENAME TO scans'));
    const counter = t.app.get(ScanCounter);
    await expect(counter.onApplicationShutdown()).resolves.toBeUndefined();
    await back;
    expect(await scans()).toBe(before + 2);
    expect(counter.heldKeys).toBe(0);
  });

  it('adds a batch whose answer was lost once, however often it is sent again', async () => {
    const before = await scans();
    const counter = t.app.get(ScanCounter);
    const batch = [{ event: { accommodationId: world.gite.id, territoryId: world.territoryId, day: '2026-07-14', lang: 'fr', fromQr: true }, count: 7 }];
    const id = randomUUID();
    // the same statement the counter sends, twice, as after a connection cut once PostgreSQL had committed
    await counter['write'](batch, id);
    await counter['write'](batch, id);
    expect(await scans()).toBe(before + 7);
    await counter['write'](batch, randomUUID());
    expect(await scans()).toBe(before + 14);
  });
});
