/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.js';
import { hasChromium, sharedChromium, PHONE, signInInBrowser } from '../support/browser.js';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent } from '../support/portal.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const SAMPLE = 'docs/samples/producteurs-gatine.csv';
const BROKEN =
  '\uFEFFnom;adresse;code_postal;commune;latitude;longitude;email;categories\r\nFerme du Puits;1 route;79200;Parthenay;46.65;-0.25;pas-une-adresse;miel\r\nFerme sans position;2 route;79200;Parthenay;;-0.25;;miel\r\n';

describe('the coordinator’s spreadsheet from the member pages', () => {
  let t: TestApp;
  let territoryId: string;
  let coordinator: Member;
  const base = () => `/app/coordinator/${territoryId}/spreadsheets`;

  beforeAll(async () => {
    t = await startTestApp();
    territoryId = (await factories(t).territory({ name: 'Gâtine' })).id;
    coordinator = await t.member(territoryId, 'coordinator');
  });
  afterAll(() => t.close());

  it('a file is checked first (what would change, every problem on its row), imported only once confirmed', async () => {
    const agent = await signedInAgent(t, coordinator.email);
    const page = await agent.get(base()).expect(200);
    const broken = await agent
      .post(`${base()}/check`)
      .field('_csrf', csrfOf(page.text))
      .field('kind', 'producers')
      .attach('file', Buffer.from(BROKEN), 'producteurs.csv');
    expect(broken.status).toBe(400);
    // every problem in the page's language, not the API's English
    expect(broken.text).toContain('<td>2</td><td>email</td><td>Email « pas-une-adresse » n’est pas une adresse e-mail : écrivez-la comme nom@exemple.fr.</td>');
    expect(broken.text).toContain('<td>3</td><td>latitude</td><td>Latitude manque : chaque lieu a besoin de ses deux coordonnées.</td>');
    expect(broken.text).not.toContain('is not an e-mail address');
    expect(broken.text).not.toContain('Importer pour de bon');

    const checked = await agent
      .post(`${base()}/check`)
      .field('_csrf', csrfOf(page.text))
      .field('kind', 'producers')
      .attach('file', readFileSync(SAMPLE), 'producteurs-gatine.csv');
    expect(checked.status).toBe(200);
    expect(checked.text).toMatch(/<dt>à créer<\/dt><dd>26<\/dd>/);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM producers WHERE territory_id = $1', [territoryId]))[0].n).toBe(0);

    const content = /name="content" value="([^"]+)"/.exec(checked.text)?.[1];
    const imported = await agent
      .post(`${base()}/import`)
      .type('form')
      .send({ _csrf: csrfOf(checked.text), kind: 'producers', content });
    expect(imported.status).toBe(303);
    const after = await agent.get(imported.headers.location).expect(200);
    expect(after.text).toContain('Import terminé : 26 créé(s), 0 mis à jour, 0 inchangé(s).');
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM producers WHERE territory_id = $1', [territoryId]))[0].n).toBe(26);

    const exported = await agent.get(`${base()}/export?kind=producers`).expect(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.text.trimEnd().split('\r\n')).toHaveLength(27);
  });

  it('an upload without the form’s token is refused, and so is anyone but the territory’s coordinators', async () => {
    const agent = await signedInAgent(t, coordinator.email);
    const forged = await agent.post(`${base()}/check`).field('kind', 'producers').attach('file', readFileSync(SAMPLE), 'x.csv');
    expect(forged.status).toBe(403);
    const host = await t.member(territoryId, 'host');
    const hostAgent = await signedInAgent(t, host.email);
    expect((await hostAgent.get(base())).status).toBe(403);
    const hostPage = await hostAgent.get('/app').expect(200);
    expect(
      (await hostAgent.post(`${base()}/check`).field('_csrf', csrfOf(hostPage.text)).field('kind', 'producers').attach('file', readFileSync(SAMPLE), 'x.csv'))
        .status,
    ).toBe(403);
  });

  it('large bodies only where a spreadsheet is expected; a file too large for the page is said beside its field', async () => {
    const big = Buffer.alloc(4 * 1024 * 1024, 'a');
    const refused = await t.anonymous().post('/api/v1/auth/login').set('content-type', 'text/csv').send(big);
    expect(refused.status).toBe(415);
    const multipart = await t.anonymous().post('/api/v1/auth/login').attach('file', Buffer.from('x'), 'x.csv');
    expect(multipart.status).toBe(415);
    const agent = await signedInAgent(t, coordinator.email);
    const page = await agent.get(base()).expect(200);
    const tooLarge = await agent
      .post(`${base()}/check`)
      .field('_csrf', csrfOf(page.text))
      .field('kind', 'producers')
      .attach('file', Buffer.alloc(800 * 1024, 'a'), 'big.csv');
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.text).toContain('Fichier trop grand pour cette page');
  });

  it('an empty file, a header alone and a file over 5 MB are each told on the page, whose help gives the limits', async () => {
    const agent = await signedInAgent(t, coordinator.email);
    const page = await agent.get(base()).expect(200);
    expect(page.text).toMatch(/700 Ko au plus \(environ 2 000 lignes\) ; jusqu’à 10\s000 lignes et 5 Mo/);
    const check = (file: Buffer, name: string) =>
      agent.post(`${base()}/check`).field('_csrf', csrfOf(page.text)).field('kind', 'producers').attach('file', file, name);

    const empty = await check(Buffer.alloc(0), 'vide.csv');
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('<td>1</td><td>—</td><td>Le fichier est vide (0 octet)');
    expect(empty.text).not.toContain('Choisissez un fichier CSV.');

    const headerOnly = await check(Buffer.from('nom;adresse;code_postal;commune;latitude;longitude\r\n'), 'entete.csv');
    expect(headerOnly.status).toBe(200);
    expect(headerOnly.text).toContain('Le fichier n’a aucune ligne sous son en-tête : rien à importer.');
    expect(headerOnly.text).not.toContain('Importer pour de bon');

    const huge = await check(Buffer.alloc(6 * 1024 * 1024, 'a'), 'enorme.csv');
    expect(huge.status).toBe(400);
    expect(huge.headers['content-type']).toMatch(/^text\/html/);
    expect(huge.text).toContain('Fichier trop grand pour cette page');
  });

  it('an upload refused before any page sees it, or an address no page serves, is answered with a page, not JSON', async () => {
    const agent = await signedInAgent(t, coordinator.email);
    const page = await agent.get(base()).expect(200);
    let form = agent.post(`${base()}/check`).field('_csrf', csrfOf(page.text));
    for (let i = 0; i < 12; i++) form = form.field(`extra${i}`, 'x'); // more fields than a form of ours has
    const refused = await form;
    expect(refused.status).toBe(413);
    expect(refused.headers['content-type']).toMatch(/^text\/html/);
    expect(refused.text).toContain('<main');
    const nowhere = await agent.get('/app/nowhere').expect(404);
    expect(nowhere.headers['content-type']).toMatch(/^text\/html/);
  });

  it('the check shows which records a file creates and which it changes, value by value', async () => {
    const territory = await factories(t).territory({ name: 'Gâtine vérifiée' });
    const own = await t.member(territory.id, 'coordinator');
    const make = factories(t);
    await make.producer(territory.id, { name: 'Ferme du Puits', phone: '05 49 00 00 01', categories: ['honey'] });
    await make.producer(territory.id, { name: 'La Cave', categories: ['wine_drinks'] });
    const agent = await signedInAgent(t, own.email);
    const exported = (await agent.get(`/app/coordinator/${territory.id}/spreadsheets/export?kind=producers`).expect(200)).text;
    const edited =
      // a text that looks like a number is quoted in the export
      exported.replace(';"05 49 00 00 01";', ';"05 49 99 99 99";').replace(';Miel;', ';Miel, Fruits;').trimEnd() +
      '\r\n;Le Rucher Neuf;La Lande;79200;Pompaire;46,6;-0,23;;;;miel;;;;;;;\r\n';
    const url = `/app/coordinator/${territory.id}/spreadsheets`;
    const page = await agent.get(url).expect(200);
    const checked = await agent.post(`${url}/check`).field('_csrf', csrfOf(page.text)).field('kind', 'producers').attach('file', Buffer.from(edited), 'p.csv');
    expect(checked.status).toBe(200);
    expect(checked.text).toContain('<h3>À créer (1)</h3>');
    expect(checked.text).toContain('<li>Ligne 4 — Le Rucher Neuf</li>');
    expect(checked.text).toContain('<h3>À mettre à jour (1)</h3>');
    expect(checked.text).toMatch(
      /<td>Ferme du Puits<\/td><td><ul><li>telephone : <del>05 49 00 00 01<\/del> → <ins>05 49 99 99 99<\/ins><\/li><li>categories : <del>Miel<\/del> → <ins>Miel, Fruits<\/ins><\/li><\/ul>/,
    );
    expect(checked.text).not.toContain('La Cave</td>'); // unchanged: counted, not listed
    expect(checked.text).toMatch(/<dt>inchangées<\/dt><dd>1<\/dd>/);
  });

  describe.skipIf(!hasChromium)('in Chromium, on a phone', () => {
    let browser: Browser;
    let url: string;
    beforeAll(async () => {
      url = await t.listen();
      browser = await sharedChromium();
    });
    afterAll(() => browser?.close());

    it('the coordinator picks a file and sees every problem before anything is written; every page passes the accessibility check', async () => {
      const page = await (await browser.newContext({ ...PHONE, locale: 'fr-FR' })).newPage();
      await signInInBrowser(page, url, coordinator.email, 'fr', base());
      await expectAccessible(page, 'spreadsheets');
      await page.getByLabel('Hébergements').check();
      await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
      await expect.poll(() => page.locator('#f-file-error').textContent()).toBe('Choisissez un fichier .xlsx ou CSV.');
      await expectAccessible(page, 'spreadsheets with an error');
      await page.getByLabel('Producteurs').check();
      await page.getByLabel('Fichier (.xlsx ou CSV)').setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from(BROKEN) });
      await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
      await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('rien ne sera écrit');
      await expectAccessible(page, 'spreadsheets check with problems');
      const fixed = BROKEN.replace('pas-une-adresse', 'puits@ferme.test').replace('Parthenay;;-0.25', 'Parthenay;46.6;-0.25');
      await page.getByLabel('Fichier (.xlsx ou CSV)').setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
      await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Importer pour de bon' }).count()).toBe(1);
      await expectAccessible(page, 'spreadsheets check of what would change');
    });
  });
});
