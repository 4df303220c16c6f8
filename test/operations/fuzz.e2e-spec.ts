import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { factories } from '../support/factories.js';
import { describeFailures, runFuzz } from '../support/fuzz/fuzz-run.js';
import { fuzzRequests, type OpenApiDocument, type Who, type World } from '../support/fuzz/requests.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

/**
 * Requests generated from docs/openapi.json over every operation, from every kind of person:
 * valid ones, and wrong types, missing and unknown fields, odd unicode, huge texts, invalid ids
 * and dates, deep and broken JSON, wrong content types. None may answer a 5xx, and every error
 * must be in the one error shape. `npm run fuzz` runs a longer one with a fresh seed.
 */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 1_200);
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20_261_130);
const document = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;

describe('the API under generated requests, valid and hostile', () => {
  let t: TestApp;
  let world: World;
  const people = new Map<Exclude<Who, 'anonymous'>, Member>();
  const tokens = new Map<Exclude<Who, 'anonymous'>, string>();

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territory = await make.territory({ name: 'Gâtine' });
    const producer = await make.producer(territory.id, { name: 'Miellerie des Brandes' });
    const accommodation = await make.accommodation(territory.id, { name: 'Gîte du Moulin' });
    const offer = await make.publishedOffer(producer.id, { validFrom: '2020-01-01' });
    people.set('coordinator', await t.member(territory.id, 'coordinator'));
    people.set('producer', await t.member(territory.id, 'producer', { producerId: producer.id }));
    const host = await t.member(territory.id, 'host', { accommodationIds: [accommodation.id] });
    people.set('host', host);
    for (const [who, member] of people) tokens.set(who, member.token);
    tokens.set('admin', t.adminToken);
    const today = todayIn('Europe/Paris');
    const pass = await t
      .as(host.token)
      .post('/api/v1/passes')
      .set('idempotency-key', randomUUID())
      .send({ accommodationId: accommodation.id, arrival: today, departure: today, guests: 2, lang: 'fr' });
    expect(pass.status, JSON.stringify(pass.body)).toBe(201);
    world = { ids: [territory.id, producer.id, accommodation.id, offer.id, host.userId], codes: [pass.body.code as string, 'ABCD-EFGH', '0000'] };
  });
  afterAll(() => t.close());

  const tokenOf = async (who: Exclude<Who, 'anonymous'>, renew = false) => {
    if (renew) {
      await t.dataSource.query('DELETE FROM throttle_events');
      const member = people.get(who);
      // a request may have signed the person out: a new session, as the person would open one
      tokens.set(who, member ? await t.signIn(member.email) : t.adminToken);
    }
    return tokens.get(who) ?? '';
  };

  it(`answers ${REQUESTS} generated requests without a 5xx, every error in the one shape (seed ${SEED})`, { timeout: 600_000 }, async () => {
    const requests = fc.sample(fuzzRequests(document, world), { numRuns: REQUESTS, seed: SEED });
    const tally = await runFuzz((request) => t.app.inject(request), requests, tokenOf);
    const statuses = Object.entries(tally.byStatus)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
    if (tally.failures.length > 0) console.log(describeFailures(tally.failures, 40));
    console.log(`fuzz: ${tally.requests} requests in ${tally.seconds.toFixed(1)} s (seed ${SEED}): ${statuses}; ${tally.failures.length} failures`);
    expect(tally.requests).toBe(REQUESTS);
    // the generator must reach the services, not only the validation in front of them
    expect(Object.keys(tally.byStatus).filter((status) => status.startsWith('2')).length).toBeGreaterThan(1);
    expect(tally.failures, describeFailures(tally.failures)).toEqual([]);
  });
});
