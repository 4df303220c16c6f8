import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { typed } from '../support/typed-api.js';

describe('producers', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let territoryId: string;
  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
    territoryId = (await make.territory()).id;
  });
  afterAll(() => t.close());

  it('a producer is created, read, edited and listed', async () => {
    const created = await make.producer(territoryId, {
      name: 'Chèvrerie des Brandes',
      description: { fr: 'Fromages de chèvre au lait cru.', en: 'Raw-milk goat cheeses.' },
      categories: ['dairy_cheese'],
      openingHours: 'Mo-Fr 17:00-19:00; Sa 09:00-12:00',
      labels: ['organic'],
      phone: '+33 5 49 00 00 01',
      email: 'contact@brandes.test',
      website: 'https://brandes.test',
      visitConditions: { fr: 'Sur rendez-vous.' },
    });
    expect(created).toMatchObject({
      territoryId,
      slug: 'chevrerie-des-brandes',
      status: 'active',
      categories: ['dairy_cheese'],
      labels: ['organic'],
      latitude: 46.6486,
      longitude: -0.2472,
    });
    for (const field of ['id', 'createdAt', 'updatedAt', 'address', 'postcode', 'commune']) expect(created).toHaveProperty(field);

    const api = typed(t.http());
    const updated = await api
      .patch('/api/v1/producers/{id}', { path: { id: created.id }, body: { phone: '+33 5 49 99 99 99', categories: ['dairy_cheese', 'meat'] } })
      .ok(200);
    expect(updated).toMatchObject({ phone: '+33549999999', categories: ['dairy_cheese', 'meat'], name: 'Chèvrerie des Brandes' });

    const read = await api.get('/api/v1/producers/{id}', { path: { id: created.id } }).ok(200);
    expect(read.phone).toBe('+33549999999');
    const listed = await api.get('/api/v1/producers', { query: { territoryId, q: 'brandes' } }).ok(200);
    expect(listed.items.map((producer) => producer.name)).toEqual(['Chèvrerie des Brandes']);
  });

  it('names every wrong field: types, coordinates out of range, unknown category, too long, bad opening hours', async () => {
    const response = await t
      .http()
      .post('/api/v1/producers')
      .send({
        territoryId,
        name: 'x'.repeat(121),
        categories: ['honey', 'spaceships'],
        address: 12,
        postcode: '7920',
        commune: 'Parthenay',
        latitude: 91,
        longitude: '-0.2',
        openingHours: 'whenever we feel like it',
        description: { en: 'no French' },
      });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    const fields = new Set(response.body.errors.map((e: { field: string }) => e.field));
    for (const field of ['name', 'categories', 'address', 'postcode', 'latitude', 'longitude', 'openingHours', 'description.fr']) {
      expect(fields, field).toContain(field);
    }
  });

  it('territoryId must name an existing territory', async () => {
    const response = await t.http().post('/api/v1/producers').send({
      territoryId: '00000000-0000-4000-8000-000000000000',
      name: 'Ferme fantôme',
      categories: [],
      address: 'x',
      postcode: '79200',
      commune: 'Parthenay',
      latitude: 46,
      longitude: 0,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'territoryId', message: 'no territory has this id', code: 'territory_missing' }]);
  });

  it('the territory of a producer cannot be changed', async () => {
    const producer = await make.producer(territoryId);
    const other = await make.territory();
    const response = await t.http().patch(`/api/v1/producers/${producer.id}`).send({ territoryId: other.id });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('territoryId');
  });

  it('a duplicate slug in the same territory is a 409; a name reused gets a numbered slug', async () => {
    await make.producer(territoryId, { name: 'Le Rucher', slug: 'le-rucher' });
    const dup = await t
      .http()
      .post('/api/v1/producers')
      .send({
        territoryId,
        name: 'Autre rucher',
        slug: 'le-rucher',
        categories: ['honey'],
        address: 'x',
        postcode: '79200',
        commune: 'Parthenay',
        latitude: 46.6,
        longitude: -0.2,
      });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].field).toBe('slug');
    const again = await make.producer(territoryId, { name: 'Le Rucher' });
    expect(again.slug).toBe('le-rucher-2');
  });

  it('filters by category, commune and accent-insensitive text, and paginates', async () => {
    const own = (await make.territory()).id;
    await make.producer(own, { name: 'Miellerie de la Gâtine', categories: ['honey'], commune: 'Ménigoute', postcode: '79340' });
    await make.producer(own, { name: 'Boulangerie du Bourg', categories: ['bakery_pastry'], commune: 'Vasles', postcode: '79340' });
    await make.producer(own, { name: 'Ruchers de Vasles', categories: ['honey'], commune: 'Vasles', postcode: '79340' });

    const honey = await t.http().get('/api/v1/producers').query({ territoryId: own, category: 'honey' });
    expect(honey.body.total).toBe(2);
    expect(honey.body.items.map((p: { name: string }) => p.name)).toEqual(['Miellerie de la Gâtine', 'Ruchers de Vasles']);

    const text = await t.http().get('/api/v1/producers').query({ territoryId: own, q: 'gatine' });
    expect(text.body.items.map((p: { name: string }) => p.name)).toEqual(['Miellerie de la Gâtine']);

    const commune = await t.http().get('/api/v1/producers').query({ territoryId: own, commune: 'menigoute' });
    expect(commune.body.items.map((p: { name: string }) => p.name)).toEqual(['Miellerie de la Gâtine']);

    const page2 = await t.http().get('/api/v1/producers').query({ territoryId: own, limit: 2, page: 2 });
    expect(page2.body).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(page2.body.items).toHaveLength(1);

    const bad = await t.http().get('/api/v1/producers').query({ limit: 500, category: 'gold', page: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['category', 'limit', 'page']);
  });

  it('deleting a producer without offers removes it; with offers archives it and its offers', async () => {
    const lonely = await make.producer(territoryId);
    const gone = await t.http().delete(`/api/v1/producers/${lonely.id}`);
    expect(gone.body).toEqual({ archived: false });
    expect((await t.http().get(`/api/v1/producers/${lonely.id}`)).status).toBe(404);

    const busy = await make.producer(territoryId);
    const offer = await make.publishedOffer(busy.id);
    const archived = await t.http().delete(`/api/v1/producers/${busy.id}`);
    expect(archived.body).toEqual({ archived: true });
    const kept = await t.http().get(`/api/v1/producers/${busy.id}`);
    expect(kept.body).toMatchObject({ status: 'archived' });
    expect(kept.body.archivedAt).not.toBeNull();
    expect((await t.http().get(`/api/v1/offers/${offer.id}`)).body.status).toBe('archived');

    const listed = await t.http().get('/api/v1/producers').query({ territoryId });
    expect(listed.body.items.map((p: { id: string }) => p.id)).not.toContain(busy.id);
  });

  it('archiving a producer while someone changes one of its offers waits its turn: both are written, no deadlock', async () => {
    const producer = await make.producer(territoryId);
    const offer = await make.publishedOffer(producer.id);
    const editor = new pg.Client({ connectionString: t.databaseUrl });
    await editor.connect();
    try {
      // someone's edit of the offer has begun: the offer's row is theirs until they commit
      await editor.query('BEGIN');
      await editor.query('SELECT 1 FROM offers WHERE id = $1 FOR NO KEY UPDATE', [offer.id]);
      const archiving = t
        .http()
        .delete(`/api/v1/producers/${producer.id}`)
        .then((response) => response);
      await expect
        .poll(
          async () =>
            (await editor.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0].n,
        )
        .toBe(1);
      // the edit's write bumps the territory's content version, as every offer's does
      await editor.query(`UPDATE offers SET conditions = '{"fr": "Sur présentation du pass."}' WHERE id = $1`, [offer.id]);
      await editor.query('COMMIT');
      const archived = await archiving;
      expect(archived.status, JSON.stringify(archived.body)).toBe(200);
      expect((await t.http().get(`/api/v1/offers/${offer.id}`)).body).toMatchObject({ status: 'archived', conditions: { fr: 'Sur présentation du pass.' } });
    } finally {
      await editor.end();
    }
  });
});

describe('null in an edit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is refused for a field that always has a value and clears one that may be empty', async () => {
    const make = factories(t);
    const territory = await make.territory();
    const producer = await make.producer(territory.id, { phone: '+33 5 49 00 00 02', labels: ['organic'] });
    const refused = await t.http().patch(`/api/v1/producers/${producer.id}`).send({ name: null, labels: null, description: null });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['description', 'labels', 'name']);
    const created = await t
      .http()
      .post('/api/v1/producers')
      .send({
        territoryId: territory.id,
        name: 'Ferme sans slug',
        slug: null,
        labels: null,
        categories: ['honey'],
        address: '1 rue',
        postcode: '79200',
        commune: 'Parthenay',
        latitude: 46.6,
        longitude: -0.2,
      });
    expect(created.status).toBe(400);
    expect(created.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['labels', 'slug']);

    const cleared = await t.http().patch(`/api/v1/producers/${producer.id}`).send({ phone: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.phone).toBeNull();
  });
});
