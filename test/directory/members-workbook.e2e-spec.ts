/**
 * The "done when": a coordinator imports an Excel file typed by the association's members —
 * headers as they write them, a column of their own, numbers where Excel made them numbers, an
 * address without coordinates, hours in words, categories and labels by the names they say — and
 * gets a correct directory after fixing only what a person must decide. Then the export comes back
 * as "nothing changed", as a workbook and as CSV.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binary } from '../support/binary.js';
import { factories } from '../support/factories.js';
import { FakeGeocoder } from '../support/fake-geocoder.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = [
  'Nom',
  'Adresse',
  'Code postal',
  'Commune',
  'Latitude',
  'Longitude',
  'Catégorie(s)',
  'Labels',
  'Téléphone',
  'Site web',
  "Horaires d'ouverture",
  'Description',
  'Notes internes',
];
type Cell = string | number | null;

/** The sheet as a member typed it: where Excel read a number (a postcode, a phone without its 0), a number cell. */
const ROWS: Cell[][] = [
  // 2: latitude and longitude the wrong way round, a site without its scheme, "Bio, AB", two categories in one phrase, a phone Excel stripped, hours in words
  [
    'Ferme des Marais',
    '3 chemin des Marais',
    79000,
    'Niort',
    -0.4601,
    46.3237,
    'Fruits et légumes',
    'Bio, AB',
    670657778,
    'www.fermedesmarais.fr',
    'Vendredi 15h-19h',
    'Vente à la ferme.\nCueillette en saison.',
    'payé 2025',
  ],
  // 3: two phones in one cell — which one is the business's is for a person to say
  ["Is'eau Énergie", '8 rue de la Gare', 79000, 'Niort', 46.3251, -0.4588, 'Œufs', '', '05 49 64 20 18 / 06 70 65 77 78', '', '', '', ''],
  // 4: the same place typed again by another member, spelt another way
  ["Is'Eau Energie", '8 rue de la gare', 79000, 'Niort', 46.3251, -0.4588, 'Oeufs', '', '', '', '', '', ''],
  // 5: the commune as people write it, cheese by its name, the week in words
  [
    'Chèvrerie du Bocage',
    'La Brunetière',
    79400,
    "st maixent l'ecole",
    46.4127,
    -0.2076,
    'Fromage de chèvre',
    '',
    '05 49 05 54 05',
    '',
    'du lundi au samedi 9h-12h et 14h-18h',
    '',
    '',
  ],
  // 6: a postcode of another commune than the one named
  ['Rucher de la Sèvre', '2 impasse du Moulin', 79200, 'Niort', 46.3301, -0.4702, 'Miel', '', '', '', '', '', ''],
  // 7: an address, no coordinates: the geocoder places it
  ['Le Panier Paysan', '12 rue des Halles', 79000, 'Niort', null, null, 'Épicerie', '', '', 'lepanierpaysan.fr/boutique', 'sur rendez-vous', '', ''],
];

