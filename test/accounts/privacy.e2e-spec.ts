import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent } from '../support/portal.js';
import { startTestApp, TEST_PASSWORD, type Member, type TestApp } from '../support/test-app.js';

describe('a member’s own data: a copy of all of it, and erasure', () => {
  let t: TestApp;
  let territoryId: string;
  let accommodationId: string;
  let coordinator: Member;
  const today = todayIn('Europe/Paris');

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    accommodationId = (await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' })).id;
    coordinator = await t.member(territoryId, 'coordinator');
  });
  afterAll(() => t.close());

  const newHost = async (name: string) => {
    const host = await t.member(territoryId, 'host', { accommodationIds: [accommodationId] });
    await t.dataSource.query('UPDATE users SET name = $2 WHERE id = $1', [host.userId, name]);
    await t.as(host.token).post('/api/v1/passes').send({ accommodationId, arrival: today, departure: today, guests: 2, lang: 'fr' }).expect(201);
    return host;
  };

  it('a host downloads everything held about it: account, roles, sessions, what it did, the passes it handed out', async () => {
    const host = await newHost('Jeanne Hôte');
    const response = await t.as(host.token).get('/api/v1/me/data').expect(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="terroir-pass-my-data.json"');
    const data = JSON.parse(response.text);
    expect(data.account).toMatchObject({ id: host.userId, email: host.email, name: 'Jeanne Hôte', status: 'active' });
    expect(data.memberships).toEqual([expect.objectContaining({ territory: 'Gâtine', role: 'host', status: 'active', accommodations: ['Gîte des Tilleuls'] })]);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.passesIssued).toEqual([expect.objectContaining({ accommodation: 'Gîte des Tilleuls', guests: 2, arrival: today })]);
    expect(data.activity.some((entry: { action: string; entityType: string }) => entry.entityType === 'pass')).toBe(true);
  });

  it('erasure forgets the name and e-mail everywhere, ends every session, and keeps the anonymous history for the figures', async () => {
    const host = await newHost('Paul Martin');
    // the coordinator's invitation-like record of this person, in the audit trail
    await t
      .as(coordinator.token)
      .post(`/api/v1/territories/${territoryId}/invitations`)
      .send({ email: host.email, role: 'host', accommodationIds: [accommodationId] });
    const refused = await t.as(host.token).post('/api/v1/me/erasure').send({ password: 'not the password', confirm: true }).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'password', message: 'the password is not right', code: 'wrong_password' }]);
    const unconfirmed = await t.as(host.token).post('/api/v1/me/erasure').send({ password: TEST_PASSWORD, confirm: false }).expect(400);
    expect(unconfirmed.body.errors[0].field).toBe('confirm');

    await t.as(host.token).post('/api/v1/me/erasure').send({ password: TEST_PASSWORD, confirm: true }).expect(204);
    await t.as(host.token).get('/api/v1/me').expect(401);
    expect((await t.anonymous().post('/api/v1/auth/login').send({ email: host.email, password: TEST_PASSWORD })).status).toBe(401);
    const [row] = await t.dataSource.query('SELECT email, name, password_hash, status FROM users WHERE id = $1', [host.userId]);
    expect(row).toEqual({ email: `erased-${host.userId}@erased.invalid`, name: null, password_hash: null, status: 'erased' });
    const [{ mentions }] = await t.dataSource.query(
      `SELECT count(*)::int AS mentions FROM audit_entries WHERE strpos(changes::text, $1) > 0 OR strpos(changes::text, 'Paul Martin') > 0`,
      [host.email],
    );
    expect(mentions).toBe(0);
    const [{ passes }] = await t.dataSource.query('SELECT count(*)::int AS passes FROM passes WHERE issued_by = $1', [host.userId]);
    expect(passes).toBe(1);
    const figures = (await t.as(coordinator.token).get(`/api/v1/accommodations/${accommodationId}/figures`).expect(200)).body;
    expect(figures.passes).toBeGreaterThanOrEqual(2);
    // and it stays erased: no reactivation or new link brings the account back
    const [membership] = await t.dataSource.query(`SELECT id FROM memberships WHERE user_id = $1 LIMIT 1`, [host.userId]);
    const reactivate = await t.as(coordinator.token).post(`/api/v1/memberships/${membership.id}/reactivate`).expect(409);
    expect(reactivate.body.errors[0].field).toBe('status');
    await t.as(coordinator.token).post(`/api/v1/memberships/${membership.id}/invitation`).expect(409);
  });

  it('erasure rewrites only the entries about the person: a name such as “active” leaves everyone else’s history alone', async () => {
    const producer = await factories(t).producer(territoryId, { name: 'Ferme témoin' });
    const before = await t.dataSource.query(`SELECT changes FROM audit_entries WHERE entity_id = $1 ORDER BY id`, [producer.id]);
    expect(JSON.stringify(before)).toContain('"active"');
    const host = await newHost('active');
    await t.as(host.token).post('/api/v1/me/erasure').send({ password: TEST_PASSWORD, confirm: true }).expect(204);
    expect(await t.dataSource.query(`SELECT changes FROM audit_entries WHERE entity_id = $1 ORDER BY id`, [producer.id])).toEqual(before);
  });

  it('the last platform administrator cannot erase itself', async () => {
    const response = await t.http().post('/api/v1/me/erasure').send({ password: TEST_PASSWORD, confirm: true }).expect(409);
    expect(response.body.errors[0].field).toBe('confirm');
  });

  it('from the member pages: the data downloads, and erasing asks for the box to be ticked, then signs out', async () => {
    const host = await newHost('Claire Gîte');
    const agent = await signedInAgent(t, host.email);
    const download = await agent.get('/app/account/data.json').expect(200);
    expect(JSON.parse(download.text).account.email).toBe(host.email);
    const page = await agent.get('/app/account').expect(200);
    const unticked = await agent
      .post('/app/account/erase')
      .type('form')
      .send({ _csrf: csrfOf(page.text), password: TEST_PASSWORD });
    expect(unticked.status).toBe(400);
    expect(unticked.text).toContain('Cochez la case pour confirmer.');
    const erased = await agent
      .post('/app/account/erase')
      .type('form')
      .send({ _csrf: csrfOf(page.text), password: TEST_PASSWORD, confirm: 'yes' });
    expect(erased.status).toBe(303);
    expect(erased.headers.location).toBe('/app/sign-in?done=erased');
    expect((await agent.get('/app/account')).status).toBe(303);
  });
});
