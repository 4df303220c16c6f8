import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '#database';
import { binary } from '../support/binary.js';
import { factories } from '../support/factories.js';
import { hasPoppler, pdfText } from '../support/system-tools.js';
import { csrfOf, signedInAgent } from '../support/portal.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const csv = (...lines: string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;
const HEADER = 'Référence;Nom;Adresse;Code postal;Commune;Latitude;Longitude;Téléphone;Site web;Catégories;Labels';

/** A French association's sheet as its members typed it. */
const TYPED = [
  // Excel dropped the phone's leading zero; a site without https://; categories and labels in words
  `R-1;La Natural;1 rue Haute;79000;Niort;46,3237;-0,4588;670657778;www.lanatural.fr;Fruits et légumes;Bio, AB`,
  `R-2;Is'eau Énergie;2 rue Basse;79000;Niort;46,3201;-0,4602;05 49 64 20 18;lanatural.fr/boutique;Œufs;`,
];
// the same place typed again under another reference
const NEAR_DUPLICATE = `R-3;Is'Eau Energie;2 rue Basse;79000;Niort;46,3201;-0,4602;;;Fromage de chèvre;`;
// what a person must settle: two phones, no web address, a category and a label that are none
const WRONG = `R-4;Le Fournil;3 place du Temple;79000;Niort;46,3250;-0,4550;05 49 64 20 18 / 06 70 65 77 78;pas un site;Tricot;Labbel Qualité`;

type Said = { row: number; column: string | null; code: string; message: string };
const said = (list: Said[]) => list.map((p) => `${p.row} ${p.column}: ${p.code}: ${p.message}`);

