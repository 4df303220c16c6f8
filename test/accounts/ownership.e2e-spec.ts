import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/app.factory.js';
import { UsersService } from '#accounts';
import { loadConfig, loggerOptions } from '#common';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';
import { freshTestDatabase } from '../support/database-server.js';

describe('each person changes only what is theirs', () => {
  let t: TestApp;
  let territoryId: string;
  let mine: string;
  let theirs: string;
  let producer: Member;
  let coordinator: Member;
  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ offersNeedReview: true })).id;
    mine = (await make.producer(territoryId)).id;
    theirs = (await make.producer(territoryId)).id;
    producer = await t.member(territoryId, 'producer', { producerId: mine });
    coordinator = await t.member(territoryId, 'coordinator');
  });
  afterAll(() => t.close());

  it('a producer creates, edits and submits its own offer, and cannot edit another producer’s offer', async () => {
    const created = await t
      .as(producer.token)
      .post('/api/v1/offers')
      .send({ producerId: mine, title: { fr: 'Visite de la ferme' }, kind: 'visit', validFrom: '2026-01-01' });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(
      (
        await t
          .as(producer.token)
          .patch(`/api/v1/offers/${id}`)
          .send({ title: { fr: 'Visite guidée de la ferme' } })
      ).status,
    ).toBe(200);
    expect((await t.as(producer.token).post(`/api/v1/offers/${id}/publish`)).status).toBe(409);
    expect((await t.as(producer.token).post(`/api/v1/offers/${id}/submit`)).body.status).toBe('pending_review');
    // Approving is the coordinator's.
    expect((await t.as(producer.token).post(`/api/v1/offers/${id}/publish`)).status).toBe(403);
    expect((await t.as(coordinator.token).post(`/api/v1/offers/${id}/publish`)).body.status).toBe('published');

    const other = await factories(t).publishedOffer(theirs);
    const refused = await t.as(producer.token).patch(`/api/v1/offers/${other.id}`).send({ value: 50 });
    expect(refused.status).toBe(403);
    const draftOfOther = await factories(t).offer(theirs);
    expect((await t.as(producer.token).patch(`/api/v1/offers/${draftOfOther.id}`).send({ value: 50 })).status).toBe(404);
  });

  it('where offers are reviewed, a producer’s edit to a published offer goes back to review', async () => {
    const offer = await factories(t).publishedOffer(mine);
    const edited = await t
      .as(producer.token)
      .patch(`/api/v1/offers/${offer.id}`)
      .send({ title: { fr: 'Nouveau titre' } });
    expect(edited.body.status).toBe('pending_review');
    const byCoordinator = await factories(t).publishedOffer(mine);
    expect((await t.as(coordinator.token).patch(`/api/v1/offers/${byCoordinator.id}`).send({ value: 12 })).body.status).toBe('published');
  });

  it('fields a role may not set are refused by name, not silently taken', async () => {
    const status = await t.as(producer.token).patch(`/api/v1/producers/${mine}`).send({ status: 'active', phone: '+33 5 49 00 00 07' });
    expect(status.status).toBe(403);
    expect(status.body.errors).toEqual([{ field: 'status', message: 'you may not set status', code: 'field_forbidden', params: { fields: 'status' } }]);
    expect((await t.http().get(`/api/v1/producers/${mine}`)).body.phone).not.toBe('+33 5 49 00 00 07');

    for (const body of [{ territoryId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' }, { id: mine }, { archivedAt: null }, { createdAt: '2020-01-01' }]) {
      const response = await t.as(producer.token).patch(`/api/v1/producers/${mine}`).send(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.errors[0].field).toBe(Object.keys(body)[0]);
    }
    const offer = await factories(t).offer(mine);
    for (const body of [{ producerId: theirs }, { status: 'published' }, { territoryId }, { publishedAt: '2026-01-01T00:00:00Z' }]) {
      const response = await t.as(producer.token).patch(`/api/v1/offers/${offer.id}`).send(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.errors[0].field).toBe(Object.keys(body)[0]);
    }
    const code = await t.as(coordinator.token).post('/api/v1/accommodations').send({
      territoryId,
      kind: 'gite',
      name: 'Gîte',
      address: 'x',
      postcode: '79200',
      commune: 'Parthenay',
      latitude: 46.6,
      longitude: -0.2,
      code: 'mycode22',
    });
    expect(code.status).toBe(400);
    expect(code.body.errors[0].field).toBe('code');
  });

  it('the coordinator reads who changed what and when', async () => {
    const offer = await t
      .as(producer.token)
      .post('/api/v1/offers')
      .send({ producerId: mine, title: { fr: '10 % sur le miel' }, kind: 'percent_off', value: 10, validFrom: '2026-01-01' });
    await t.as(producer.token).patch(`/api/v1/offers/${offer.body.id}`).send({ value: 15 });
    await t.as(producer.token).post(`/api/v1/offers/${offer.body.id}/submit`);
    const trail = await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/audit`).query({ entityId: offer.body.id });
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['submit', 'update', 'create']);
    const update = trail.body.items[1];
    expect(update).toMatchObject({ actorId: producer.userId, entityType: 'offer', changes: { value: { from: 10, to: 15 } } });
    expect(Object.keys(update.changes)).toEqual(['value']);
    expect((await t.as(producer.token).get(`/api/v1/territories/${territoryId}/audit`)).status).toBe(403);

    const invite = await t.as(coordinator.token).post(`/api/v1/territories/${territoryId}/invitations`).send({ email: 'new@test.test', role: 'coordinator' });
    const memberTrail = await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/audit`).query({ entityId: invite.body.member.id });
    expect(memberTrail.body.items[0]).toMatchObject({ action: 'invite', entityType: 'membership', actorId: coordinator.userId });
  });
});

describe('secrets never reach the logs', () => {
  it('passwords, tokens and invitation links appear in no log line', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const database = await freshTestDatabase();
    const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'trace' }), seedDemo: false };
    const app = await createApp(config, database.url, pino(loggerOptions('trace'), sink));
    try {
      const password = 'a-secret-password-2026';
      await app.get(UsersService).createAdmin('root@test.test', password);
      const http = () => request(app.getHttpServer());
      const login = await http().post('/api/v1/auth/login').send({ email: 'root@test.test', password });
      const { accessToken, refreshToken } = login.body;
      await http().get('/api/v1/me').set('authorization', `Bearer ${accessToken}`);
      const territory = await http().post('/api/v1/territories').set('authorization', `Bearer ${accessToken}`).send({ name: 'Logs' });
      const invite = await http()
        .post(`/api/v1/territories/${territory.body.id}/invitations`)
        .set('authorization', `Bearer ${accessToken}`)
        .send({ email: 'c@test.test', role: 'coordinator' });
      const link = invite.body.invitation.url as string;
      // the page the link opens, as the invited person's browser asks for it
      await http().get(new URL(link).pathname);
      await http()
        .post('/api/v1/auth/invitations/accept')
        .send({ token: link.split('/').pop(), password });
      await http().post('/api/v1/auth/refresh').send({ refreshToken });
      await http().post('/api/v1/auth/login').send({ email: 'root@test.test', password: 'wrong-password-attempt' });

      const log = lines.join('');
      expect(lines.filter((line) => line.includes('"msg":"request"')).length).toBeGreaterThanOrEqual(8);
      for (const secret of [password, 'wrong-password-attempt', accessToken, refreshToken, link.split('/').pop() as string]) {
        expect(log).not.toContain(secret);
      }
      expect(log).not.toMatch(/127\.0\.0\.1|::1/);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
