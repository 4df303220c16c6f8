import type { OutgoingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DatabaseNotifications } from '#database';
import { ShowcaseService } from '#directory';
import { ScanCounter } from '#insights';
import { AccommodationPages } from '../../apps/api/src/pages/accommodation-pages.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { touristWorld } from './tourist-fixture.js';

/** What an answer says, the day it was sent left out. */
const answerOf = (response: { statusCode: number; headers: OutgoingHttpHeaders; rawPayload: Buffer }) => {
  const headers = Object.fromEntries(Object.entries(response.headers).filter(([name]) => name !== 'date'));
  return { status: response.statusCode, headers, body: response.rawPayload.toString('base64') };
};

const minuteNow = () => Math.floor(Date.now() / 60_000);

describe('an accommodation’s page this instance holds already (what most scans ask for)', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof touristWorld>>;
  let renders: ReturnType<typeof vi.spyOn>;
  beforeAll(async () => {
    t = await startTestApp();
    world = await touristWorld(t);
    // an instance trusts what it holds only once it hears every change announced: listening starts with the first page asked
    await open('?category=meat');
    const notifications = t.app.get(DatabaseNotifications);
    for (const started = Date.now(); !notifications.live && Date.now() - started < 5_000;) await new Promise((resolve) => setTimeout(resolve, 10));
    renders = vi.spyOn(t.app.get(AccommodationPages), 'render');
  });
  afterAll(() => t.close());

  const open = (query: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') =>
    t.app
      .getHttpAdapter()
      .getInstance()
      .inject({ method, url: `/v/${world.gite.code}${query}`, headers: { 'accept-language': 'fr-FR,fr;q=0.9', ...headers } });

  it('is served without being rendered again, the very answer it was when rendered, whatever the phone asks', async () => {
    const variants = [
      ['?qr=1', { 'accept-encoding': 'gzip, deflate, br' }],
      ['?qr=1', {}],
      ['?lang=en', { 'accept-encoding': 'gzip' }],
      ['?category=honey&open=1', {}],
    ] as const;
    for (const [i, [query, headers]] of variants.entries()) {
      // a change of content: the page this instance held is no longer current, the next opening renders it
      const name = `Gîte des Tilleuls ${i}`;
      await t.http().patch(`/api/v1/accommodations/${world.gite.id}`).send({ name }).expect(200);
      renders.mockClear();
      const minute = minuteNow();
      const rendered = await open(query, headers);
      expect(rendered.statusCode).toBe(200);
      expect(renders).toHaveBeenCalled();
      const calls = renders.mock.calls.length;
      for (let n = 0; n < 3; n++) expect(answerOf(await open(query, headers))).toEqual(answerOf(rendered));
      // (a page is kept per minute, for "open now": a minute that turns meanwhile renders it once more)
      if (minuteNow() === minute) expect(renders).toHaveBeenCalledTimes(calls);
      expect((await open(query, { 'accept-encoding': 'identity' })).rawPayload.toString()).toContain(name);
    }
  });

  it('answers 304 to a phone that holds it, as the rendered page does', async () => {
    const first = await open('?qr=1');
    const again = await open('?qr=1', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('counts each opening once, as a scan in its language, and a HEAD not at all', async () => {
    await t.app.get(ScanCounter).flush();
    const scans = async () =>
      Number(
        (await t.dataSource.query(`SELECT coalesce(sum(count), 0) AS n FROM scans WHERE accommodation_id = $1 AND lang = 'en' AND from_qr`, [world.gite.id]))[0]
          .n,
      );
    const before = await scans();
    renders.mockClear();
    for (let i = 0; i < 5; i++) await open('?qr=1', { 'accept-language': 'en-GB,en;q=0.9' });
    await open('?qr=1', { 'accept-language': 'en-GB,en;q=0.9' }, 'HEAD');
    await t.app.get(ScanCounter).flush();
    expect(renders.mock.calls.length).toBeLessThanOrEqual(2); // the first, and the next minute's if the clock turned
    expect((await scans()) - before).toBe(5);
  });

  it('is no longer served once its content changed: the next opening shows the edit', async () => {
    expect((await open('?qr=1')).rawPayload.toString()).toContain('Gîte des Tilleuls');
    await t.http().patch(`/api/v1/accommodations/${world.gite.id}`).send({ name: 'Gîte des Tilleuls en fleurs' }).expect(200);
    expect((await open('?qr=1', { 'accept-encoding': 'identity' })).rawPayload.toString()).toContain('Gîte des Tilleuls en fleurs');
  });
});

describe('a producer’s page and a territory’s page, kept as an accommodation’s is', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof touristWorld>>;
  let territoryCode: string;
  beforeAll(async () => {
    t = await startTestApp();
    world = await touristWorld(t);
    [{ code: territoryCode }] = await t.dataSource.query(`SELECT code FROM territories WHERE id = $1`, [world.territoryId]);
  });
  afterAll(() => t.close());

  const read = async (path: string) => (await t.anonymous().get(path).expect(200)).text;

  it('is rendered once for many openings, and shows an edit at the next one', async () => {
    const showcase = t.app.get(ShowcaseService);
    const producerReads = vi.spyOn(showcase, 'producerByCode');
    const territoryReads = vi.spyOn(showcase, 'territoryByCode');
    for (let attempt = 0; attempt < 2; attempt++) {
      producerReads.mockClear();
      territoryReads.mockClear();
      const minute = minuteNow();
      for (let i = 0; i < 4; i++) {
        expect(await read(`/f/${world.producers.azay.code}?qr=1`)).toContain('Miellerie d’Azay');
        expect(await read(`/t/${territoryCode}`)).toContain('Miellerie d’Azay');
      }
      if (minuteNow() !== minute) continue; // a page is kept per minute, for "open now"
      expect(producerReads).toHaveBeenCalledTimes(1);
      expect(territoryReads).toHaveBeenCalledTimes(1);
      break;
    }
    await t.http().patch(`/api/v1/producers/${world.producers.azay.id}`).send({ name: 'Miellerie d’Azay-sur-Thouet' }).expect(200);
    expect(await read(`/f/${world.producers.azay.code}?qr=1`)).toContain('Miellerie d’Azay-sur-Thouet');
    expect(await read(`/t/${territoryCode}`)).toContain('Miellerie d’Azay-sur-Thouet');
  });

  it('a suspended producer’s page is gone at once, though it was kept', async () => {
    const { menigoute } = world.producers;
    await read(`/f/${menigoute.code}`);
    await t.http().patch(`/api/v1/producers/${menigoute.id}`).send({ status: 'suspended' }).expect(200);
    await t.anonymous().get(`/f/${menigoute.code}`).expect(404);
  });
});
