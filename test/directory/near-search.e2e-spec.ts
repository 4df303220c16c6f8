import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haversineKm } from '#common';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Real places of the Gâtine, around Parthenay. */
const PLACES = [
  { name: 'Parthenay', postcode: '79200', latitude: 46.6486, longitude: -0.2472 },
  { name: 'Le Tallud', postcode: '79200', latitude: 46.6303, longitude: -0.2861 },
  { name: 'Azay-sur-Thouet', postcode: '79130', latitude: 46.6247, longitude: -0.3597 },
  { name: 'Secondigny', postcode: '79130', latitude: 46.6097, longitude: -0.4147 },
  { name: 'Ménigoute', postcode: '79340', latitude: 46.4989, longitude: -0.0567 },
  { name: "L'Absie", postcode: '79240', latitude: 46.6358, longitude: -0.5714 },
  { name: "Coulonges-sur-l'Autize", postcode: '79160', latitude: 46.4833, longitude: -0.5983 },
];
const here = { latitude: 46.6097, longitude: -0.4147 }; // a gîte in Secondigny

describe('near-a-point search', () => {
  let t: TestApp;
  let territoryId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory()).id;
    for (const place of PLACES) {
      const producer = await make.producer(territoryId, {
        name: `Ferme de ${place.name}`,
        commune: place.name,
        postcode: place.postcode,
        latitude: place.latitude,
        longitude: place.longitude,
      });
      await make.publishedOffer(producer.id, { title: { fr: `Offre de ${place.name}` } });
    }
  });
  afterAll(() => t.close());

  it('answers producers nearest first, with distances that match a haversine computed here', async () => {
    const response = await t
      .http()
      .get('/api/v1/producers')
      .query({ territoryId, near: `${here.latitude},${here.longitude}`, limit: 100 });
    expect(response.status).toBe(200);
    const items = response.body.items as { commune: string; latitude: number; longitude: number; distanceKm: number }[];
    const expected = [...PLACES].sort((a, b) => haversineKm(here, a) - haversineKm(here, b)).map((p) => p.name);
    expect(items.map((p) => p.commune)).toEqual(expected);
    for (const item of items) {
      expect(item.distanceKm).toBeCloseTo(haversineKm(here, item), 2);
    }
    expect(items[0].distanceKm).toBe(0);
  });

  it('bounds the search with radiusKm and counts only what is inside', async () => {
    const radiusKm = 15;
    const inside = PLACES.filter((p) => haversineKm(here, p) <= radiusKm).map((p) => p.name);
    const response = await t
      .http()
      .get('/api/v1/producers')
      .query({ territoryId, near: `${here.latitude},${here.longitude}`, radiusKm });
    expect(response.body.total).toBe(inside.length);
    expect(response.body.items.map((p: { commune: string }) => p.commune).sort()).toEqual(inside.sort());
    expect(inside.length).toBeGreaterThan(1);
    expect(inside.length).toBeLessThan(PLACES.length);
  });

  it('pages through nearest-first results without repeating or skipping', async () => {
    const near = `${here.latitude},${here.longitude}`;
    const first = await t.http().get('/api/v1/producers').query({ territoryId, near, limit: 4, page: 1 });
    const second = await t.http().get('/api/v1/producers').query({ territoryId, near, limit: 4, page: 2 });
    const all = [...first.body.items, ...second.body.items].map((p: { distanceKm: number }) => p.distanceKm);
    expect(all).toHaveLength(PLACES.length);
    expect(all).toEqual([...all].sort((a, b) => a - b));
  });

  it('offers sort by their producer’s distance', async () => {
    const response = await t.http().get('/api/v1/offers').query({ territoryId, near: '46.4989,-0.0567', status: 'published' });
    expect(response.body.items[0].title.fr).toBe('Offre de Ménigoute');
    const distances = response.body.items.map((o: { distanceKm: number }) => o.distanceKm);
    expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b));
  });

  it('accommodations can be searched near a point too', async () => {
    const make = factories(t);
    await make.accommodation(territoryId, { name: 'Gîte proche', latitude: 46.61, longitude: -0.41 });
    await make.accommodation(territoryId, { name: 'Gîte lointain', latitude: 46.48, longitude: -0.6 });
    const response = await t
      .http()
      .get('/api/v1/accommodations')
      .query({ territoryId, near: `${here.latitude},${here.longitude}` });
    expect(response.body.items.map((a: { name: string }) => a.name)).toEqual(['Gîte proche', 'Gîte lointain']);
  });

  it('a malformed point or a radius without a point is a 400 naming the field', async () => {
    const outOfRange = await t.http().get('/api/v1/producers').query({ near: '95,0' });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.errors[0].field).toBe('near');
    const garbage = await t.http().get('/api/v1/producers').query({ near: 'parthenay' });
    expect(garbage.body.errors[0].field).toBe('near');
    const radiusAlone = await t.http().get('/api/v1/producers').query({ radiusKm: 10 });
    expect(radiusAlone.status).toBe(400);
    expect(radiusAlone.body.errors).toEqual([{ field: 'radiusKm', message: 'radiusKm needs near=latitude,longitude', code: 'radius_needs_near' }]);
    const negative = await t.http().get('/api/v1/producers').query({ near: '46,0', radiusKm: -3 });
    expect(negative.body.errors[0].field).toBe('radiusKm');
  });
});
