import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { csrfOf } from '../support/portal.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Invitation links cannot be guessed, but whoever tries many of them from one place is told to wait. */
describe('accepting invitations', { timeout: 60_000 }, () => {
  let t: TestApp;
  let territoryId: string;
  beforeAll(async () => {
    t = await startTestApp({ trustProxy: true });
    territoryId = (await t.http().post('/api/v1/territories').send({ name: 'Gâtine' })).body.id;
  });
  afterAll(() => t.close());

  const accept = (token: string, address: string, password = 'long-enough-password') =>
    t.anonymous().post('/api/v1/auth/invitations/accept').set('x-forwarded-for', address).send({ token, password });

  it('10 refused links from one address in 15 minutes answer 429 with Retry-After; other addresses and good links are not held up', async () => {
    const invited = await t.http().post(`/api/v1/territories/${territoryId}/invitations`).send({ email: 'patient@gite.test', role: 'coordinator' });
    const token = (invited.body.invitation.url as string).split('/').pop() as string;
    // An accepted link is no failure.
    const guesser = '198.51.100.60';
    for (let i = 0; i < 10; i++) expect((await accept(`guess-${i}-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`, guesser)).status).toBe(400);
    const refused = await accept(token, guesser);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(900);
    expect(refused.body).toMatchObject({ statusCode: 429, message: expect.stringMatching(/try again in \d+ s$/) });

    // The refused attempt did not use the link: the invited person, elsewhere, accepts it.
    expect((await accept(token, '203.0.113.60')).status).toBe(200);
  });

  it('the member pages’ invitation form is throttled the same way, and says when to come back', async () => {
    const guesser = '198.51.100.61';
    for (let i = 0; i < 10; i++) expect((await accept(`guess-${i}-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb`, guesser)).status).toBe(400);
    const browser = request.agent(t.app.getHttpServer());
    const token = 'some-token-cccccccccccccccccccccccccccccccccc';
    const form = await browser.get(`/app/invitations/${token}`).set('x-forwarded-for', guesser).expect(200);
    const refused = await browser
      .post(`/app/invitations/${token}`)
      .set('x-forwarded-for', guesser)
      .type('form')
      .send({ _csrf: csrfOf(form.text), password: 'long-enough-password' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
