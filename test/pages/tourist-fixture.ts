import { factories } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';

/**
 * A gîte in Secondigny and producers at known distances: Azay (~4 km), Parthenay (~13 km),
 * Ménigoute (~28 km); plus what must never show: a draft, an expired offer, a suspended producer.
 */
export async function touristWorld(t: TestApp) {
  const make = factories(t);
  const territory = await make.territory({ name: 'Bons plans de Gâtine', languages: ['fr', 'en'] });
  const territoryId = territory.id;
  const gite = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls', latitude: 46.6097, longitude: -0.4147 });
  const azay = await make.producer(territoryId, {
    name: 'Miellerie d’Azay',
    categories: ['honey'],
    postcode: '79130',
    commune: 'Azay-sur-Thouet',
    latitude: 46.6247,
    longitude: -0.3597,
    phone: '+33 5 49 00 00 01',
    openingHours: 'Mo-Su 00:00-24:00',
  });
  const parthenay = await make.producer(territoryId, {
    name: 'Fromagerie de Parthenay',
    categories: ['dairy_cheese'],
    commune: 'Parthenay',
    latitude: 46.6486,
    longitude: -0.2472,
  });
  const menigoute = await make.producer(territoryId, {
    name: 'Ferme de Ménigoute',
    categories: ['meat'],
    postcode: '79340',
    commune: 'Ménigoute',
    latitude: 46.4989,
    longitude: -0.0567,
    openingHours: 'Mo-Su off',
  });
  const suspended = await make.producer(territoryId, { name: 'Ferme Suspendue', categories: ['honey'], latitude: 46.61, longitude: -0.41 });

  const year = new Date().getUTCFullYear();
  const season = { validFrom: `${year - 1}-01-01`, validTo: `${year + 1}-12-31` };
  const honey = await make.publishedOffer(azay.id, {
    title: { fr: '10 % sur le miel', en: '10% off honey' },
    kind: 'percent_off',
    value: 10,
    ...season,
  });
  const cheese = await make.publishedOffer(parthenay.id, {
    title: { fr: '2 € offerts dès 15 €', en: '€2 off from €15' },
    kind: 'amount_off',
    value: 200,
    minPurchaseCents: 1500,
    ...season,
  });
  const xss = await make.publishedOffer(menigoute.id, {
    title: { fr: '<script>alert(1)</script><img src=x onerror=alert(2)>' },
    kind: 'visit',
    ...season,
  });
  await make.offer(azay.id, { title: { fr: 'Brouillon secret' }, ...season });
  await make.publishedOffer(parthenay.id, { title: { fr: 'Offre expirée' }, validFrom: `${year - 2}-01-01`, validTo: `${year - 2}-12-31` });
  await make.publishedOffer(suspended.id, { title: { fr: 'Offre d’un producteur suspendu' }, ...season });
  await t.http().patch(`/api/v1/producers/${suspended.id}`).send({ status: 'suspended' }).expect(200);
  return { territoryId, gite, producers: { azay, parthenay, menigoute }, offers: { honey, cheese, xss } };
}
