import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HOST = 'bonsplans-gatine.test';
const LANGUAGES = ['fr', 'en', 'nl', 'de'];

const canonicalOf = (page: string) => /<link rel="canonical" href="([^"]+)">/.exec(page)?.[1];
const alternatesOf = (page: string) =>
  Object.fromEntries([...page.matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">/g)].map((match) => [match[1], match[2]]));

describe('the territory’s public site', () => {
  let t: TestApp;
  let territory: { id: string; slug: string };
  let producer: { id: string; slug: string };
  let gite: { id: string };
  let host: { token: string };

  /** A request to the site as a browser on `host` sends it. */
  const visit = (path: string, on = HOST) => t.anonymous().get(path).set('host', on);

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territory = await make.territory({
      name: 'Les Bons Plans de Gâtine',
      languages: ['fr', 'en', 'nl', 'de'],
      domains: [HOST],
      contactEmail: 'contact@gatine.test',
    });
    await make.territory({ name: 'Bons plans du Marais', slug: 'marais' });
    producer = await make.producer(territory.id, {
      name: 'La Chèvrerie des Brandes',
      categories: ['dairy_cheese'],
      postcode: '79240',
      commune: 'Vernoux-en-Gâtine',
      description: { fr: 'Fromages de chèvre fermiers au lait cru.', en: 'Raw-milk farmhouse goat cheese.' },
      openingHours: 'Mo-Sa 17:30-19:00',
      latitude: 46.61,
      longitude: -0.5,
    });
    const honey = await make.producer(territory.id, {
      name: 'Miellerie d’Azay',
      categories: ['honey'],
      postcode: '79130',
      commune: 'Azay-sur-Thouet',
      latitude: 46.62,
      longitude: -0.36,
    });
    const year = new Date().getUTCFullYear();
    await make.publishedOffer(producer.id, {
      title: { fr: 'Une bûchette offerte', en: 'A free goat log' },
      kind: 'gift',
      validFrom: `${year - 1}-01-01`,
      validTo: `${year + 1}-12-31`,
    });
    await make.publishedOffer(honey.id, { title: { fr: 'Visite du rucher' }, kind: 'visit', validFrom: `${year + 1}-05-01`, validTo: `${year + 1}-09-30` });
    gite = await make.accommodation(territory.id, {
      name: 'Gîte des Tilleuls',
      commune: 'Secondigny',
      website: 'https://tilleuls.test',
      email: 'secret@tilleuls.test',
    });
    host = await t.member(territory.id, 'host', { accommodationIds: [gite.id] });
  });
  afterAll(() => t?.close());

  it('is what / shows on the territory’s own host, in French, with its offers of the season', async () => {
    const home = await visit('/').expect(200);
    expect(home.type).toBe('text/html');
    expect(home.text).toContain('<h1>Les Bons Plans de Gâtine</h1>');
    expect(home.text).toContain('2 bons plans cette saison');
    expect(home.text).toMatch(/<svg viewBox="0 0 360 300"/);
    expect(home.text).toContain('href="/producteurs/la-chevrerie-des-brandes"');
    expect(canonicalOf(home.text)).toBe(`http://${HOST}/`);
    const english = await visit('/en/').expect(200);
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('2 offers this season');
  });

  it('lists every public page once per language in its sitemap, each answering 200 with its canonical address and translations', async () => {
    const sitemap = await visit('/sitemap.xml').expect(200);
    expect(sitemap.type).toBe('application/xml');
    const urls = [...sitemap.text.matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((match) => ({ loc: match[1], lastmod: match[2] }));
    // 8 pages (the join form among them) and 2 producers, in 4 languages
    expect(urls).toHaveLength(10 * LANGUAGES.length);
    expect(urls.map((url) => url.loc)).toContain(`http://${HOST}/de/mitmachen`);
    expect(new Set(urls.map((url) => url.loc)).size).toBe(urls.length);
    expect(urls.map((url) => url.loc)).toContain(`http://${HOST}/en/producers/la-chevrerie-des-brandes`);
    for (const { loc, lastmod } of urls) {
      expect(Number.isNaN(Date.parse(lastmod)), loc).toBe(false);
      const url = new URL(loc);
      const page = await visit(url.pathname, url.hostname);
      expect(page.status, loc).toBe(200);
      expect(canonicalOf(page.text), loc).toBe(loc);
      const alternates = alternatesOf(page.text);
      expect(Object.keys(alternates).sort(), loc).toEqual([...LANGUAGES, 'x-default'].sort());
      expect(Object.values(alternates), loc).toContain(loc);
    }
  });

  it('filters producers by category, commune, open now and words, accents ignored', async () => {
    const names = async (query: string) =>
      [...(await visit(`/producteurs${query}`).expect(200)).text.matchAll(/<h2><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(await names('')).toEqual(['La Chèvrerie des Brandes', 'Miellerie d’Azay']);
    expect(await names('?category=honey')).toEqual(['Miellerie d’Azay']);
    expect(await names('?commune=vernoux%20en%20gatine')).toEqual(['La Chèvrerie des Brandes']);
    expect(await names('?q=chevre+LAIT')).toEqual(['La Chèvrerie des Brandes']);
    expect(await names('?q=chevre&category=honey')).toEqual([]);
    // Neither has opening hours saying it is open at every moment a test may run.
    expect(await names('?open=1&utm_source=newsletter')).not.toContain('Miellerie d’Azay');
  });

  it('shows a producer’s offers, hours in words, directions and QR code; its old address leads to the new one', async () => {
    const page = await visit('/en/producers/la-chevrerie-des-brandes').expect(200);
    expect(page.text).toContain('A free goat log');
    expect(page.text).toContain('Mon–Sat 17:30–19:00');
    expect(page.text).toContain('href="https://www.openstreetmap.org/directions?to=46.61%2C-0.5"');
    expect(page.text).toMatch(/<section class="qr"><h2>Its QR code<\/h2><svg/);
    expect(page.text).toContain('"@type":');

    await t.http().patch(`/api/v1/producers/${producer.id}`).send({ slug: 'chevrerie-des-brandes' }).expect(200);
    const moved = await visit('/en/producers/la-chevrerie-des-brandes?from=qr').expect(301);
    expect(moved.headers.location).toBe('/en/producers/chevrerie-des-brandes?from=qr');
    await visit('/producteurs/chevrerie-des-brandes').expect(200);
    await t.http().patch(`/api/v1/producers/${producer.id}`).send({ slug: 'la-chevrerie-des-brandes' }).expect(200);
    await visit('/producteurs/la-chevrerie-des-brandes').expect(200);
    expect((await visit('/producteurs/chevrerie-des-brandes').expect(301)).headers.location).toBe('/producteurs/la-chevrerie-des-brandes');
  });

  it('lists a host’s accommodation only once its host consents, and only its name, commune and website', async () => {
    expect((await visit('/hebergements').expect(200)).text).not.toContain('Gîte des Tilleuls');
    // a coordinator cannot consent for the host
    await t.http().patch(`/api/v1/accommodations/${gite.id}`).send({ publishOnSite: true }).expect(403);
    await t.as(host.token).patch(`/api/v1/accommodations/${gite.id}`).send({ publishOnSite: true }).expect(200);
    const page = (await visit('/hebergements').expect(200)).text;
    expect(page).toContain('<a href="https://tilleuls.test" rel="noopener nofollow">Gîte des Tilleuls</a>');
    expect(page).toContain('Secondigny');
    expect(page).not.toContain('secret@tilleuls.test');
  });

  it('lists the territories on any other host, each leading to its site by path', async () => {
    const list = await visit('/', 'terroir.test').expect(200);
    expect(list.text).toContain('<a href="/s/marais/">Bons plans du Marais</a>');
    await visit('/s/marais/', 'terroir.test').expect(200);
    // a territory with its own domain has its pages there only
    expect((await visit('/s/les-bons-plans-de-gatine/en/', 'terroir.test').expect(301)).headers.location).toBe(`http://${HOST}/en/`);
  });

  it('answers an unknown address with a 404 page in the site’s look; the API keeps its JSON', async () => {
    const missing = await visit('/en/nowhere').expect(404);
    expect(missing.type).toBe('text/html');
    expect(missing.text).toContain('<header class="top">');
    expect(missing.text).toContain('Page not found');
    expect(missing.text).toContain('<meta name="robots" content="noindex">');
    expect(missing.text).not.toContain('aria-current="page"');
    await visit('/producteurs/personne').expect(404);
    const api = await visit('/api/v1/nowhere').expect(404);
    expect(api.body).toMatchObject({ statusCode: 404 });
  });

  it('tells robots to leave passes and member pages alone, and gives an icon and a manifest in the territory’s colours', async () => {
    const robots = await visit('/robots.txt').expect(200);
    expect(robots.text).toContain('Disallow: /p/\nDisallow: /app/');
    expect(robots.text).toContain(`Sitemap: http://${HOST}/sitemap.xml`);
    const icon = await visit('/favicon.ico').buffer(true).expect(200);
    expect(icon.headers['content-type']).toBe('image/x-icon');
    expect([...(icon.body as Buffer).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const manifest = await visit('/manifest.webmanifest').expect(200);
    expect(JSON.parse(manifest.text)).toMatchObject({ name: 'Les Bons Plans de Gâtine', start_url: '/' });
    await visit('/icon.svg').expect(200);
  });
});
