import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const names = (body: { items: { name?: string; title?: { fr: string } }[] }) => body.items.map((item) => item.name ?? item.title?.fr);

describe('search by words and conditional requests, as clients of the API use them', () => {
  let t: TestApp;
  let territoryId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    const bakery = await make.producer(territoryId, { name: 'Boulangerie-Pâtisserie Martin', description: { fr: 'Pain au levain', en: 'Sourdough bread' } });
    await make.producer(territoryId, { name: 'Pâtisserie des Halles', description: { fr: 'Gâteaux', nl: 'Taarten van de markt' } });
    await make.producer(territoryId, { name: 'Boulangerie du Bourg' });
    await make.accommodation(territoryId, { name: 'Gîte du Moulin', description: { fr: 'Au bord de la rivière', en: 'By the river' } });
    await make.publishedOffer(bakery.id, {
      title: { fr: 'Une viennoiserie offerte', en: 'A free pastry', de: 'Ein Gebäck geschenkt' },
      validFrom: '2020-01-01',
    });
  });
  afterAll(() => t.close());

  it('a search for two words finds the records holding both, in any order and across hyphens', async () => {
    const both = await t.anonymous().get('/api/v1/producers').query({ territoryId, q: 'boulangerie patisserie' }).expect(200);
    expect(names(both.body)).toEqual(['Boulangerie-Pâtisserie Martin']);
    const reversed = await t.anonymous().get('/api/v1/producers').query({ territoryId, q: 'Pâtisserie, boulangerie' }).expect(200);
    expect(names(reversed.body)).toEqual(['Boulangerie-Pâtisserie Martin']);
    const one = await t.anonymous().get('/api/v1/producers').query({ territoryId, q: 'PATISSERIE' }).expect(200);
    expect(names(one.body)).toEqual(['Boulangerie-Pâtisserie Martin', 'Pâtisserie des Halles']);
  });

  it('descriptions and titles are searched in every language they are written in', async () => {
    const english = await t.anonymous().get('/api/v1/producers').query({ territoryId, q: 'sourdough' }).expect(200);
    expect(names(english.body)).toEqual(['Boulangerie-Pâtisserie Martin']);
    const dutch = await t.anonymous().get('/api/v1/producers').query({ territoryId, q: 'taarten markt' }).expect(200);
    expect(names(dutch.body)).toEqual(['Pâtisserie des Halles']);
    const german = await t.anonymous().get('/api/v1/offers').query({ territoryId, q: 'gebäck martin' }).expect(200);
    expect(names(german.body)).toEqual(['Une viennoiserie offerte']);
    const river = await t.http().get('/api/v1/accommodations').query({ territoryId, q: 'river moulin' }).expect(200);
    expect(names(river.body)).toEqual(['Gîte du Moulin']);
  });

  it('a commune is found however it was spelt: hyphens, spaces, capitals, accents, "St" for "Saint"', async () => {
    const make = factories(t);
    const own = (await make.territory({ name: 'Aunis' })).id;
    for (const [commune, postcode] of [
      ['Saint-Jean-de-Liversay', '17170'],
      ['Saint jean de liversay', '17170'],
      ['St Jean de Liversay', '17170'],
      ['Saint-Jean-d’Angély', '17400'],
    ])
      await make.producer(own, { name: `Ferme de ${commune}`, commune, postcode });
    const found = await t.anonymous().get('/api/v1/producers').query({ territoryId: own, commune: 'SAINT JEAN DE LIVERSAY' }).expect(200);
    expect(found.body.total).toBe(3);
    const accented = await t.anonymous().get('/api/v1/producers').query({ territoryId: own, commune: 'st-jean-d angely' }).expect(200);
    expect(names(accented.body)).toEqual(['Ferme de Saint-Jean-d’Angély']);
  });

  it('the open-data feeds answer 304 to a weak tag, a list of tags and *, and 200 to any other tag', async () => {
    const feed = `/api/v1/territories/${territoryId}/producers.geojson`;
    const etag = (await t.anonymous().get(feed).expect(200)).headers.etag;
    await t.anonymous().get(feed).set('if-none-match', `W/${etag}`).expect(304);
    await t.anonymous().get(feed).set('if-none-match', `"stale", ${etag}`).expect(304);
    await t.anonymous().get(feed).set('if-none-match', '*').expect(304);
    await t.anonymous().get(feed).set('if-none-match', '"stale"').expect(200);
  });

  it('a map on another site reads the feeds, their ETag and their errors, and its preflight is answered', async () => {
    const feed = `/api/v1/territories/${territoryId}/producers.jsonld`;
    const ok = await t.anonymous().get(feed).set('origin', 'https://map.example').expect(200);
    expect(ok.headers['access-control-allow-origin']).toBe('*');
    expect(ok.headers['access-control-expose-headers']).toBe('ETag');
    const unknown = await t.anonymous().get('/api/v1/territories/00000000-0000-4000-8000-000000000000/producers.jsonld').expect(404);
    expect(unknown.headers['access-control-allow-origin']).toBe('*');
    const malformed = await t.anonymous().get('/api/v1/territories/not-an-id/producers.geojson').expect(400);
    expect(malformed.headers['access-control-allow-origin']).toBe('*');
    const preflight = await t
      .anonymous()
      .options(feed)
      .set('origin', 'https://map.example')
      .set('access-control-request-method', 'GET')
      .set('access-control-request-headers', 'if-none-match')
      .expect(204);
    expect(preflight.headers).toMatchObject({ 'access-control-allow-origin': '*', 'access-control-allow-headers': 'If-None-Match' });
    expect(preflight.headers['access-control-allow-methods']).toContain('GET');
  });
});
