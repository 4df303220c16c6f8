import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { startTestApp, TEST_PASSWORD, type Member, type TestApp } from '../support/test-app.js';

const tokenOf = (url: string) => url.split('/').pop() as string;

describe('invitations and password resets', () => {
  let t: TestApp;
  let territoryId: string;
  let producerId: string;
  let accommodationIds: string[];
  let coordinator: Member;
  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    producerId = (await make.producer(territoryId)).id;
    accommodationIds = [(await make.accommodation(territoryId)).id, (await make.accommodation(territoryId)).id];
    coordinator = await t.member(territoryId, 'coordinator');
  });
  afterAll(() => t.close());

  const invite = (body: object) => t.as(coordinator.token).post(`/api/v1/territories/${territoryId}/invitations`).send(body);

  it('a coordinator invites a producer; the single-use link sets the password and signs in', async () => {
    const response = await invite({ email: 'Marie@Ferme.test', role: 'producer', producerId, name: 'Marie' });
    expect(response.status).toBe(201);
    expect(response.body.member).toMatchObject({ email: 'marie@ferme.test', role: 'producer', status: 'invited', producerId, territoryId });
    expect(response.body.invitation).toMatchObject({
      mailed: false,
      url: expect.stringMatching(/^http:\/\/terroir\.test\/app\/invitations\/[A-Za-z0-9_-]{43}$/),
    });

    const token = tokenOf(response.body.invitation.url);
    const accepted = await t.anonymous().post('/api/v1/auth/invitations/accept').send({ token, password: 'miel-de-gatine-2026' });
    expect(accepted.status).toBe(200);
    const me = await t.as(accepted.body.accessToken).get('/api/v1/me');
    expect(me.body.memberships).toEqual([expect.objectContaining({ role: 'producer', producerId, status: 'active', territoryName: 'Gâtine' })]);

    const again = await t.anonymous().post('/api/v1/auth/invitations/accept').send({ token, password: 'another-password-2026' });
    expect(again.status).toBe(400);
    expect(again.body.errors[0].field).toBe('token');
    expect((await t.anonymous().post('/api/v1/auth/login').send({ email: 'marie@ferme.test', password: 'miel-de-gatine-2026' })).status).toBe(200);
  });

  it('an expired invitation is refused; a new one can be sent and voids the old link', async () => {
    const first = (await invite({ email: 'late@gite.test', role: 'host', accommodationIds })).body;
    await t.dataSource.query(`UPDATE one_time_tokens SET expires_at = now() - interval '1 second' WHERE membership_id = $1`, [first.member.id]);
    const expired = await t
      .anonymous()
      .post('/api/v1/auth/invitations/accept')
      .send({ token: tokenOf(first.invitation.url), password: 'long-enough-1' });
    expect(expired.status).toBe(400);

    const resent = await t.as(coordinator.token).post(`/api/v1/memberships/${first.member.id}/invitation`);
    expect(resent.status).toBe(201);
    const accepted = await t
      .anonymous()
      .post('/api/v1/auth/invitations/accept')
      .send({ token: tokenOf(resent.body.invitation.url), password: 'long-enough-1' });
    expect(accepted.status).toBe(200);
    const me = await t.as(accepted.body.accessToken).get('/api/v1/me');
    expect(me.body.memberships[0].accommodationIds.sort()).toEqual([...accommodationIds].sort());
  });

  it('invitations name what is wrong: producer missing, accommodations of another territory, a duplicate', async () => {
    const missing = await invite({ email: 'x@test.test', role: 'producer' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ field: 'producerId', message: 'producerId is required to invite a producer', code: 'producer_required' }]);

    const other = await factories(t).territory();
    const foreignAccommodation = (await factories(t).accommodation(other.id)).id;
    const foreign = await invite({ email: 'y@test.test', role: 'host', accommodationIds: [accommodationIds[0], foreignAccommodation] });
    expect(foreign.body.errors).toEqual([
      { field: 'accommodationIds[1]', message: 'no accommodation of this territory has this id', code: 'accommodation_not_in_territory' },
    ]);

    await invite({ email: 'twice@test.test', role: 'coordinator' });
    const twice = await invite({ email: 'twice@test.test', role: 'coordinator' });
    expect(twice.status).toBe(409);
    const badRole = await invite({ email: 'z@test.test', role: 'king' });
    expect(badRole.body.errors[0].field).toBe('role');
  });

  it('a person may hold several memberships: a farmer who also rents a gîte', async () => {
    const farmer = await t.member(territoryId, 'producer', { producerId });
    const response = await invite({ email: farmer.email, role: 'host', accommodationIds: [accommodationIds[0]] });
    expect(response.status).toBe(201);
    await t
      .anonymous()
      .post('/api/v1/auth/invitations/accept')
      .send({ token: tokenOf(response.body.invitation.url), password: TEST_PASSWORD });
    const token = await t.signIn(farmer.email);
    const me = await t.as(token).get('/api/v1/me');
    expect(me.body.memberships.map((m: { role: string }) => m.role).sort()).toEqual(['host', 'producer']);
    expect((await t.as(token).patch(`/api/v1/accommodations/${accommodationIds[0]}`).send({ capacity: 5 })).status).toBe(200);
    expect((await t.as(token).patch(`/api/v1/producers/${producerId}`).send({ phone: '+33 5 49 00 00 09' })).status).toBe(200);
  });

  it('a suspended member loses access at once; reactivated, it gets it back', async () => {
    const host = await t.member(territoryId, 'host', { accommodationIds: [accommodationIds[1]] });
    const [membership] = await t.dataSource.query(`SELECT id FROM memberships WHERE user_id = $1`, [host.userId]);
    expect((await t.as(host.token).get(`/api/v1/accommodations/${accommodationIds[1]}`)).status).toBe(200);
    expect((await t.as(coordinator.token).post(`/api/v1/memberships/${membership.id}/suspend`)).body.status).toBe('suspended');
    expect((await t.as(host.token).get(`/api/v1/accommodations/${accommodationIds[1]}`)).status).toBe(404);
    expect((await t.as(coordinator.token).post(`/api/v1/memberships/${membership.id}/reactivate`)).body.status).toBe('active');
    expect((await t.as(host.token).get(`/api/v1/accommodations/${accommodationIds[1]}`)).status).toBe(200);
    const members = await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/members`);
    expect(members.body.total).toBeGreaterThan(3);
    expect(JSON.stringify(members.body)).not.toMatch(/password|hash/i);
  });

  it('a password reset link from the coordinator works once and ends the old sessions', async () => {
    const producer = await t.member(territoryId, 'producer', { producerId });
    const [membership] = await t.dataSource.query(`SELECT id FROM memberships WHERE user_id = $1`, [producer.userId]);
    const link = await t.as(coordinator.token).post(`/api/v1/memberships/${membership.id}/password-reset`);
    expect(link.status).toBe(201);
    const token = tokenOf(link.body.url);
    expect(link.body.url).toContain('/password-reset/');
    expect((await t.anonymous().post('/api/v1/auth/password-reset/confirm').send({ token, password: 'short' })).body.errors[0].field).toBe('password');
    expect((await t.anonymous().post('/api/v1/auth/password-reset/confirm').send({ token, password: 'a-brand-new-password' })).status).toBe(204);
    expect((await t.anonymous().post('/api/v1/auth/password-reset/confirm').send({ token, password: 'yet-another-password' })).status).toBe(400);
    expect((await t.as(producer.token).get('/api/v1/me')).status).toBe(401);
    expect((await t.anonymous().post('/api/v1/auth/login').send({ email: producer.email, password: 'a-brand-new-password' })).status).toBe(200);
  });

  it('asking for a reset answers the same whether the e-mail is known or not, and hands out no link', async () => {
    const known = await t.anonymous().post('/api/v1/auth/password-reset').send({ email: coordinator.email });
    const unknown = await t.anonymous().post('/api/v1/auth/password-reset').send({ email: 'ghost@test.test' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
  });

  it('an invitation never replaces the password of someone who already has an account, and a coordinator cannot reset an admin', async () => {
    const admin = await t.signIn((await t.dataSource.query(`SELECT email FROM users WHERE is_platform_admin LIMIT 1`))[0].email);
    expect(admin).toBeTruthy();
    const [{ email: adminEmail }] = await t.dataSource.query(`SELECT email FROM users WHERE is_platform_admin LIMIT 1`);
    const invitation = await invite({ email: adminEmail, role: 'host', accommodationIds: [accommodationIds[0]] });
    expect(invitation.status).toBe(201);
    const takeover = await t
      .anonymous()
      .post('/api/v1/auth/invitations/accept')
      .send({ token: tokenOf(invitation.body.invitation.url), password: 'attacker-chosen-1' });
    expect(takeover.status).toBe(400);
    expect(takeover.body.errors[0].field).toBe('password');
    expect((await t.anonymous().post('/api/v1/auth/login').send({ email: adminEmail, password: 'attacker-chosen-1' })).status).toBe(401);
    expect((await t.anonymous().post('/api/v1/auth/login').send({ email: adminEmail, password: TEST_PASSWORD })).status).toBe(200);
    const reset = await t.as(coordinator.token).post(`/api/v1/memberships/${invitation.body.member.id}/password-reset`);
    expect(reset.status).toBe(403);
  });
});
