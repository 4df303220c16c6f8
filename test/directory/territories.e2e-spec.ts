import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { typed } from '../support/typed-api.js';

describe('territories', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
  });
  afterAll(() => t.close());

  it('an association creates its territory with sensible defaults', async () => {
    const territory = await make.territory({ name: 'Bons plans de Gâtine' });
    expect(territory).toMatchObject({
      name: 'Bons plans de Gâtine',
      slug: 'bons-plans-de-gatine',
      languages: ['fr', 'en'],
      timeZone: 'Europe/Paris',
      offersNeedReview: false,
    });
    expect(territory.territoryId).toBe(territory.id);
    const read = await typed(t.anonymous())
      .get('/api/v1/territories/{id}', { path: { id: territory.id } })
      .ok(200);
    expect(read.name).toBe('Bons plans de Gâtine');
  });

  it('updates its settings', async () => {
    const territory = await make.territory();
    const updated = await typed(t.http())
      .patch('/api/v1/territories/{id}', {
        path: { id: territory.id },
        body: { offersNeedReview: true, primaryColor: '#2f6b3a', languages: ['fr', 'en', 'nl'] },
      })
      .ok(200);
    expect(updated).toMatchObject({ offersNeedReview: true, primaryColor: '#2f6b3a', languages: ['fr', 'en', 'nl'] });
  });

  it('a taken slug is a 409 naming the slug', async () => {
    await make.territory({ slug: 'vallee-du-thouet' });
    const conflict = await typed(t.http())
      .post('/api/v1/territories', { body: { name: 'Autre', slug: 'vallee-du-thouet' } })
      .fails(409);
    expect(conflict.errors).toEqual([
      { field: 'slug', message: expect.stringContaining('vallee-du-thouet'), code: 'territory_slug_taken', params: { slug: 'vallee-du-thouet' } },
    ]);
  });

  it('rejects a bad time zone, colour, language list and unknown fields, naming each', async () => {
    const response = await t
      .http()
      .post('/api/v1/territories')
      .send({ name: 'X', timeZone: 'Mars/Olympus', primaryColor: 'green', languages: ['en', 'xx'], owner: 'me' });
    expect(response.status).toBe(400);
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['timeZone', 'primaryColor', 'languages', 'owner']));
  });

  it('an unknown territory is a 404, a malformed id a 400 naming id', async () => {
    const missing = await t.http().get('/api/v1/territories/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    const malformed = await t.http().get('/api/v1/territories/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });
});