describe('spreadsheets as people type them: phones, websites, categories, labels, near-duplicates', () => {
  let t: TestApp;
  let territoryId: string;
  beforeAll(async () => {
    t = await startTestApp();
    territoryId = (await factories(t).territory({ name: 'Niortais' })).id;
  });
  afterAll(() => t.close());

  const importCsv = (body: string, query = '') =>
    t.http().post(`/api/v1/territories/${territoryId}/imports/producers${query}`).set('content-type', 'text/csv').send(body);

  it('the dry run says each fix and each problem on its cell, quoting what was typed', async () => {
    const response = await importCsv(csv(HEADER, ...TYPED, NEAR_DUPLICATE, WRONG), '?dryRun=true');
    expect(response.status).toBe(200);
    expect(said(response.body.warnings)).toEqual([
      '2 Téléphone: phone_fixed: Téléphone "670657778" read as 06 70 65 77 78 (a spreadsheet had dropped its leading 0 or +): check it',
      '2 Site web: website_completed: Site web "www.lanatural.fr" read as https://www.lanatural.fr',
      '2 Catégories: names_read: Catégories "Fruits et légumes" read as Fruit, Vegetables',
      '2 Labels: names_read: Labels "Bio, AB" read as Organic farming',
      '3 Site web: website_completed: Site web "lanatural.fr/boutique" read as https://lanatural.fr/boutique',
      '4 Catégories: names_read: Catégories "Fromage de chèvre" read as Dairy & cheese',
    ]);
    const problems = said(response.body.problems);
    expect(problems[0]).toMatch(/^4 Nom: similar_place: looks like the same place as row 3 \("Is'eau Énergie"\)/);
    expect(problems.slice(1)).toEqual([
      '5 Téléphone: phone_several: Téléphone holds 2 numbers ("05 49 64 20 18 / 06 70 65 77 78"): a place has one phone, keep the one visitors should call',
      '5 Site web: website_invalid: Site web "pas un site" is not a web address: write it as https://www.example.fr',
      expect.stringMatching(/^5 Catégories: unknown_categories: unknown category "Tricot" in Catégories: use Fruit, Vegetables, /),
      expect.stringMatching(/^5 Labels: unknown_labels: unknown label "Labbel Qualité" in Labels: use Organic farming, /),
    ]);
  });

  it('the check page of the member pages says them in French, on their cells', async () => {
    const coordinator = await t.member(territoryId, 'coordinator');
    const agent = await signedInAgent(t, coordinator.email);
    const page = await agent.get(`/app/coordinator/${territoryId}/spreadsheets`).expect(200);
    const checked = await agent
      .post(`/app/coordinator/${territoryId}/spreadsheets/check`)
      .field('_csrf', csrfOf(page.text))
      .field('kind', 'producers')
      .attach('file', Buffer.from(csv(HEADER, ...TYPED, NEAR_DUPLICATE)), 'producteurs.csv');
    expect(checked.status).toBe(400);
    expect(checked.text).toContain(
      'Ligne 2, Téléphone — Téléphone « 670657778 » lu 06 70 65 77 78 (le tableur avait retiré son 0 ou son + initial) : vérifiez-le.',
    );
    expect(checked.text).toContain('<td>4</td><td>Nom</td><td>Semble être le même lieu que la ligne 3 (« Is&#39;eau Énergie »)');
    // "other places": the check passes, and the confirmation carries the answer
    const other = await agent
      .post(`/app/coordinator/${territoryId}/spreadsheets/check`)
      .field('_csrf', csrfOf(page.text))
      .field('kind', 'producers')
      .field('allowSimilar', 'true')
      .attach('file', Buffer.from(csv(HEADER, ...TYPED, NEAR_DUPLICATE)), 'producteurs.csv');
    expect(other.status).toBe(200);
    expect(other.text).toContain('<input type="hidden" name="allowSimilar" value="true">');
  });

  it('stores the normalised values; a similar name of the directory is asked about, unless said to be another place', async () => {
    const imported = await importCsv(csv(HEADER, ...TYPED));
    expect(imported.body).toMatchObject({ created: 2, problems: [] });
    const rows = await t.dataSource.query(`SELECT name, phone, website, categories, labels FROM producers WHERE territory_id = $1 ORDER BY name`, [
      territoryId,
    ]);
    expect(rows).toEqual([
      { name: "Is'eau Énergie", phone: '+33549642018', website: 'https://lanatural.fr/boutique', categories: ['eggs'], labels: [] },
      { name: 'La Natural', phone: '+33670657778', website: 'https://www.lanatural.fr', categories: ['fruits', 'vegetables'], labels: ['organic'] },
    ]);

    const again = await importCsv(csv(HEADER, NEAR_DUPLICATE), '?dryRun=true');
    expect(said(again.body.problems)).toEqual([
      expect.stringMatching(/^2 Nom: similar_place: .*the producer "Is'eau Énergie" \(reference R-2\) already in the directory/),
    ]);
    const allowed = await importCsv(csv(HEADER, NEAR_DUPLICATE), '?dryRun=true&allowSimilar=true');
    expect(allowed.body).toMatchObject({ created: 1, problems: [] });
  });

  it('the export writes phones and names as a French spreadsheet keeps them, and re-imports as unchanged', async () => {
    const exported = await t.http().get(`/api/v1/territories/${territoryId}/exports/producers.csv`).expect(200);
    // quoted: a phone looks like a number to a spreadsheet, and a quoted text stays text where the import is told so
    expect(exported.text).toContain(';"06 70 65 77 78";');
    expect(exported.text).toContain(';Fruits, Légumes;');
    expect(exported.text).toContain(';Agriculture biologique;');
    const back = await importCsv(exported.text, '?dryRun=true');
    expect(back.body).toMatchObject({ rows: 2, created: 0, updated: 0, unchanged: 2, problems: [], warnings: [] });
  });

  it('the API reads a phone and a website as typed, and refuses what is none quoting it', async () => {
    const make = factories(t);
    const producer = await make.producer(territoryId, { phone: '05.49.64.20.19', website: 'www.ferme.test' });
    expect(producer).toMatchObject({ phone: '+33549642019', website: 'https://www.ferme.test' });
    const refused = await t.http().patch(`/api/v1/producers/${producer.id}`).send({ phone: '05 49 / 06 70 65 77 78 77', website: 'pas un site' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'phone', message: expect.stringContaining('(found "05 49 / 06 70 65 77 78 77")') }),
      expect.objectContaining({ field: 'website', message: 'website must be a web address such as https://chemin-creux.fr (found "pas un site")' }),
    ]);
  });

  it('tourists read the phone as they dial it, and the link calls the E.164 number', async () => {
    const make = factories(t);
    const { id } = await make.territory();
    const gite = await make.accommodation(id, { latitude: 46.32, longitude: -0.46 });
    const farm = await make.producer(id, { phone: '0549642020', latitude: 46.322, longitude: -0.47 });
    await make.publishedOffer(farm.id, { validFrom: '2020-01-01' });
    const fr = await t.anonymous().get(`/v/${gite.code}?lang=fr`).expect(200);
    expect(fr.text).toContain('<a href="tel:+33549642020">Appeler 05 49 64 20 20</a>');
    const en = await t.anonymous().get(`/v/${gite.code}?lang=en`).expect(200);
    expect(en.text).toContain('<a href="tel:+33549642020">Call +33 5 49 64 20 20</a>');
    if (hasPoppler) {
      const pdf = await t.http().get(`/api/v1/accommodations/${gite.id}/brochure.pdf?lang=fr&format=A5`).buffer(true).parse(binary).expect(200);
      expect(await pdfText(pdf.body as Buffer)).toContain('Tél. 05 49 64 20 20');
    }
  });

  it('the migration rewrites stored phones in E.164 and leaves those that are not one number', async () => {
    const { id } = await factories(t).territory();
    const insert = (name: string, phone: string) =>
      t.dataSource.query(
        `INSERT INTO producers (territory_id, name, slug, address, postcode, commune, latitude, longitude, phone, status)
         VALUES ($1, $2, $3, 'x', '79000', 'Niort', 46.3, -0.45, $4, 'active')`,
        [id, name, name.toLowerCase(), phone],
      );
    await insert('A', '05.49.64.20.18');
    await insert('B', '+33 6 70 65 77 78');
    await insert('C', '05 49 64 20 18 / 06 70 65 77 78');
    const runner = t.dataSource.createQueryRunner();
    const migration = MIGRATIONS.find((m) => m.name === 'PhonesE1641764492300000')!;
    await new migration().up(runner);
    await runner.release();
    const phones = await t.dataSource.query(`SELECT name, phone FROM producers WHERE territory_id = $1 ORDER BY name`, [id]);
    expect(phones).toEqual([
      { name: 'A', phone: '+33549642018' },
      { name: 'B', phone: '+33670657778' },
      { name: 'C', phone: '05 49 64 20 18 / 06 70 65 77 78' },
    ]);
  });
});
