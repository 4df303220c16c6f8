import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const fieldsOf = (body: { errors: { field: string }[] }) => body.errors.map((e) => e.field).sort();

describe('offers', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let territoryId: string;
  let producerId: string;
  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
    territoryId = (await make.territory()).id;
    producerId = (await make.producer(territoryId, { categories: ['honey'] })).id;
  });
  afterAll(() => t.close());

  it('an offer starts as a draft in its producer’s territory, with the producer’s categories', async () => {
    const offer = await make.offer(producerId, {
      title: { fr: '2 € offerts dès 15 € d’achat', en: '€2 off from €15' },
      conditions: { fr: 'Une fois par séjour.' },
      kind: 'amount_off',
      value: 200,
      minPurchaseCents: 1500,
      usesPerPass: 1,
      quota: 100,
    });
    expect(offer).toMatchObject({
      territoryId,
      producerId,
      status: 'draft',
      kind: 'amount_off',
      value: 200,
      minPurchaseCents: 1500,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      usesPerPass: 1,
      quota: 100,
      categories: ['honey'],
      publishedAt: null,
    });
    expect(offer.title).toEqual({ fr: '2 € offerts dès 15 € d’achat', en: '€2 off from €15' });
  });

  it('a percentage over 100, an end before the start, a missing value and an unknown kind are 400s naming the field', async () => {
    const over = await t
      .http()
      .post('/api/v1/offers')
      .send({ producerId, title: { fr: 'Trop' }, kind: 'percent_off', value: 120, validFrom: '2026-05-01' });
    expect(over.status).toBe(400);
    expect(fieldsOf(over.body)).toContain('value');

    const dates = await t
      .http()
      .post('/api/v1/offers')
      .send({ producerId, title: { fr: 'Dates' }, kind: 'gift', validFrom: '2026-06-01', validTo: '2026-05-01' });
    expect(dates.status).toBe(400);
    expect(dates.body.errors).toEqual([
      { field: 'validTo', message: 'validTo must be on or after validFrom', code: 'invalid_value', params: { rule: 'satisfies' } },
    ]);

    const missing = await t
      .http()
      .post('/api/v1/offers')
      .send({ producerId, title: { fr: 'Sans valeur' }, kind: 'amount_off', validFrom: '2026-06-01' });
    expect(fieldsOf(missing.body)).toEqual(['value']);

    const kind = await t
      .http()
      .post('/api/v1/offers')
      .send({ producerId, title: { fr: 'x'.repeat(121) }, kind: 'free_beer', validFrom: '2026-02-30', categories: ['gold'] });
    expect(fieldsOf(kind.body)).toEqual(['categories', 'kind', 'title.fr', 'validFrom']);
  });

  it('an edit is checked against the stored offer', async () => {
    const offer = await make.offer(producerId, { kind: 'percent_off', value: 10, validFrom: '2026-04-01', validTo: '2026-09-30' });
    const bad = await t.http().patch(`/api/v1/offers/${offer.id}`).send({ value: 150 });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['value']);
    const badDates = await t.http().patch(`/api/v1/offers/${offer.id}`).send({ validTo: '2026-03-01' });
    expect(fieldsOf(badDates.body)).toEqual(['validTo']);
    const good = await t
      .http()
      .patch(`/api/v1/offers/${offer.id}`)
      .send({ value: 15, title: { fr: '15 % sur le miel', en: '15% off honey' } });
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ value: 15, title: { fr: '15 % sur le miel', en: '15% off honey' } });
  });

  it('moves through its lifecycle with explicit transitions; a forbidden move is a 409 saying why', async () => {
    const offer = await make.offer(producerId);
    const id = offer.id;
    const pauseDraft = await t.http().post(`/api/v1/offers/${id}/pause`);
    expect(pauseDraft.status).toBe(409);
    expect(pauseDraft.body.message).toBe('cannot pause an offer that is draft');

    const published = await t.http().post(`/api/v1/offers/${id}/publish`);
    expect(published.body.status).toBe('published');
    expect(published.body.publishedAt).not.toBeNull();
    expect((await t.http().post(`/api/v1/offers/${id}/pause`)).body.status).toBe('paused');
    expect((await t.http().post(`/api/v1/offers/${id}/publish`)).body.status).toBe('published');
    expect((await t.http().post(`/api/v1/offers/${id}/archive`)).body.status).toBe('archived');
    const afterArchive = await t.http().post(`/api/v1/offers/${id}/publish`);
    expect(afterArchive.status).toBe(409);
    const editArchived = await t.http().patch(`/api/v1/offers/${id}`).send({ value: 12 });
    expect(editArchived.status).toBe(409);
  });

  it('where the territory reviews offers, a draft is submitted, then approved or sent back with a reason', async () => {
    const reviewed = (await make.territory({ offersNeedReview: true })).id;
    const producer = await make.producer(reviewed);
    const offer = await make.offer(producer.id);
    const id = offer.id;

    const direct = await t.http().post(`/api/v1/offers/${id}/publish`);
    expect(direct.status).toBe(409);
    expect(direct.body.message).toContain('submit the offer for review');

    expect((await t.http().post(`/api/v1/offers/${id}/submit`)).body.status).toBe('pending_review');
    const rejected = await t.http().post(`/api/v1/offers/${id}/reject`).send({ reason: 'Précisez le montant minimum.' });
    expect(rejected.body).toMatchObject({ status: 'draft', reviewNote: 'Précisez le montant minimum.' });
    const noReason = await t.http().post(`/api/v1/offers/${id}/reject`).send({});
    expect(noReason.status).toBe(400);
    expect(fieldsOf(noReason.body)).toEqual(['reason']);

    await t.http().post(`/api/v1/offers/${id}/submit`);
    const approved = await t.http().post(`/api/v1/offers/${id}/publish`);
    expect(approved.body).toMatchObject({ status: 'published', reviewNote: null });
  });

  it('lists offers valid on a date, by status, kind and category', async () => {
    const own = (await make.territory()).id;
    const baker = await make.producer(own, { name: 'Fournil de Vasles', categories: ['bakery_pastry'] });
    const spring = await make.publishedOffer(baker.id, { title: { fr: 'Printemps' }, kind: 'gift', validFrom: '2026-03-01', validTo: '2026-05-31' });
    const summer = await make.publishedOffer(baker.id, { title: { fr: 'Été' }, kind: 'visit', validFrom: '2026-06-01', validTo: '2026-08-31' });
    const always = await make.publishedOffer(baker.id, { title: { fr: 'Toujours' }, kind: 'tasting', validFrom: '2026-01-01' });
    await make.offer(baker.id, { title: { fr: 'Brouillon' } });

    const july = await t.http().get('/api/v1/offers').query({ territoryId: own, status: 'published', validOn: '2026-07-14' });
    expect(july.body.items.map((o: { id: string }) => o.id).sort()).toEqual([summer.id, always.id].sort());
    const april = await t.http().get('/api/v1/offers').query({ territoryId: own, validOn: '2026-04-10', status: 'published' });
    expect(april.body.items.map((o: { id: string }) => o.id).sort()).toEqual([spring.id, always.id].sort());
    const gifts = await t.http().get('/api/v1/offers').query({ territoryId: own, kind: 'gift' });
    expect(gifts.body.items.map((o: { id: string }) => o.id)).toEqual([spring.id]);
    const bakery = await t.http().get('/api/v1/offers').query({ territoryId: own, category: 'bakery_pastry' });
    expect(bakery.body.total).toBe(4);
    const drafts = await t.http().get('/api/v1/offers').query({ territoryId: own, status: 'draft' });
    expect(drafts.body.total).toBe(1);
    const text = await t.http().get('/api/v1/offers').query({ territoryId: own, q: 'ete' });
    expect(text.body.items.map((o: { id: string }) => o.id)).toEqual([summer.id]);
    const badDate = await t.http().get('/api/v1/offers').query({ validOn: '14/07/2026' });
    expect(fieldsOf(badDate.body)).toEqual(['validOn']);
  });

  it('deleting a draft removes it; deleting an offer once published archives it', async () => {
    const draft = await make.offer(producerId);
    expect((await t.http().delete(`/api/v1/offers/${draft.id}`)).body).toEqual({ archived: false });
    expect((await t.http().get(`/api/v1/offers/${draft.id}`)).status).toBe(404);

    const published = await make.publishedOffer(producerId);
    expect((await t.http().delete(`/api/v1/offers/${published.id}`)).body).toEqual({ archived: true });
    expect((await t.http().get(`/api/v1/offers/${published.id}`)).body.status).toBe('archived');
  });

  it('an offer for an unknown producer is a 400 naming producerId', async () => {
    const response = await t
      .http()
      .post('/api/v1/offers')
      .send({ producerId: '00000000-0000-4000-8000-000000000000', title: { fr: 'x' }, kind: 'gift', validFrom: '2026-01-01' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'producerId', message: 'no producer has this id', code: 'producer_missing' }]);
  });
});
