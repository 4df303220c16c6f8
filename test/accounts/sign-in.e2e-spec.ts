import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAccessToken } from '#accounts';
import { factories } from '../support/factories.js';
import { startTestApp, TEST_PASSWORD, type Member, type TestApp } from '../support/test-app.js';

describe('signing in', () => {
  let t: TestApp;
  let coordinator: Member;
  beforeAll(async () => {
    t = await startTestApp({ trustProxy: true });
    const territory = await factories(t).territory();
    coordinator = await t.member(territory.id, 'coordinator');
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, address = '203.0.113.1') =>
    t.anonymous().post('/api/v1/auth/login').set('x-forwarded-for', address).send({ email, password });

  it('answers an access token and a refresh token; /me tells who and with which memberships', async () => {
    const response = await login(coordinator.email, TEST_PASSWORD);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt', 'refreshToken', 'refreshTokenExpiresAt']);
    const me = await t.as(response.body.accessToken).get('/api/v1/me');
    expect(me.body).toMatchObject({ email: coordinator.email, isPlatformAdmin: false });
    expect(me.body.memberships).toEqual([expect.objectContaining({ role: 'coordinator', status: 'active', producerId: null })]);
    expect(JSON.stringify(me.body)).not.toMatch(/password|hash/i);
  });

  it('the e-mail is case-insensitive; a wrong password or unknown e-mail gives the same 401', async () => {
    expect((await login(coordinator.email.toUpperCase(), TEST_PASSWORD, '203.0.113.2')).status).toBe(200);
    const wrong = await login(coordinator.email, 'not the password', '203.0.113.2');
    const unknown = await login('nobody@test.test', TEST_PASSWORD, '203.0.113.2');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('refresh tokens rotate; reusing one revokes the whole session', async () => {
    const first = (await login(coordinator.email, TEST_PASSWORD, '203.0.113.3')).body;
    const second = await t.anonymous().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await t.as(second.body.accessToken).get('/api/v1/me')).status).toBe(200);

    const replay = await t.anonymous().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    // The thief's replay ended the session: the newer tokens are dead too.
    expect((await t.anonymous().post('/api/v1/auth/refresh').send({ refreshToken: second.body.refreshToken })).status).toBe(401);
    expect((await t.as(second.body.accessToken).get('/api/v1/me')).status).toBe(401);
  });

  it('signing out ends the session: its access and refresh tokens stop working', async () => {
    const session = (await login(coordinator.email, TEST_PASSWORD, '203.0.113.4')).body;
    const other = (await login(coordinator.email, TEST_PASSWORD, '203.0.113.4')).body;
    expect((await t.anonymous().post('/api/v1/auth/logout').send({ refreshToken: session.refreshToken })).status).toBe(204);
    expect((await t.as(session.accessToken).get('/api/v1/me')).status).toBe(401);
    expect((await t.anonymous().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);
    expect((await t.as(other.accessToken).get('/api/v1/me')).status).toBe(200);
  });

  it('expired, tampered and foreign-signed access tokens are refused with 401', async () => {
    const session = (await login(coordinator.email, TEST_PASSWORD, '203.0.113.5')).body;
    const [header, payload, signature] = session.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());

    const expired = signAccessToken(claims.sub, claims.sid, t.config.auth.secret, 60, Date.now() - 3600_000).token;
    const elevated = Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
    const tampered = `${header}.${elevated}.${signature}`;
    const foreign = signAccessToken(claims.sub, claims.sid, 'another-secret-of-at-least-32-characters!', 60).token;
    for (const token of [expired, tampered, foreign, 'garbage', `${header}.${payload}`]) {
      const response = await t.anonymous().get('/api/v1/me').set('authorization', `Bearer ${token}`);
      expect(response.status, token).toBe(401);
    }
    // Even on a public route, a bad token is said to be bad, so that the client refreshes.
    expect((await t.anonymous().get('/api/v1/producers').set('authorization', `Bearer ${tampered}`)).status).toBe(401);
  });
  // Throttling failed sign-ins: sign-in-throttle.e2e-spec.ts.
});
