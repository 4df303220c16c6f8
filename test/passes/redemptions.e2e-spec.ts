import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { factories, type Place } from '../support/factories.js';
import { hasPoppler, hasZbar, pdfQrCodes } from '../support/system-tools.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';
import { shiftDays } from '../support/calendar.js';

describe('passes and redemptions', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let territoryId: string;
  let accommodation: Place;
  let otherAccommodation: Place;
  let host: Member;
  let otherHost: Member;
  let producer: Member;
  let otherProducer: Member;
  let producerId: string;
  let otherProducerId: string;
  const today = todayIn('Europe/Paris');
  const season = { validFrom: shiftDays(today, -30), validTo: shiftDays(today, 30) };

  const issue = async (overrides: object = {}, as = host) => {
    const response = await t
      .as(as.token)
      .post('/api/v1/passes')
      .send({ accommodationId: accommodation.id, arrival: shiftDays(today, -1), departure: shiftDays(today, 3), guests: 2, lang: 'en', ...overrides });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as { code: string; id: string; offers: { offerId: string; usesLeft: number }[] };
  };
  const redeem = (code: string, offerId: string, key = randomUUID(), as = producer, lang = 'fr') =>
    t.as(as.token).post(`/api/v1/passes/${code}/redemptions`).set('idempotency-key', key).set('accept-language', lang).send({ offerId, amountCents: 1850 });

  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    accommodation = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' });
    otherAccommodation = await make.accommodation(territoryId, { name: 'Chambres du Moulin' });
    producerId = (await make.producer(territoryId, { name: 'Miellerie' })).id;
    otherProducerId = (await make.producer(territoryId, { name: 'Boulangerie' })).id;
    host = await t.member(territoryId, 'host', { accommodationIds: [accommodation.id] });
    otherHost = await t.member(territoryId, 'host', { accommodationIds: [otherAccommodation.id] });
    producer = await t.member(territoryId, 'producer', { producerId });
    otherProducer = await t.member(territoryId, 'producer', { producerId: otherProducerId });
  });
  afterAll(() => t.close());

  it('a host issues a pass with a short code; anyone with the code reads it, with the offers it can use', async () => {
    const offer = await make.publishedOffer(producerId, { usesPerPass: 2, ...season });
    const pass = await issue();
    expect(pass.code).toMatch(/^[2-9a-hjkmnp-z]{11}$/);
    const read = await t.anonymous().get(`/api/v1/passes/${pass.code}`);
    expect(read.body).toMatchObject({
      validity: 'valid',
      accommodationName: 'Gîte des Tilleuls',
      guests: 2,
      lang: 'en',
      url: `http://terroir.test/p/${pass.code}`,
    });
    expect(read.body.offers).toContainEqual(expect.objectContaining({ offerId: offer.id, usesLeft: 2, producerName: 'Miellerie' }));
    expect(JSON.stringify(read.body)).not.toContain('issuedBy');
    const bad = await t
      .as(host.token)
      .post('/api/v1/passes')
      .send({ accommodationId: otherAccommodation.id, arrival: today, departure: shiftDays(today, -2), guests: 0, lang: 'xx' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['guests', 'lang']);
    expect(
      (await t.as(host.token).post('/api/v1/passes').send({ accommodationId: otherAccommodation.id, arrival: today, departure: today, guests: 1, lang: 'fr' }))
        .body.errors[0].field,
    ).toBe('accommodationId');
  });

  it('a host retrying the issue of a pass with the same Idempotency-Key, even at once, gets the one pass issued', async () => {
    const key = randomUUID();
    const stayOf = { accommodationId: accommodation.id, arrival: today, departure: shiftDays(today, 2), guests: 3, lang: 'nl' };
    const send = (body: object = stayOf, idempotencyKey: string = key) =>
      t.as(host.token).post('/api/v1/passes').set('idempotency-key', idempotencyKey).send(body);
    const responses = await Promise.all([send(), send(), send()]);
    expect(responses.map((r) => r.status).sort(), JSON.stringify(responses.map((r) => r.body))).toEqual([200, 200, 201]);
    expect(new Set(responses.map((r) => r.body.code)).size).toBe(1);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int FROM passes WHERE guests = 3 AND lang = 'nl' AND arrival = $1`, [today]);
    expect(count).toBe(1);
    const later = await send();
    expect(later.status).toBe(200);
    expect(later.body.code).toBe(responses[0].body.code);
    const otherStay = await send({ ...stayOf, guests: 4 });
    expect(otherStay.status).toBe(409);
    expect(otherStay.body.errors[0].field).toBe('Idempotency-Key');
    const malformed = await send(stayOf, 'short');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].field).toBe('Idempotency-Key');
  });

  it('a producer records a use; a retry with the same key gives the first result and records nothing more', async () => {
    const offer = await make.publishedOffer(producerId, { usesPerPass: 1, ...season });
    const pass = await issue();
    const key = randomUUID();
    const first = await redeem(pass.code, offer.id, key);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      offerId: offer.id,
      producerId,
      accommodationId: accommodation.id,
      redeemedOn: today,
      amountCents: 1850,
      voidedAt: null,
    });
    const retry = await redeem(pass.code, offer.id, key);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    const reused = await redeem(pass.code, (await make.publishedOffer(producerId, season)).id, key);
    expect(reused.status).toBe(409);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int FROM redemptions WHERE pass_id = $1`, [pass.id]);
    expect(count).toBe(1);
    expect((await redeem(pass.code, offer.id)).status).toBe(409);
    const missingKey = await t.as(producer.token).post(`/api/v1/passes/${pass.code}/redemptions`).send({ offerId: offer.id });
    expect(missingKey.status).toBe(400);
    expect(missingKey.body.errors[0].field).toBe('Idempotency-Key');
  });

  it('the same Idempotency-Key sent twice at once (a retry racing the first try) answers the one recorded use to both', async () => {
    for (const usesPerPass of [1, 3]) {
      const offer = await make.publishedOffer(producerId, { usesPerPass, ...season });
      const pass = await issue();
      const key = randomUUID();
      const responses = await Promise.all(Array.from({ length: 6 }, () => redeem(pass.code, offer.id, key)));
      expect(responses.map((r) => r.status).sort(), JSON.stringify(responses.map((r) => r.body))).toEqual([200, 200, 200, 200, 200, 201]);
      expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int FROM redemptions WHERE pass_id = $1`, [pass.id]);
      expect(count).toBe(1);
    }
  });

  it('50 simultaneous taps on an offer allowed once: exactly one use, 49 refusals, one row', async () => {
    const offer = await make.publishedOffer(producerId, { usesPerPass: 1, ...season });
    const pass = await issue();
    const responses = await Promise.all(Array.from({ length: 50 }, () => redeem(pass.code, offer.id)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int FROM redemptions WHERE pass_id = $1 AND offer_id = $2`, [pass.id, offer.id]);
    expect(count).toBe(1);
  });

  it('an offer’s total quota holds across passes', async () => {
    const offer = await make.publishedOffer(producerId, { usesPerPass: 3, quota: 2, ...season });
    const passes = await Promise.all([issue(), issue(), issue()]);
    const statuses = await Promise.all(passes.map((p) => redeem(p.code, offer.id, randomUUID(), producer, 'en').then((r) => r.status)));
    expect(statuses.sort()).toEqual([201, 201, 409]);
    const refused = await redeem(passes[0].code, offer.id, randomUUID(), producer, 'en');
    expect(refused.body.message).toBe('This offer is sold out.');
  });

  it('refusals are said in the producer’s language: used up, not yet valid, expired, cancelled, not valid today, not yours', async () => {
    const once = await make.publishedOffer(producerId, { usesPerPass: 1, ...season });
    const pass = await issue();
    await redeem(pass.code, once.id);
    const usedUp = await redeem(pass.code, once.id, randomUUID(), producer, 'fr');
    expect(usedUp.status).toBe(409);
    expect(usedUp.body.message).toBe('Ce bon plan a déjà été utilisé autant de fois que permis avec ce pass.');
    // a client that says it in its own words reads the code, the same in every language
    expect(usedUp.body).toMatchObject({ code: 'offer_used_up', errors: [{ field: 'offerId', code: 'offer_used_up' }] });

    const later = await issue({ arrival: shiftDays(today, 2), departure: shiftDays(today, 5) });
    expect((await redeem(later.code, once.id, randomUUID(), producer, 'en')).body.message).toBe('This pass is not valid yet: the stay has not started.');
    const past = await issue({ arrival: shiftDays(today, -6), departure: shiftDays(today, -1) });
    expect((await redeem(past.code, once.id, randomUUID(), producer, 'de')).body.message).toBe('Dieser Pass ist abgelaufen: der Aufenthalt ist vorbei.');
    const cancelled = await issue();
    expect((await t.as(host.token).post(`/api/v1/passes/${cancelled.code}/cancel`)).body.status).toBe('cancelled');
    expect((await redeem(cancelled.code, once.id, randomUUID(), producer, 'en')).body.message).toBe('This pass was cancelled by the host.');

    const paused = await make.publishedOffer(producerId, season);
    await t.http().post(`/api/v1/offers/${paused.id}/pause`).expect(200);
    const fresh = await issue();
    expect((await redeem(fresh.code, paused.id, randomUUID(), producer, 'en')).body.message).toBe('This offer is not valid today.');
    const future = await make.publishedOffer(producerId, { validFrom: shiftDays(today, 10) });
    expect((await redeem(fresh.code, future.id, randomUUID(), producer, 'en')).status).toBe(409);

    const notMine = await make.publishedOffer(otherProducerId, season);
    const forbidden = await redeem(fresh.code, notMine.id, randomUUID(), producer, 'en');
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ message: 'This is not your offer: only its producer can record it.', code: 'not_your_offer' });
    expect((await redeem(fresh.code, notMine.id, randomUUID(), host, 'en')).status).toBe(403);
  });

  it('the database refuses a use that breaks the rules even when the code is bypassed', async () => {
    const once = await make.publishedOffer(producerId, { usesPerPass: 1, ...season });
    const pass = await issue();
    await redeem(pass.code, once.id).expect(201);
    await expect(
      t.dataSource.query(
        `INSERT INTO redemptions (pass_id, offer_id, territory_id, producer_id, accommodation_id, redeemed_on, idempotency_key) VALUES ($1, $2, $3, $4, $5, $6, 'direct-insert')`,
        [pass.id, once.id, territoryId, producerId, accommodation.id, today],
      ),
    ).rejects.toMatchObject({ code: 'TPR06' });
  });

  it('a mistaken use is voided within 30 minutes, the void is recorded, and the use can be made again', async () => {
    const once = await make.publishedOffer(producerId, { usesPerPass: 1, ...season });
    const pass = await issue();
    const use = (await redeem(pass.code, once.id)).body;
    expect((await t.as(otherProducer.token).post(`/api/v1/redemptions/${use.id}/void`)).status).toBe(403);
    const voided = await t.as(producer.token).post(`/api/v1/redemptions/${use.id}/void`);
    expect(voided.status).toBe(200);
    expect(voided.body.voidedAt).not.toBeNull();
    expect(voided.body.voidedBy).toBe(producer.userId);
    expect((await t.as(producer.token).post(`/api/v1/redemptions/${use.id}/void`)).status).toBe(409);
    const again = await redeem(pass.code, once.id);
    expect(again.status).toBe(201);
    await t.dataSource.query(`ALTER TABLE redemptions DISABLE TRIGGER redemptions_only_voided`);
    await t.dataSource.query(`UPDATE redemptions SET created_at = now() - interval '31 minutes' WHERE id = $1`, [again.body.id]);
    await t.dataSource.query(`ALTER TABLE redemptions ENABLE TRIGGER redemptions_only_voided`);
    const late = await t.as(producer.token).post(`/api/v1/redemptions/${again.body.id}/void`).set('accept-language', 'en');
    expect(late.status).toBe(409);
    expect(late.body.message).toBe('It is too late to void this use.');
    const trail = await t.http().get(`/api/v1/territories/${territoryId}/audit`).query({ entityId: use.id });
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['void', 'redeem']);
  });

  it('every use is credited to the host whose pass it was: producers see who sent visitors, hosts what their guests used', async () => {
    const offer = await make.publishedOffer(producerId, { usesPerPass: 1, ...season });
    const pass = await issue();
    const use = (await redeem(pass.code, offer.id)).body;
    const mine = await t.as(host.token).get('/api/v1/redemptions').query({ limit: 100 });
    expect(mine.body.items.map((r: { id: string }) => r.id)).toContain(use.id);
    expect(mine.body.items.every((r: { accommodationId: string }) => r.accommodationId === accommodation.id)).toBe(true);
    const theirs = await t.as(otherHost.token).get('/api/v1/redemptions');
    expect(theirs.body.items.map((r: { id: string }) => r.id)).not.toContain(use.id);
    const producers = await t.as(producer.token).get('/api/v1/redemptions').query({ limit: 100 });
    expect(producers.body.items.find((r: { id: string }) => r.id === use.id)).toMatchObject({ accommodationId: accommodation.id, offerId: offer.id });
    expect((await t.as(otherProducer.token).get('/api/v1/redemptions')).body.items.map((r: { id: string }) => r.id)).not.toContain(use.id);
    const left = await t.anonymous().get(`/api/v1/passes/${pass.code}`);
    expect(left.body.offers.find((o: { offerId: string }) => o.offerId === offer.id).usesLeft).toBe(0);
  });

  it('only the host of the accommodation or a coordinator issues or cancels its passes', async () => {
    expect(
      (await t.as(otherHost.token).post('/api/v1/passes').send({ accommodationId: accommodation.id, arrival: today, departure: today, guests: 1, lang: 'fr' }))
        .status,
    ).toBe(400);
    const pass = await issue();
    expect((await t.as(otherHost.token).post(`/api/v1/passes/${pass.code}/cancel`)).status).toBe(403);
    expect((await t.as(producer.token).post(`/api/v1/passes/${pass.code}/cancel`)).status).toBe(403);
    expect((await t.anonymous().get('/api/v1/passes/zzzzzzzzzz')).status).toBe(404);
  });

  it('a tourist takes a pass from the accommodation page only where the territory allows it', async () => {
    const body = { accommodationCode: accommodation.code, arrival: today, departure: shiftDays(today, 2), guests: 3, lang: 'nl' };
    expect((await t.anonymous().post('/api/v1/passes/self-service').send(body)).status).toBe(403);
    await t.http().patch(`/api/v1/territories/${territoryId}`).send({ selfServicePasses: true }).expect(200);
    const taken = await t.anonymous().post('/api/v1/passes/self-service').send(body);
    expect(taken.status).toBe(201);
    expect(taken.body).toMatchObject({ accommodationId: accommodation.id, guests: 3, lang: 'nl', validity: 'valid' });
  });

  it.skipIf(!hasPoppler || !hasZbar)('the printable pass card’s QR code decodes to the pass page', async () => {
    const pass = await issue();
    const pdf = await t
      .anonymous()
      .get(`/api/v1/passes/${pass.code}/card.pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect((await pdfQrCodes(pdf.body)).flat()).toEqual([`http://terroir.test/p/${pass.code}`]);
  });

  it('simultaneous voids of one use: one succeeds, the others are told it is already voided', async () => {
    const once = await make.publishedOffer(producerId, { usesPerPass: 1, ...season });
    const pass = await issue();
    const use = (await redeem(pass.code, once.id)).body;
    const statuses = await Promise.all(
      Array.from({ length: 6 }, () =>
        t
          .as(producer.token)
          .post(`/api/v1/redemptions/${use.id}/void`)
          .then((r) => r.status),
      ),
    );
    expect(statuses.sort()).toEqual([200, 409, 409, 409, 409, 409]);
  });

  it('a year 0000 is a 400, not a 500', async () => {
    const response = await t
      .as(host.token)
      .post('/api/v1/passes')
      .send({ accommodationId: accommodation.id, arrival: '0000-01-01', departure: today, guests: 1, lang: 'fr' });
    expect(response.status).toBe(400);
    expect((await t.anonymous().get('/api/v1/offers').query({ validOn: '0000-01-01' })).status).toBe(400);
  });
});
