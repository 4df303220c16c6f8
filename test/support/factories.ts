import { expect } from 'vitest';
import type { TestApp } from './test-app.js';
import type { Schema } from './typed-api.js';

let counter = 0;
const next = () => ++counter;

type Json = Record<string, unknown>;

/** What the API answers on creating something, as its document types it. */
export type Created = Schema<'Territory'> | Schema<'Producer'> | Schema<'Accommodation'> | Schema<'Offer'>;
/** A territory, producer or accommodation: also a code, the one its public page and QR code carry. */
export type Place = Schema<'Territory'> | Schema<'Producer'> | Schema<'Accommodation'>;

/** What the builders need: requests as someone who may create everything. */
type Creator = Pick<TestApp, 'http'>;

async function post<T>(t: Creator, path: string, body: Json): Promise<T> {
  const response = await t.http().post(path).send(body);
  expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(201);
  return response.body as T;
}

/** Small builders that create what a test needs through the API itself. */
export function factories(t: Creator) {
  return {
    territory: (overrides: Partial<Schema<'CreateTerritoryDto'>> = {}) =>
      post<Schema<'Territory'>>(t, '/api/v1/territories', { name: `Territoire ${next()}`, ...overrides }),

    producer: (territoryId: string, overrides: Partial<Schema<'CreateProducerDto'>> = {}) =>
      post<Schema<'Producer'>>(t, '/api/v1/producers', {
        territoryId,
        name: `Ferme ${next()}`,
        categories: ['honey'],
        address: '1 rue de la Mairie',
        postcode: '79200',
        commune: 'Parthenay',
        latitude: 46.6486,
        longitude: -0.2472,
        ...overrides,
      }),

    accommodation: (territoryId: string, overrides: Partial<Schema<'CreateAccommodationDto'>> = {}) =>
      post<Schema<'Accommodation'>>(t, '/api/v1/accommodations', {
        territoryId,
        kind: 'gite',
        name: `Gîte ${next()}`,
        address: '3 chemin des Tilleuls',
        postcode: '79130',
        commune: 'Secondigny',
        latitude: 46.6097,
        longitude: -0.4147,
        capacity: 6,
        ...overrides,
      }),

    offer: (producerId: string, overrides: Partial<Schema<'CreateOfferDto'>> = {}) =>
      post<Schema<'Offer'>>(t, '/api/v1/offers', {
        producerId,
        title: { fr: `Offre ${next()}`, en: 'An offer' },
        kind: 'percent_off',
        value: 10,
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
        ...overrides,
      }),

    async publishedOffer(producerId: string, overrides: Partial<Schema<'CreateOfferDto'>> = {}) {
      const offer = await this.offer(producerId, overrides);
      let response = await t.http().post(`/api/v1/offers/${offer.id}/publish`);
      if (response.status === 409) {
        // A territory that reviews offers: submitted, then approved.
        await t.http().post(`/api/v1/offers/${offer.id}/submit`).expect(200);
        response = await t.http().post(`/api/v1/offers/${offer.id}/publish`);
      }
      expect(response.status).toBe(200);
      return response.body as Schema<'Offer'>;
    },
  };
}
