import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Tourists take passes themselves where the territory allows it; a script taking hundreds is told to wait. */
describe('self-service passes are throttled', { timeout: 60_000 }, () => {
  let t: TestApp;
  let territoryId: string;
  const today = todayIn('Europe/Paris');
  beforeAll(async () => {
    t = await startTestApp({ trustProxy: true });
    territoryId = (await factories(t).territory()).id;
    await t.http().patch(`/api/v1/territories/${territoryId}`).send({ selfServicePasses: true }).expect(200);
  });
  afterAll(() => t.close());

  const take = (accommodationCode: string, address: string) =>
    t
      .anonymous()
      .post('/api/v1/passes/self-service')
      .set('x-forwarded-for', address)
      .send({ accommodationCode, arrival: today, departure: today, guests: 2, lang: 'fr' });
  const accommodationCode = async () => (await factories(t).accommodation(territoryId)).code;

  it('10 passes an hour from one connection, then 429 with Retry-After; another connection still takes one', async () => {
    const code = await accommodationCode();
    for (let i = 0; i < 10; i++) expect((await take(code, '198.51.100.90')).status).toBe(201);
    const refused = await take(code, '198.51.100.90');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
    expect((await take(code, '198.51.100.91')).status).toBe(201);
    const [{ passes }] = await t.dataSource.query(
      `SELECT count(*)::int AS passes FROM passes p JOIN accommodations a ON a.id = p.accommodation_id WHERE a.code = $1`,
      [code],
    );
    expect(passes).toBe(11);
  });

  it('30 passes an hour for one accommodation, from however many connections; other accommodations are not held up', async () => {
    const code = await accommodationCode();
    for (let i = 0; i < 30; i++) expect((await take(code, `203.0.113.${i + 1}`)).status).toBe(201);
    const refused = await take(code, '203.0.113.200');
    expect(refused.status).toBe(429);
    expect(refused.body.message).toMatch(/^Too many passes taken for this accommodation: try again in \d+ s$/);
    expect((await take(await accommodationCode(), '203.0.113.200')).status).toBe(201);
  });
});
