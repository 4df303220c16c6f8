import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { cookieParts } from '../support/cookies.js';
import { csrfOf, signedInAgent } from '../support/portal.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

describe('signing in to the member pages', () => {
  let t: TestApp;
  let member: { email: string; userId: string };
  beforeAll(async () => {
    t = await startTestApp();
    const territory = await factories(t).territory();
    member = await t.member(territory.id, 'coordinator');
  });
  afterAll(() => t.close());

  it('a page for members sends a visitor to sign in, then back where they were going', async () => {
    const agent = request.agent(t.app.getHttpServer());
    const first = await agent.get('/app').expect(303);
    expect(first.headers.location).toBe('/app/sign-in?next=%2Fapp');
    const form = await agent.get(first.headers.location).expect(200);
    expect(form.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(form.text).toContain('<label for="f-email">Adresse e-mail');
    const signedIn = await agent
      .post('/app/sign-in')
      .type('form')
      .send({ _csrf: csrfOf(form.text), email: member.email, password: TEST_PASSWORD, next: '/app' });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.location).toBe('/app');
    const session = [signedIn.headers['set-cookie']].flat().find((c: string) => c.startsWith('tp_session='));
    const memberCookie = ['HttpOnly', expect.stringMatching(/^Max-Age=\d+$/), 'Path=/app', 'SameSite=Lax'];
    expect(cookieParts(session).attributes).toEqual(memberCookie);
    const csrf = [form.headers['set-cookie']].flat().find((c: string) => c.startsWith('tp_csrf='));
    expect(cookieParts(csrf).attributes).toEqual(memberCookie);
    const home = await agent.get('/app').expect(200);
    expect(home.text).toContain('Coordination du territoire');
  });

  it('a wrong password is said beside the password field, and the e-mail typed stays', async () => {
    const agent = request.agent(t.app.getHttpServer());
    const form = await agent.get('/app/sign-in?lang=en').expect(200);
    const response = await agent
      .post('/app/sign-in')
      .type('form')
      .send({ _csrf: csrfOf(form.text), email: member.email, password: 'not the password' });
    expect(response.status).toBe(401);
    expect(response.text).toContain('<html lang="en">');
    expect(response.text).toMatch(/<p class="error" id="f-password-error">Wrong e-mail address or password\.<\/p>/);
    expect(response.text).toMatch(/id="f-password" name="password" aria-describedby="f-password-error" aria-invalid="true"/);
    expect(response.text).toContain(`value="${member.email}"`);
    const invalid = await agent
      .post('/app/sign-in')
      .type('form')
      .send({ _csrf: csrfOf(form.text), email: 'not an address', password: '' });
    expect(invalid.status).toBe(400);
    expect(invalid.text).toContain('id="f-email-error"');
    expect(invalid.text).toContain('id="f-password-error"');
    expect(invalid.text).toContain('value="not an address"');
  });

  it('a form posted from another site (no token, or a token of another browser) is refused and changes nothing', async () => {
    const victim = await signedInAgent(t, member.email);
    const forged = await victim.post('/app/sign-out').type('form').send({});
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('Ce formulaire a expiré ou ne vient pas de Terroir Pass');
    const attacker = request.agent(t.app.getHttpServer());
    const attackerToken = csrfOf((await attacker.get('/app/sign-in').expect(200)).text);
    expect((await victim.post('/app/sign-out').type('form').send({ _csrf: attackerToken })).status).toBe(403);
    await victim.get('/app').expect(200);
  });

  it('signing out ends the session for good, even for a copy of the cookie', async () => {
    const agent = await signedInAgent(t, member.email);
    const home = await agent.get('/app').expect(200);
    const copy = request(t.app.getHttpServer());
    const cookies = (home.request as unknown as { cookies: string }).cookies;
    const out = await agent
      .post('/app/sign-out')
      .type('form')
      .send({ _csrf: csrfOf(home.text) });
    expect(out.status).toBe(303);
    expect(out.headers.location).toBe('/app/sign-in?done=signed-out');
    expect((await agent.get('/app')).status).toBe(303);
    expect((await copy.get('/app').set('cookie', cookies)).status).toBe(303);
  });

  it('the session cookie opens the member pages only: the API still wants its Bearer token', async () => {
    const agent = await signedInAgent(t, member.email);
    await agent.get('/app').expect(200);
    expect((await agent.get('/api/v1/me')).status).toBe(401);
  });

  it('sign-in only ever returns to a member page, never to another site', async () => {
    for (const next of ['https://evil.example/', '//evil.example/app', '/api/v1/me']) {
      const agent = request.agent(t.app.getHttpServer());
      const form = await agent.get('/app/sign-in').expect(200);
      const response = await agent
        .post('/app/sign-in')
        .type('form')
        .send({ _csrf: csrfOf(form.text), email: member.email, password: TEST_PASSWORD, next });
      expect(response.headers.location).toBe('/app');
    }
  });
});
