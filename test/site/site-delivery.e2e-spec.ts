import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDatabaseProxy, type DatabaseProxy } from '../support/database-proxy.js';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HOST = 'bonsplans-thouet.test';

describe('the public site on a slow link and without its database', () => {
  let proxy: DatabaseProxy;
  let t: TestApp;
  let producerId: string;

  const visit = (path: string) => t.anonymous().get(path).set('host', HOST);

  beforeAll(async () => {
    proxy = await startDatabaseProxy(inject('databaseServerUrl'));
    t = await startTestApp({}, undefined, (url) => proxy.route(url));
    const make = factories(t);
    const territory = await make.territory({ name: 'Bons plans du Thouet', languages: ['fr', 'en'], domains: [HOST] });
    producerId = (await make.producer(territory.id, { name: 'Ferme du Gué', categories: ['honey'], latitude: 46.6, longitude: -0.4 })).id;
  });
  afterAll(async () => {
    await proxy.restore();
    await t.close();
    await proxy.close();
  });

  it('sends its pages compressed, and a 304 without a body to a browser that holds the page', async () => {
    const plain = await visit('/').set('accept-encoding', 'identity').expect(200);
    // (supertest unzips what it receives, as a browser does: the text read is the page decoded)
    const zipped = await visit('/').set('accept-encoding', 'gzip').expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.text).toBe(plain.text);
    expect(Number(zipped.headers['content-length'])).toBeLessThan(Buffer.byteLength(plain.text) / 2);
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);

    const etag = plain.headers.etag;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(zipped.headers.etag).toBe(etag);
    const again = await visit('/').set('if-none-match', etag).expect(304);
    expect(again.text ?? '').toBe('');
    expect(again.headers['cache-control']).toBe('no-cache');
  });

  it('shows a producer’s change at once: the page’s tag changes with the territory’s content', async () => {
    const before = await visit('/').expect(200);
    await t.http().patch(`/api/v1/producers/${producerId}`).send({ name: 'Ferme du Gué Fleuri' }).expect(200);
    const after = await visit('/').set('if-none-match', before.headers.etag).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.text).toContain('Ferme du Gué Fleuri');
  });

  it('gives shared links a card drawn on the server: the territory’s for its pages, a producer’s for its own', async () => {
    const home = (await visit('/en/').expect(200)).text;
    const image = /<meta property="og:image" content="([^"]+)">/.exec(home)?.[1];
    expect(image).toBe(`http://${HOST}/og/en.png`);
    expect(home).toContain(`<meta name="twitter:image" content="${image}">`);
    expect(home).toContain('<meta name="twitter:card" content="summary_large_image">');

    const producerPage = (await visit('/en/producers/ferme-du-gue').expect(200)).text;
    const producerImage = /<meta property="og:image" content="([^"]+)">/.exec(producerPage)?.[1];
    expect(producerImage).toBe(`http://${HOST}/og/en/ferme-du-gue.png`);

    const territoryCard = await visit('/og/en.png').expect(200).expect('content-type', 'image/png');
    const producerCard = await visit('/og/en/ferme-du-gue.png').expect(200);
    for (const png of [territoryCard.body as Buffer, producerCard.body as Buffer]) {
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    expect((producerCard.body as Buffer).equals(territoryCard.body as Buffer)).toBe(false);
    // a language the site lacks, a producer it has not: its 404 page
    await visit('/og/de.png').expect(404);
    await visit('/og/en/nobody.png').expect(404);
  });

  it('while PostgreSQL is away, serves the pages opened before and says to come back on the others, as pages', async () => {
    const home = await visit('/').expect(200);
    await visit('/en/').expect(200);
    await proxy.cut();
    try {
      const stale = await visit('/').expect(200);
      expect(stale.text).toBe(home.text);
      expect((await visit('/en/').expect(200)).text).toContain('lang="en"');

      const never = await visit('/producteurs?q=miel').set('accept-language', 'en').expect(503);
      expect(never.type).toBe('text/html');
      expect(never.headers['retry-after']).toBe('5');
      expect(never.text).toContain('<html lang="en">');
      expect(never.text).toContain('Try again in a minute');
    } finally {
      await proxy.restore();
    }
    // back: pages from the database again, not the copy
    await expect.poll(async () => (await visit('/producteurs?q=miel')).status, { timeout: 10_000, interval: 200 }).toBe(200);
  });
});
