import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '#database';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const jsonLdOf = (page: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]) as Record<string, unknown>;

describe('hours as people type them, kept apart from what machines read; positions that make sense', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let territoryId: string;

  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    // three places around Parthenay: the territory has a middle to compare with
    await make.producer(territoryId);
    await make.accommodation(territoryId);
    await make.accommodation(territoryId, { latitude: 46.62, longitude: -0.25 });
  });
  afterAll(() => t.close());

  it('the API stores hours typed in words in the OpenStreetMap syntax, and refuses what no machine can read, quoting it', async () => {
    const saturday = await make.producer(territoryId, { openingHours: 'Samedi 10h30-12h' });
    expect(saturday.openingHours).toBe('Sa 10:30-12:00');
    const updated = await t.http().patch(`/api/v1/producers/${saturday.id}`).send({ openingHours: 'du lundi au samedi 9h-12h et 14h-18h' }).expect(200);
    expect(updated.body.openingHours).toBe('Mo-Sa 09:00-12:00,14:00-18:00');

    // "Vendredi 15h-19h" parses only with the parser's warnings: as typed, it is no machine hours
    for (const typed of ['Selon la saison', 'Vendredi 15h-19h et sur RDV']) {
      const refused = await t.http().patch(`/api/v1/producers/${saturday.id}`).send({ openingHours: typed }).expect(400);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({
          field: 'openingHours',
          message: expect.stringContaining(`openingHours "${typed}" cannot be read as opening hours: write them as "Mo-Fr`),
        }),
      ]);
    }
  });

  it('an unreadable hours cell becomes a note for people: shown on the page, never in the JSON-LD', async () => {
    const file = `\uFEFFnom;adresse;code_postal;commune;latitude;longitude;categories;horaires\r\nFerme des Saisons;La Lande;79200;Pompaire;46,61;-0,23;Miel;Selon la saison\r\n`;
    const imported = await t.http().post(`/api/v1/territories/${territoryId}/imports/producers`).set('content-type', 'text/csv').send(file).expect(200);
    expect(imported.body).toMatchObject({
      created: 1,
      problems: [],
      warnings: [expect.objectContaining({ row: 2, column: 'horaires', code: 'hours_as_note' })],
    });
    const [stored] = await t.dataSource.query(
      `SELECT code, opening_hours AS "openingHours", hours_note AS "hoursNote" FROM producers WHERE name = 'Ferme des Saisons'`,
    );
    expect(stored).toMatchObject({ openingHours: null, hoursNote: 'Selon la saison' });

    const page = (await t.anonymous().get(`/f/${stored.code}`).expect(200)).text;
    expect(page).toContain('<p class="hours-note">Selon la saison</p>');
    const jsonLd = jsonLdOf(page);
    expect(jsonLd).not.toHaveProperty('openingHours');
    expect(jsonLd).not.toHaveProperty('openingHoursSpecification');
    expect(JSON.stringify(jsonLd)).not.toContain('Selon la saison');
    const feed = JSON.parse((await t.anonymous().get(`/api/v1/territories/${territoryId}/producers.geojson`).expect(200)).text);
    const feature = feed.features.find((f: { properties: { name: string } }) => f.properties.name === 'Ferme des Saisons');
    expect(feature.properties).toMatchObject({ openingHours: null, hoursNote: 'Selon la saison' });
  });

  it('the tourist page says the hours in words in its language and keeps the description’s line breaks; the JSON-LD says them as schema.org does', async () => {
    const producer = await make.producer(territoryId, {
      openingHours: 'Mo-Sa 17:30-19:00; PH off',
      description: { fr: 'Chèvres de la ferme.\nFromages au lait cru.', en: 'Goats.\nRaw-milk cheeses.' },
    });
    const french = (await t.anonymous().get(`/f/${producer.code}?lang=fr`).expect(200)).text;
    expect(french).toContain('<p>lun.–sam. 17:30–19:00 · jours fériés : fermé</p>');
    expect(french).not.toContain('<code>');
    expect(french).toContain('<p class="description">Chèvres de la ferme.\nFromages au lait cru.</p>');
    expect(french).toMatch(/\.description[^{]*\{white-space:pre-line\}/);
    expect(jsonLdOf(french).openingHours).toEqual(['Mo-Sa 17:30-19:00']);
    const english = (await t.anonymous().get(`/f/${producer.code}?lang=en`).expect(200)).text;
    expect(english).toContain('<p>Mon–Sat 17:30–19:00 · public holidays: closed</p>');
  });

  it('a position far from the territory is refused; latitude and longitude swapped are refused with the values to type', async () => {
    // Annecy, about 500 km east of Parthenay
    const far = await t
      .http()
      .post('/api/v1/producers')
      .send({
        territoryId,
        name: 'Ferme lointaine',
        categories: [],
        address: '1 rue du Lac',
        postcode: '74000',
        commune: 'Annecy',
        latitude: 45.9,
        longitude: 6.12,
      })
      .expect(400);
    expect(far.body.errors).toEqual([
      expect.objectContaining({ field: 'latitude', code: 'position_far', message: expect.stringMatching(/^this point is \d+ km from the territory/) }),
    ]);
    expect(far.body.errors[0].params.km).toBeGreaterThan(450);

    const gite = await make.accommodation(territoryId);
    const swapped = await t.http().patch(`/api/v1/accommodations/${gite.id}`).send({ latitude: -0.4147, longitude: 46.6097 }).expect(400);
    expect(swapped.body.errors).toEqual([
      expect.objectContaining({ field: 'latitude', code: 'position_swapped', message: expect.stringContaining('type latitude 46.6097 and longitude -0.4147') }),
    ]);
  });

  it('the migration moves stored hours a machine cannot read into the note, each move in the audit trail', async () => {
    const migration = MIGRATIONS.map((M) => new M()).find((m) => m.name === 'HoursNotes1764492400000')!;
    const runner = t.dataSource.createQueryRunner();
    const kept = await make.producer(territoryId, { openingHours: 'Tu-Sa 09:00-12:00; PH off' });
    const typed = await make.producer(territoryId);
    try {
      await migration.down(runner);
      await runner.query(`UPDATE producers SET opening_hours = 'Vendredi 15h-19h' WHERE id = $1`, [typed.id]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows = await t.dataSource.query(
      `SELECT id, opening_hours AS "openingHours", hours_note AS "hoursNote" FROM producers WHERE id = ANY($1) ORDER BY name`,
      [[kept.id, typed.id]],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: kept.id, openingHours: 'Tu-Sa 09:00-12:00; PH off', hoursNote: null },
        { id: typed.id, openingHours: null, hoursNote: 'Vendredi 15h-19h' },
      ]),
    );
    const audit = await t.dataSource.query(`SELECT changes FROM audit_entries WHERE entity_id = $1 AND actor_id IS NULL AND action = 'update'`, [typed.id]);
    expect(audit).toEqual([{ changes: { openingHours: { from: 'Vendredi 15h-19h', to: null }, hoursNote: { from: null, to: 'Vendredi 15h-19h' } } }]);
  });
});
