import { randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../apps/api/src/openapi/openapi.js';
import { Actor, todayIn } from '#common';
import { ProducersService, producerView } from '#directory';
import { factories, type Place } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

type Json = Record<string, unknown>;

describe('answers are views, never rows: each says what the contract documents and what the reader may see', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let document: OpenAPIObject;
  let territoryId: string;
  let producer: Place;
  let accommodation: Place;
  let owner: Member;
  let coordinator: Member;

  /** The properties the OpenAPI document gives a component schema. */
  const documented = (schema: string) => Object.keys((document.components?.schemas?.[schema] as { properties: Json }).properties);
  const expectOnlyDocumented = (body: Json, schema: string) =>
    expect(
      Object.keys(body).filter((key) => !documented(schema).includes(key)),
      schema,
    ).toEqual([]);

  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
    document = buildOpenApiDocument(t.app);
    territoryId = (await make.territory({ offersNeedReview: true })).id;
    producer = await make.producer(territoryId, { externalRef: 'SIT-79-0042' });
    accommodation = await make.accommodation(territoryId, { externalRef: 'GITE-7' });
    owner = await t.member(territoryId, 'producer', { producerId: producer.id });
    coordinator = await t.member(territoryId, 'coordinator');
  });
  afterAll(() => t.close());

  it('a producer’s coordinator reference reaches its coordinators only, never an anonymous reader nor the producer itself', async () => {
    const anonymous = await t.anonymous().get(`/api/v1/producers/${producer.id}`).expect(200);
    expect(anonymous.body).not.toHaveProperty('externalRef');
    const listed = await t.anonymous().get(`/api/v1/producers?territoryId=${territoryId}&near=46.6,-0.25`).expect(200);
    expect(listed.body.items[0]).not.toHaveProperty('externalRef');
    expect(listed.body.items[0].distanceKm).toEqual(expect.any(Number));
    expect((await t.as(owner.token).get(`/api/v1/producers/${producer.id}`).expect(200)).body).not.toHaveProperty('externalRef');
    expect((await t.as(coordinator.token).get(`/api/v1/producers/${producer.id}`).expect(200)).body.externalRef).toBe('SIT-79-0042');
    expect((await t.as(coordinator.token).get(`/api/v1/accommodations/${accommodation.id}`).expect(200)).body.externalRef).toBe('GITE-7');
  });

  it('why a coordinator refused an offer is said to its producer, not to the public', async () => {
    const today = todayIn('Europe/Paris');
    const draft = await t
      .as(owner.token)
      .post('/api/v1/offers')
      .send({ producerId: producer.id, title: { fr: 'Visite' }, kind: 'visit', validFrom: today })
      .expect(201);
    await t.as(owner.token).post(`/api/v1/offers/${draft.body.id}/submit`).expect(200);
    const refused = await t.as(coordinator.token).post(`/api/v1/offers/${draft.body.id}/reject`).send({ reason: 'Précisez les horaires' }).expect(200);
    expect(refused.body.reviewNote).toBe('Précisez les horaires');
    expect((await t.as(owner.token).get(`/api/v1/offers/${draft.body.id}`).expect(200)).body.reviewNote).toBe('Précisez les horaires');
    await t.as(owner.token).post(`/api/v1/offers/${draft.body.id}/submit`).expect(200);
    await t.as(coordinator.token).post(`/api/v1/offers/${draft.body.id}/publish`).expect(200);
    const published = await t.anonymous().get(`/api/v1/offers?producerId=${producer.id}`).expect(200);
    expect(published.body.items).toHaveLength(1);
    expect(published.body.items[0]).not.toHaveProperty('reviewNote');
  });

  it('every answer holds only the fields its schema documents', async () => {
    const today = todayIn('Europe/Paris');
    const host = await t.member(territoryId, 'host', { accommodationIds: [accommodation.id] });
    const offer = await make.publishedOffer(producer.id, { validFrom: today, usesPerPass: 1 });
    const pass = await t
      .as(host.token)
      .post('/api/v1/passes')
      .send({ accommodationId: accommodation.id, arrival: today, departure: today, guests: 2, lang: 'fr' })
      .expect(201);
    const use = await t
      .as(owner.token)
      .post(`/api/v1/passes/${pass.body.code}/redemptions`)
      .set('idempotency-key', randomUUID())
      .send({ offerId: offer.id })
      .expect(201);
    const as = t.as(coordinator.token);
    const answers: [Json, string][] = [
      [(await as.get(`/api/v1/producers/${producer.id}`)).body, 'Producer'],
      [(await as.get(`/api/v1/producers?territoryId=${territoryId}`)).body.items[0], 'ProducerListItem'],
      [(await as.get(`/api/v1/accommodations/${accommodation.id}`)).body, 'Accommodation'],
      [(await as.get(`/api/v1/accommodations?territoryId=${territoryId}`)).body.items[0], 'AccommodationListItem'],
      [(await as.get(`/api/v1/offers/${offer.id}`)).body, 'Offer'],
      [(await as.get(`/api/v1/offers?territoryId=${territoryId}`)).body.items[0], 'OfferListItem'],
      [(await as.get(`/api/v1/territories/${territoryId}`)).body, 'Territory'],
      [(await t.anonymous().get(`/api/v1/territories`)).body.items[0], 'Territory'],
      [use.body, 'Redemption'],
      [(await as.get('/api/v1/redemptions')).body.items[0], 'Redemption'],
      [(await as.get(`/api/v1/territories/${territoryId}/audit`)).body.items[0], 'AuditEntry'],
      [pass.body, 'PassView'],
    ];
    for (const [body, schema] of answers) {
      expect(body, schema).toBeDefined();
      expectOnlyDocumented(body, schema);
    }
  });

  it('a property added to a row never reaches an answer by itself', async () => {
    const entity = Object.assign(await t.app.get(ProducersService).get(producer.id, Actor.anonymous()), { secretNote: 'not for anyone' });
    const view = producerView(entity, Actor.anonymous());
    expect(JSON.stringify(view)).not.toContain('not for anyone');
    expectOnlyDocumented(view as unknown as Json, 'Producer');
  });
});
