import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseNotifications } from '#database';
import { ScanCounter } from '#insights';
import { cookieParts } from '../support/cookies.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { touristWorld } from './tourist-fixture.js';

/** An edit made elsewhere reaches this instance's caches through PostgreSQL NOTIFY: milliseconds, not seconds. */
const ANNOUNCED = { timeout: 1_000, interval: 10 };

describe('the accommodation page, as served', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof touristWorld>>;
  beforeAll(async () => {
    t = await startTestApp();
    world = await touristWorld(t);
  });
  afterAll(() => t.close());

  const page = (query = '', headers: Record<string, string> = {}) => t.anonymous().get(`/v/${world.gite.code}${query}`).set(headers);

  it('lists the offers shown today, nearest first, in French by default', async () => {
    const response = await page();
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const text = response.text;
    expect(text).toContain('<html lang="fr">');
    expect(text).toContain('Gîte des Tilleuls');
    // what a search result or a shared link says of it
    expect(text).toMatch(/<meta name="description" content="Les bons plans des producteurs près de Gîte des Tilleuls · 3 bons plans · [^"]+">/);
    const order = ['Miellerie d’Azay', 'Fromagerie de Parthenay', 'Ferme de Ménigoute'].map((name) => text.indexOf(name));
    expect(order.every((index) => index > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toMatch(/−10\s%/);
    expect(text).toMatch(/2\s€ de remise dès 15\s€/);
    expect(text).toContain('Visite offerte');
    for (const hidden of ['Brouillon secret', 'Offre expirée', 'Ferme Suspendue']) expect(text).not.toContain(hidden);
    expect(Buffer.byteLength(text)).toBeLessThan(50 * 1024);
  });

  it('travels compressed when the phone accepts it: Brotli first, then gzip, the same page either way', async () => {
    // the bytes as sent: the test client would decode them on the way
    const fastify = t.app.getHttpAdapter().getInstance();
    const raw = (response: { rawPayload: Buffer }) => response.rawPayload;
    const asBytes = (headers: Record<string, string>) => fastify.inject({ method: 'GET', url: `/v/${world.gite.code}`, headers });
    const plain = await asBytes({ 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const html = raw(plain).toString('utf8');
    expect(html).toContain('Gîte des Tilleuls');

    const brotli = await asBytes({ 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(raw(brotli)).toString('utf8')).toBe(html);
    expect(raw(brotli).length).toBeLessThan(Buffer.byteLength(html) / 2);

    const gzip = await asBytes({ 'accept-encoding': 'br;q=0, gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(raw(gzip)).toString('utf8')).toBe(html);
  });

  it('speaks the reader’s language: Accept-Language, then ?lang= which is remembered in the only cookie', async () => {
    const english = await page('', { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' });
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('€2 off from €15');
    expect(english.headers['set-cookie']).toBeUndefined();
    const chosen = await page('?lang=en');
    expect(chosen.headers['set-cookie']).toHaveLength(1);
    expect(cookieParts(chosen.headers['set-cookie'][0])).toEqual({ pair: 'lang=en', attributes: ['Max-Age=31536000', 'Path=/', 'SameSite=Lax'] });
    const remembered = await page('', { cookie: 'lang=en' });
    expect(remembered.text).toContain('<html lang="en">');
  });

  it('text typed by producers is escaped', async () => {
    const text = (await page()).text;
    expect(text).not.toContain('<script>alert(1)</script>');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('filters by category and "open now" without JavaScript', async () => {
    const honey = await page('?category=honey');
    expect(honey.text).toContain('Miellerie d’Azay');
    expect(honey.text).not.toContain('Fromagerie de Parthenay');
    const open = await page('?open=1');
    expect(open.text).toContain('Miellerie d’Azay'); // open 24/7
    expect(open.text).not.toContain('Ferme de Ménigoute'); // closed every day
  });

  it('takes nothing from elsewhere and sets no cookie unless a language is chosen', async () => {
    const response = await page();
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.text).not.toMatch(/src="https?:/);
    // links only, followed when the reader chooses to
    expect(response.text).not.toMatch(/href="https?:\/\/(?!www\.openstreetmap\.org\/|maps\.apple\.com\/)/);
  });

  it('offers directions that open on an iPhone, on Android and on a computer, without JavaScript', async () => {
    const text = (await page('', { 'accept-language': 'en' })).text;
    const card = text.slice(text.indexOf('Miellerie d’Azay'), text.indexOf('Fromagerie de Parthenay'));
    const links = [...card.matchAll(/<a (?:class="[^"]*" )?href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(([, href, label]) => ({
      href: href.replaceAll('&amp;', '&'),
      label,
    }));
    expect(links).toEqual(
      expect.arrayContaining([
        { href: 'https://www.openstreetmap.org/directions?to=46.6247%2C-0.3597', label: 'Directions' },
        { href: 'https://maps.apple.com/?daddr=46.6247%2C-0.3597', label: 'Maps (iPhone)' },
        { href: expect.stringMatching(/^geo:46\.6247,-0\.3597\?q=46\.6247,-0\.3597\(Miellerie%20d%E2%80%99Azay\)$/), label: 'Maps app (Android)' },
      ]),
    );
  });

  it('an unknown or disabled code gets a friendly 404 page in the reader’s language', async () => {
    const unknown = await t.anonymous().get('/v/zzzzzzzz').set('accept-language', 'en');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('text/html');
    expect(unknown.text).toContain('Page not found');
    expect((await t.anonymous().get('/v/not a code!')).text).toContain('Page introuvable');

    const other = await t.http().post('/api/v1/accommodations').send({
      territoryId: world.territoryId,
      kind: 'gite',
      name: 'Gîte fermé',
      address: 'x',
      postcode: '79130',
      commune: 'Secondigny',
      latitude: 46.6,
      longitude: -0.4,
    });
    expect((await t.anonymous().get(`/v/${other.body.code}`)).status).toBe(200);
    await t.http().patch(`/api/v1/accommodations/${other.body.id}`).send({ status: 'disabled' }).expect(200);
    expect((await t.anonymous().get(`/v/${other.body.code}`)).status).toBe(404);
  });

  it('counts one scan per opening, by day, language and origin, and nothing about the person', async () => {
    const own = await t.http().post('/api/v1/accommodations').send({
      territoryId: world.territoryId,
      kind: 'camping',
      name: 'Camping compté',
      address: 'x',
      postcode: '79130',
      commune: 'Secondigny',
      latitude: 46.6,
      longitude: -0.4,
    });
    const code = own.body.code;
    await t.anonymous().get(`/v/${code}?qr=1`).expect(200);
    await t.anonymous().get(`/v/${code}?qr=1`).set('accept-language', 'en').expect(200);
    await t.anonymous().get(`/v/${code}?qr=1&lang=en`).expect(200);
    await t.anonymous().get(`/v/${code}`).expect(200);
    // the copy the service worker fetches to keep offline is no visit
    await t.anonymous().get(`/v/${code}?qr=1`).set('x-offline-copy', '1').expect(200);
    await t.anonymous().get('/v/zzzzzzzz').expect(404);
    await t.app.get(ScanCounter).flush();
    const rows = await t.dataSource.query(`SELECT lang, from_qr AS "fromQr", count FROM scans WHERE accommodation_id = $1 ORDER BY lang, from_qr`, [
      own.body.id,
    ]);
    expect(rows).toEqual([
      { lang: 'en', fromQr: true, count: 2 },
      { lang: 'fr', fromQr: false, count: 1 },
      { lang: 'fr', fromQr: true, count: 1 },
    ]);
    const columns = await t.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'scans' ORDER BY column_name`);
    expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual([
      'accommodation_id',
      'count',
      'day',
      'edition_number',
      'from_qr',
      'lang',
      'territory_id',
    ]);
  });

  it('an edit through another instance shows here as soon as the database announces it', async () => {
    const other = await startTestApp({}, t);
    try {
      expect((await page()).text).toContain('10 % sur le miel');
      await other
        .http()
        .patch(`/api/v1/offers/${world.offers.honey.id}`)
        .send({ title: { fr: '15 % sur le miel de printemps', en: '15% off spring honey' }, value: 15 })
        .expect(200);
      await expect.poll(async () => (await page()).text, ANNOUNCED).toContain('15 % sur le miel de printemps');
      expect((await page()).text).not.toContain('10 % sur le miel');
      await other.http().patch(`/api/v1/producers/${world.producers.azay.id}`).send({ name: 'Miellerie du Thouet' }).expect(200);
      await expect.poll(async () => (await page()).text, ANNOUNCED).toContain('Miellerie du Thouet');
    } finally {
      await other.close();
    }
  });

  it('while the announcements are lost, every request checks the content version, and listening resumes', async () => {
    const notifications = t.app.get(DatabaseNotifications);
    await page();
    expect(notifications.live).toBe(true);
    await t.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'terroir-pass-listener' AND datname = current_database()`,
    );
    await expect.poll(() => notifications.live).toBe(false);
    await t.dataSource.query(`UPDATE producers SET name = 'Miellerie de la Gâtine' WHERE id = $1`, [world.producers.azay.id]);
    expect((await page()).text).toContain('Miellerie de la Gâtine');
    await expect.poll(() => notifications.live, { timeout: 5_000 }).toBe(true);
    await t.dataSource.query(`UPDATE producers SET name = 'Miellerie des Deux-Sèvres' WHERE id = $1`, [world.producers.azay.id]);
    await expect.poll(async () => (await page()).text, ANNOUNCED).toContain('Miellerie des Deux-Sèvres');
  });
});
