import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_ALPHABET } from '#directory';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('accommodations', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let territoryId: string;
  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
    territoryId = (await make.territory()).id;
  });
  afterAll(() => t.close());

  it('gets a permanent, unambiguous short code that survives a rename', async () => {
    const created = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls', kind: 'gite', capacity: 6 });
    expect(created.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
    expect(created.code).not.toMatch(/[01lIO]/);
    const renamed = await t.http().patch(`/api/v1/accommodations/${created.id}`).send({ name: 'Gîte du Vieux Tilleul' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Gîte du Vieux Tilleul', code: created.code, slug: 'gite-des-tilleuls' });
  });

  it('its code cannot be set or changed by a client', async () => {
    const created = await make.accommodation(territoryId);
    const response = await t.http().patch(`/api/v1/accommodations/${created.id}`).send({ code: 'abcdefgh' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('code');
  });

  it('rejects an unknown kind and a capacity of zero, naming them', async () => {
    const response = await t.http().post('/api/v1/accommodations').send({
      territoryId,
      kind: 'castle',
      name: 'Château',
      address: 'x',
      postcode: '79200',
      commune: 'Parthenay',
      latitude: 46.6,
      longitude: -0.2,
      capacity: 0,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['capacity', 'kind']);
  });

  it('filters by kind and commune; deleting archives it and keeps its code', async () => {
    const own = (await make.territory()).id;
    const camping = await make.accommodation(own, { kind: 'camping', name: 'Camping du Lac', commune: "L'Absie", postcode: '79240' });
    await make.accommodation(own, { kind: 'gite', name: 'Gîte de la Forge' });
    const list = await t.http().get('/api/v1/accommodations').query({ territoryId: own, kind: 'camping' });
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([camping.id]);
    const byCommune = await t.http().get('/api/v1/accommodations').query({ territoryId: own, commune: "l'absie" });
    expect(byCommune.body.total).toBe(1);

    const removed = await t.http().delete(`/api/v1/accommodations/${camping.id}`);
    expect(removed.body).toEqual({ archived: true });
    const kept = await t.http().get(`/api/v1/accommodations/${camping.id}`);
    expect(kept.body).toMatchObject({ status: 'archived', code: camping.code });
    const after = await t.http().get('/api/v1/accommodations').query({ territoryId: own });
    expect(after.body.total).toBe(1);
  });
});