async function workbook(rows: Cell[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Producteurs');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

interface Said {
  row: number;
  column: string | null;
  code?: string;
  message: string;
}
interface Report {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: Said[];
  warnings: Said[];
}
const where = (said: Said[]) => said.map((s) => `${s.row} ${s.column} ${s.code}`);

describe('a coordinator imports the members’ Excel file', () => {
  let t: TestApp;
  let territoryId: string;
  const geocoder = new FakeGeocoder({
    '12 rue des halles niort': { latitude: 46.3239, longitude: -0.4647, score: 0.91, label: '12 Rue des Halles 79000 Niort', citycode: '79191' },
  });

  beforeAll(async () => {
    t = await startTestApp({ geocoderUrl: await geocoder.start() });
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Niortais' })).id;
    // the territory's places so far, around Niort: what a swapped or far point is judged against
    for (const [name, latitude, longitude] of [
      ['La Cabane', 46.33, -0.45],
      ['Les Jardins de Sèvre', 46.31, -0.48],
      ['Brasserie du Lambon', 46.32, -0.42],
    ] as const)
      await make.producer(territoryId, { name, postcode: '79000', commune: 'Niort', latitude, longitude });
  });
  afterAll(async () => {
    await t.close();
    await geocoder.stop();
  });

  const upload = async (body: Buffer | string, contentType: string, dryRun: boolean) => {
    const response = await t.http().post(`/api/v1/territories/${territoryId}/imports/producers?dryRun=${dryRun}`).set('content-type', contentType).send(body);
    expect(response.status, JSON.stringify(response.body).slice(0, 600)).toBe(200);
    return response.body as Report;
  };

  it('the dry run says every fix beside its cell and asks only what a person must decide; the import stores what was meant', async () => {
    const dry = await upload(await workbook(ROWS), XLSX, true);
    expect(where(dry.warnings)).toEqual(
      expect.arrayContaining([
        '1 Notes internes ignored_column',
        '2 Latitude coordinates_swapped',
        '2 Catégorie(s) names_read',
        '2 Labels names_read',
        '2 Téléphone phone_fixed',
        '2 Site web website_completed',
        "2 Horaires d'ouverture hours_read",
        '5 Commune commune_official',
        '5 Catégorie(s) names_read',
        "5 Horaires d'ouverture hours_read",
        '7 Adresse geocoded',
        '7 Site web website_completed',
        "7 Horaires d'ouverture hours_as_note",
      ]),
    );
    // what only a person can settle: which phone, the same place twice, which commune
    expect(where(dry.problems)).toEqual(['3 Téléphone phone_several', '4 Nom duplicate_name', '6 Code postal postcode_not_of_commune']);
    expect(dry.problems.find((p) => p.row === 3)!.message).toContain('05 49 64 20 18 / 06 70 65 77 78');

    // the coordinator keeps the first phone, drops the second Is'eau row and corrects the postcode
    const decided = ROWS.filter((_, i) => i !== 2).map((row) => [...row]);
    decided[1][8] = '05 49 64 20 18';
    decided[3][2] = 79000;
    const done = await upload(await workbook(decided), XLSX, false);
    expect(done).toMatchObject({ rows: 5, created: 5, problems: [] });

    const stored = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT name, phone, website, labels, categories, opening_hours, hours_note, commune, insee_code, latitude, longitude, description->>'fr' AS description
         FROM producers WHERE territory_id = $1 AND created_at > now() - interval '10 minutes' AND name NOT IN ('La Cabane', 'Les Jardins de Sèvre', 'Brasserie du Lambon')
        ORDER BY name`,
      [territoryId],
    );
    const byName = Object.fromEntries(stored.map((row) => [row.name, row]));
    expect(byName['Ferme des Marais']).toMatchObject({
      phone: '+33670657778',
      website: 'https://www.fermedesmarais.fr',
      labels: ['organic'],
      categories: expect.arrayContaining(['fruits', 'vegetables']),
      opening_hours: 'Fr 15:00-19:00',
      latitude: 46.3237,
      longitude: -0.4601,
      description: 'Vente à la ferme.\nCueillette en saison.',
    });
    expect(byName["Is'eau Énergie"]).toMatchObject({ phone: '+33549642018', categories: ['eggs'] });
    expect(byName['Chèvrerie du Bocage']).toMatchObject({
      commune: "Saint-Maixent-l'École",
      insee_code: '79270',
      categories: ['dairy_cheese'],
      opening_hours: 'Mo-Sa 09:00-12:00,14:00-18:00',
    });
    expect(byName['Rucher de la Sèvre']).toMatchObject({ commune: 'Niort', insee_code: '79191' });
    expect(byName['Le Panier Paysan']).toMatchObject({
      latitude: 46.3239,
      longitude: -0.4647,
      website: 'https://lepanierpaysan.fr/boutique',
      opening_hours: null,
      hours_note: 'sur rendez-vous',
    });

    // the hours a person reads are not machine hours: the open data publishes none for them
    const feed = JSON.parse((await t.anonymous().get(`/api/v1/territories/${territoryId}/producers.jsonld`).expect(200)).text);
    const panier = (feed['@graph'] as { name: string; openingHours?: unknown }[]).find((p) => p.name === 'Le Panier Paysan');
    expect(panier).toBeDefined();
    expect(panier!.openingHours).toBeUndefined();
  });

  it('its export, as a workbook and as CSV, comes back as nothing changed', async () => {
    const exported = (format: string) =>
      t.http().get(`/api/v1/territories/${territoryId}/exports/producers.csv?format=${format}`).buffer(true).parse(binary).expect(200);
    for (const [format, type] of [
      ['xlsx', XLSX],
      ['csv', 'text/csv'],
    ]) {
      const again = await upload((await exported(format)).body as Buffer, type, true);
      expect({ format, ...again }).toMatchObject({ format, rows: 8, created: 0, updated: 0, unchanged: 8, problems: [], warnings: [] });
    }
  });
});
