import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import type { Schema } from '../support/typed-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Language-tagged values as "lang: text", spaces as typed (Intl puts non-breaking ones around € and %). */
const inWords = (values: { '@value': string; '@language': string }[]) =>
  values.map((value) => `${value['@language']}: ${value['@value'].replace(/[\u00a0\u202f]/g, ' ')}`);

const jsonLdOf = (page: string) => {
  const scripts = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  // as untyped as a response's body, and read the same way
  return JSON.parse(scripts[0][1]);
};

describe('open data: JSON-LD on public pages, GeoJSON and JSON-LD feeds', () => {
  let t: TestApp;
  let territoryId: string;
  let honey: Schema<'Producer'>;
  let bakery: Schema<'Producer'>;
  let gite: Schema<'Accommodation'>;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    honey = await make.producer(territoryId, {
      name: 'Miellerie </script><script>alert(1)</script>',
      description: { fr: 'Miel de Gâtine', en: 'Gâtine honey' },
      openingHours: 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00',
      phone: '+33 5 49 00 00 00',
      latitude: 46.6486,
      longitude: -0.2472,
    });
    bakery = await make.producer(territoryId, { name: 'Boulangerie du Bourg', categories: ['bakery_pastry'], latitude: 46.6, longitude: -0.3 });
    await make.publishedOffer(bakery.id, {
      title: { fr: 'Croissant offert' },
      kind: 'gift',
      value: null,
      conditions: { fr: 'Le dimanche' },
      validFrom: '2020-01-01',
    });
    const suspended = await make.producer(territoryId, { name: 'Ferme suspendue' });
    await t.http().patch(`/api/v1/producers/${suspended.id}`).send({ status: 'suspended' }).expect(200);
    await make.publishedOffer(honey.id, { title: { fr: 'Miel −10 %', en: 'Honey −10%' }, validFrom: '2020-01-01', minPurchaseCents: 1500 });
    await make.offer(honey.id, { title: { fr: 'Brouillon secret', en: 'Secret draft' } });
    gite = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls', kind: 'gite', latitude: 46.62, longitude: -0.25 });
  });
  afterAll(() => t.close());

  it('the GeoJSON feed holds every active producer as a [longitude, latitude] point with its offers shown today', async () => {
    const response = await t.anonymous().get(`/api/v1/territories/${territoryId}/producers.geojson`).expect(200);
    expect(response.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const collection = JSON.parse(response.text);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual(['Boulangerie du Bourg', honey.name]);
    const feature = collection.features[1];
    expect(feature).toMatchObject({ type: 'Feature', id: honey.id, geometry: { type: 'Point', coordinates: [-0.2472, 46.6486] } });
    expect(feature.properties).toMatchObject({
      commune: honey.commune,
      postcode: honey.postcode,
      openingHours: honey.openingHours,
      url: `http://terroir.test/f/${honey.code}`,
    });
    expect(feature.properties.offers.map((o: { title: { fr: string } }) => o.title.fr)).toEqual(['Miel −10 %']);
    for (const f of collection.features) {
      const [lng, lat] = f.geometry.coordinates;
      expect(Math.abs(lng)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  });

  it('the feeds answer 304 while nothing changed, and change as soon as a producer does', async () => {
    const first = await t.anonymous().get(`/api/v1/territories/${territoryId}/producers.jsonld`).expect(200);
    const etag = first.headers.etag;
    await t.anonymous().get(`/api/v1/territories/${territoryId}/producers.jsonld`).set('if-none-match', etag).expect(304);
    await t.http().patch(`/api/v1/producers/${bakery.id}`).send({ phone: '+33 5 49 11 11 11' }).expect(200);
    const after = await t.anonymous().get(`/api/v1/territories/${territoryId}/producers.jsonld`).set('if-none-match', etag).expect(200);
    expect(after.headers.etag).not.toBe(etag);
    await t.anonymous().get('/api/v1/territories/00000000-0000-4000-8000-000000000000/producers.geojson').expect(404);
  });

  it('the JSON-LD feed describes each producer as a schema.org business with address, geo, hours and offers', async () => {
    const response = await t.anonymous().get(`/api/v1/territories/${territoryId}/producers.jsonld`).expect(200);
    expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const document = JSON.parse(response.text);
    expect(document['@context']).toBe('https://schema.org');
    const [baker, honeyNode] = document['@graph'];
    expect(baker['@type']).toBe('Bakery');
    expect(honeyNode).toMatchObject({
      '@type': 'Store',
      '@id': `http://terroir.test/f/${honey.code}`,
      name: honey.name,
      description: [
        { '@value': 'Miel de Gâtine', '@language': 'fr' },
        { '@value': 'Gâtine honey', '@language': 'en' },
      ],
      telephone: '+33549000000',
      address: { '@type': 'PostalAddress', streetAddress: honey.address, postalCode: honey.postcode, addressLocality: honey.commune, addressCountry: 'FR' },
      geo: { '@type': 'GeoCoordinates', latitude: 46.6486, longitude: -0.2472 },
    });
    // what it sells as words, not the app's keys
    expect(honeyNode.keywords).toContainEqual({ '@value': 'Miel', '@language': 'fr' });
    expect(JSON.stringify(honeyNode)).not.toMatch(/"keywords":"honey"/);
    const days = (names: string[]) => names.map((name) => `https://schema.org/${name}`);
    expect(honeyNode.openingHoursSpecification).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: days(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']),
        opens: '09:00',
        closes: '12:00',
      },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: days(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']), opens: '14:00', closes: '18:00' },
    ]);
    expect(honeyNode.makesOffer).toEqual([
      expect.objectContaining({
        '@type': 'Offer',
        name: [
          { '@value': 'Miel −10 %', '@language': 'fr' },
          { '@value': 'Honey −10%', '@language': 'en' },
        ],
        validFrom: '2020-01-01',
        eligibleTransactionVolume: { '@type': 'PriceSpecification', minPrice: 15, priceCurrency: 'EUR' },
      }),
    ]);
    // the discount in words (schema.org has no property for it), with the minimum purchase
    expect(inWords(honeyNode.makesOffer[0].description)).toEqual([
      'fr: 10 % de réduction dès 15 € d’achat.',
      'en: 10% off on a purchase of €15 or more.',
      'nl: 10% korting bij aankoop vanaf € 15.',
      'de: 10 % Rabatt ab einem Einkauf von 15 €.',
    ]);
    expect(honeyNode.makesOffer[0].price).toBeUndefined();
    // a gift costs the pass holder nothing: a price of 0, and the conditions where they were written
    expect(baker.makesOffer).toEqual([
      expect.objectContaining({
        price: 0,
        priceCurrency: 'EUR',
      }),
    ]);
    expect(inWords(baker.makesOffer[0].description).slice(0, 2)).toEqual(['fr: Un cadeau offert. Le dimanche', 'en: A free gift.']);
  });

  it('the producer’s public page carries its JSON-LD, and a name with </script> cannot break out of it', async () => {
    const page = (await t.anonymous().get(`/f/${honey.code}`).expect(200)).text;
    expect(page).not.toContain('<script>alert(1)</script>');
    const data = jsonLdOf(page);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Store',
      name: honey.name,
      geo: { latitude: 46.6486, longitude: -0.2472 },
    });
    expect(inWords(data.makesOffer[0].description)).toContain('de: 10 % Rabatt ab einem Einkauf von 15 €.');
  });

  it('the accommodation’s public page carries a schema.org LodgingBusiness with its address and position', async () => {
    const page = (await t.anonymous().get(`/v/${gite.code}`).expect(200)).text;
    expect(jsonLdOf(page)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LodgingBusiness',
      '@id': `http://terroir.test/v/${gite.code}`,
      name: 'Gîte des Tilleuls',
      address: { addressLocality: gite.commune, postalCode: gite.postcode, addressCountry: 'FR' },
      geo: { '@type': 'GeoCoordinates', latitude: 46.62, longitude: -0.25 },
      containedInPlace: { name: 'Gâtine' },
    });
  });
});
