import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { FakeGeocoder } from '../support/fake-geocoder.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const csv = (...lines: string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;
const HEADER = 'Nom;Adresse;Code postal;Commune;Latitude;Longitude';

describe('communes from the official list, and addresses placed by a geocoder', () => {
  let t: TestApp;
  let territoryId: string;
  const geocoder = new FakeGeocoder({
    '12 rue des écoles saint-jean-de-liversay': {
      latitude: 46.2685,
      longitude: -0.8712,
      score: 0.93,
      label: '12 Rue des Écoles 17170 Saint-Jean-de-Liversay',
      citycode: '17349',
    },
    'la brande courçon': { latitude: 46.24, longitude: -0.81, score: 0.31, label: 'La Grande Brandée 17170 Courçon', citycode: '17127' },
  });

  beforeAll(async () => {
    t = await startTestApp({ geocoderUrl: await geocoder.start() });
    territoryId = (await factories(t).territory({ name: 'Aunis' })).id;
  });
  afterAll(async () => {
    await t.close();
    await geocoder.stop();
  });

  const importCsv = (body: string, query = '') =>
    t.http().post(`/api/v1/territories/${territoryId}/imports/producers${query}`).set('content-type', 'text/csv').send(body);

  it('a French sheet: the commune as officially written, an address placed with its score, a postcode of another département on its cell', async () => {
    const file = csv(
      HEADER,
      'Ferme du Marais;12 rue des Écoles;17170;Saint jean de liversay;;',
      'Chèvrerie des Brandes;La Brande;79200;Saint-Jean-de-Liversay;46,27;-0,87',
      'Les Ruches;La Brande;17170;Courçon;;',
    );
    const dry = (await importCsv(file, '?dryRun=true').expect(200)).body;
    expect(dry.warnings).toMatchObject([
      {
        row: 2,
        column: 'Commune',
        code: 'commune_official',
        params: { typed: 'Saint jean de liversay', official: 'Saint-Jean-de-Liversay', inseeCode: '17349' },
      },
      {
        row: 2,
        column: 'Adresse',
        code: 'geocoded',
        params: { label: '12 Rue des Écoles 17170 Saint-Jean-de-Liversay', score: '0.93', position: '46.26850, -0.87120' },
      },
    ]);
    expect(dry.problems).toMatchObject([
      { row: 3, column: 'Code postal', code: 'postcode_not_of_commune', params: { postcode: '79200', named: 'Saint-Jean-de-Liversay (17170)' } },
      { row: 4, column: 'Adresse', code: 'geocode_uncertain', params: { score: '0.31' } },
    ]);
    expect(dry.problems[0].message).toContain('Parthenay');
    // the commune's INSEE code narrows the search
    expect(geocoder.asked[0].get('citycode')).toBe('17349');

    await importCsv(csv(HEADER, 'Ferme du Marais;12 rue des Écoles;17170;Saint jean de liversay;;')).expect(200);
    const [stored] = await t.dataSource.query(`SELECT commune, insee_code, latitude, longitude, code FROM producers WHERE territory_id = $1`, [territoryId]);
    expect(stored).toMatchObject({ commune: 'Saint-Jean-de-Liversay', insee_code: '17349', latitude: 46.2685, longitude: -0.8712 });

    const feed = JSON.parse((await t.anonymous().get(`/api/v1/territories/${territoryId}/producers.jsonld`).expect(200)).text);
    expect(feed['@graph'][0].address).toMatchObject({ addressLocality: 'Saint-Jean-de-Liversay', addressRegion: 'Nouvelle-Aquitaine', postalCode: '17170' });
  });

  it('the API writes the official commune and refuses a postcode and commune that do not belong together, naming the field', async () => {
    const make = factories(t);
    const created = await make.producer(territoryId, { postcode: '79400', commune: "st maixent l'ecole" });
    expect(created).toMatchObject({ commune: "Saint-Maixent-l'École", inseeCode: '79270' });
    const refused = await t.http().patch(`/api/v1/producers/${created.id}`).send({ commune: 'Niort' }).expect(400);
    expect(refused.body.errors).toMatchObject([{ field: 'commune', code: 'postcode_not_of_commune', params: { named: 'Niort (79000)' } }]);
    const moved = await t.http().patch(`/api/v1/producers/${created.id}`).send({ postcode: '79000', commune: 'Niort' }).expect(200);
    expect(moved.body).toMatchObject({ commune: 'Niort', inseeCode: '79191' });
  });
});
