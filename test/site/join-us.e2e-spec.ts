import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, FakeSmtp } from '../support/fake-smtp.js';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const HOST = 'bonsplans-gatine.test';

/** What a farmer types on the join form. */
const farm = (overrides: Record<string, string> = {}) => ({
  kind: 'producer',
  businessName: 'La Ferme du Chêne',
  postcode: '79200',
  commune: 'parthenay',
  contactName: 'Claire Martin',
  email: 'claire@ferme-du-chene.test',
  phone: '05 49 64 20 18',
  website: 'www.ferme-du-chene.test',
  offer: 'Fromages de chèvre, visite de la traite le soir.',
  consent: 'yes',
  ...overrides,
});

const invitationLinkIn = (text: string) => /http:\/\/terroir\.test\/app\/invitations\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

/** Producers and hosts ask to join on the site; the territory's coordinators accept or decline over the API. */
describe('join us: asked on the public site, decided by the coordinators', { timeout: 90_000 }, () => {
  let t: TestApp;
  let smtp: FakeSmtp;
  let territoryId: string;
  let coordinator: Member;
  let addresses = 0;

  /** Posted as a browser on the territory's host does, each from an address of its own unless told. */
  const ask = (path: string, fields: Record<string, string>, address = `198.51.100.${++addresses}`) =>
    t.anonymous().post(path).set('host', HOST).set('x-forwarded-for', address).type('form').send(fields);
  const requestsOf = async (email: string) =>
    t.dataSource.query<{ id: string; status: string; lang: string; phone: string; website: string; commune: string; insee_code: string }[]>(
      `SELECT id, status, lang, phone, website, commune, insee_code FROM join_requests WHERE email = $1 ORDER BY created_at`,
      [email],
    );
  const api = (path: string) => `/api/v1/territories/${territoryId}/join-requests${path}`;

  beforeAll(async () => {
    smtp = new FakeSmtp(await closedPort());
    await smtp.start();
    t = await startTestApp({ trustProxy: true, smtpUrl: smtp.url });
    territoryId = (await factories(t).territory({ name: 'Les Bons Plans de Gâtine', languages: ['fr', 'en', 'nl', 'de'], domains: [HOST] })).id;
    await factories(t).producer(territoryId);
    coordinator = await t.member(territoryId, 'coordinator');
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('the join page is in every language, linked from the home page and the footer', async () => {
    const home = (await t.anonymous().get('/en/').set('host', HOST).expect(200)).text;
    expect(home.match(/href="\/en\/join"/g)?.length).toBeGreaterThanOrEqual(3);
    for (const path of ['/rejoindre', '/en/join', '/nl/aanmelden', '/de/mitmachen']) {
      const page = (await t.anonymous().get(path).set('host', HOST).expect(200)).text;
      expect(page).toContain(`<form class="join" method="post" action="${path}">`);
    }
  });

  it('a form with wrong fields comes back naming each one, beside it and in a summary, with what was typed', async () => {
    const response = await ask(
      '/en/join',
      farm({ businessName: '', postcode: '7920', email: 'claire@', phone: '05 49', website: 'not an address', consent: '' }),
    );
    expect(response.status).toBe(400);
    const page = response.text;
    const wrong = [...page.matchAll(/<p class="error" id="join-([a-zA-Z]+)-error">/g)].map((match) => match[1]);
    expect(wrong).toEqual(['businessName', 'postcode', 'email', 'phone', 'website', 'consent']);
    expect(page).toContain('6 fields need correcting');
    expect(page).toMatch(/<input id="join-email" name="email" type="email"[^>]* aria-describedby="join-email-error" aria-invalid="true" value="claire@">/);
    expect(page).toContain('<a href="#join-businessName">Name of your business: Give the name of your business (120 characters at most).</a>');
    expect(page).toMatch(/<input id="join-commune" name="commune"[^>]* value="parthenay">/);
    expect(page).toContain('Fromages de chèvre, visite de la traite le soir.</textarea>');
    expect(await requestsOf('claire@')).toEqual([]);

    // a postcode and a commune that do not go together: the commune is named
    const elsewhere = await ask('/rejoindre', farm({ commune: 'Secondigny' }));
    expect(elsewhere.status).toBe(400);
    expect([...elsewhere.text.matchAll(/<p class="error" id="join-([a-zA-Z]+)-error">([^<]+)/g)].map((match) => match.slice(1))).toEqual([
      ['postcode', 'Ce code postal n’existe pas ou n’est pas celui de cette commune.'],
    ]);
  });

  it('a robot that fills the hidden field gets the thank-you page, and nothing is stored', async () => {
    const response = await ask('/en/join', farm({ email: 'robot@spam.test', remarks: 'Buy now' }));
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/en/join/thanks');
    expect(await requestsOf('robot@spam.test')).toEqual([]);
  });

  it('a request is stored in the language of its form, then thanked; past five an hour from one address, a page says to come back later (429)', async () => {
    const response = await ask('/nl/aanmelden', farm({ email: 'Anke@Boerderij.test' }));
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/nl/aanmelden/bedankt');
    const thanks = await t.anonymous().get('/nl/aanmelden/bedankt').set('host', HOST).expect(200);
    expect(thanks.text).toContain('<meta name="robots" content="noindex">');
    expect(await requestsOf('anke@boerderij.test')).toEqual([
      expect.objectContaining({
        status: 'pending',
        lang: 'nl',
        phone: '+33549642018',
        website: 'https://www.ferme-du-chene.test',
        commune: 'Parthenay',
        insee_code: '79202',
      }),
    ]);

    const address = '203.0.113.7';
    for (let i = 1; i <= 5; i++) expect((await ask('/rejoindre', farm({ email: `ferme-${i}@test.test` }), address)).status).toBe(303);
    const refused = await ask('/rejoindre', farm({ email: 'ferme-6@test.test' }), address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
    expect(refused.text).toContain('Réessayez dans 60 minutes.');
    expect(await requestsOf('ferme-6@test.test')).toEqual([]);
    // and five an hour for one e-mail, whatever the address
    for (let i = 1; i <= 4; i++) expect((await ask('/rejoindre', farm({ email: 'anke@boerderij.test' }))).status).toBe(303);
    expect((await ask('/rejoindre', farm({ email: 'ANKE@boerderij.test' }))).status).toBe(429);
  });

  it('accepting makes the producer and invites the person as its member, once; declining mails the reason in the form’s language', async () => {
    await ask('/rejoindre', farm({ email: 'marie@miellerie.test', businessName: 'Miellerie des Brandes', contactName: 'Marie Roux' }));
    await ask('/de/mitmachen', farm({ kind: 'host', email: 'jonas@ferienhaus.test', businessName: 'Ferienhaus Linde' }));
    const [asked] = await requestsOf('marie@miellerie.test');
    const [german] = await requestsOf('jonas@ferienhaus.test');

    const pending = await t.as(coordinator.token).get(api('?status=pending&limit=100')).expect(200);
    expect(pending.body).toMatchObject({ page: 1, limit: 100 });
    expect(pending.body.items.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining([asked.id, german.id]));

    const accepted = await t
      .as(coordinator.token)
      .post(api(`/${asked.id}/accept`))
      .expect(200);
    expect(accepted.body.request).toMatchObject({ status: 'accepted', decidedBy: coordinator.userId, producerId: expect.any(String) });
    expect(accepted.body.invitation).toMatchObject({ mailed: true, url: null });
    const producer = (await t.http().get(`/api/v1/producers/${accepted.body.request.producerId}`).expect(200)).body;
    expect(producer).toMatchObject({
      name: 'Miellerie des Brandes',
      commune: 'Parthenay',
      postcode: '79200',
      status: 'suspended',
      email: 'marie@miellerie.test',
    });
    const mail = await smtp.waitForMailTo('marie@miellerie.test');
    const token = invitationLinkIn(mail.text);
    expect(token).toBeDefined();
    const joined = await t.anonymous().post('/api/v1/auth/invitations/accept').send({ token, password: 'miel-et-fleurs-2026' }).expect(200);
    const me = (await t.as(joined.body.accessToken).get('/api/v1/me').expect(200)).body;
    expect(me.memberships).toEqual([expect.objectContaining({ role: 'producer', producerId: producer.id, territoryId })]);

    const twice = await t
      .as(coordinator.token)
      .post(api(`/${asked.id}/decline`))
      .send({ reason: 'Non.' });
    expect(twice.status).toBe(409);
    expect(twice.body.errors).toEqual([expect.objectContaining({ field: 'status', code: 'join_request_decided' })]);
    expect((await t.as(coordinator.token).post(api(`/${asked.id}/accept`))).status).toBe(409);

    expect(
      (
        await t
          .as(coordinator.token)
          .post(api(`/${german.id}/decline`))
          .send({ reason: '  ' })
      ).status,
    ).toBe(400);
    const declined = await t
      .as(coordinator.token)
      .post(api(`/${german.id}/decline`))
      .send({ reason: 'Wir nehmen nur Betriebe aus der Gâtine auf.' })
      .expect(200);
    expect(declined.body).toMatchObject({ mailed: true, request: { status: 'declined', declineReason: 'Wir nehmen nur Betriebe aus der Gâtine auf.' } });
    const answer = await smtp.waitForMailTo('jonas@ferienhaus.test');
    expect(answer.subject).toContain('Mitmachen');
    expect(answer.text).toContain('Wir nehmen nur Betriebe aus der Gâtine auf.');
    expect((await t.as(coordinator.token).post(api(`/${german.id}/accept`))).status).toBe(409);

    const audit = await t.dataSource.query(`SELECT action, entity_type FROM audit_entries WHERE entity_id = ANY($1::uuid[]) ORDER BY id`, [
      [asked.id, german.id],
    ]);
    expect(audit).toEqual([
      { action: 'accept', entity_type: 'join_request' },
      { action: 'decline', entity_type: 'join_request' },
    ]);
    const figures = (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/figures`).expect(200)).body;
    expect(figures.joinRequestsAccepted).toBe(1);
    expect(figures.joinRequests).toBe((await t.dataSource.query(`SELECT count(*)::int AS n FROM join_requests`))[0].n);
  });

  it('accepting is all or nothing: when the invitation is refused, no accommodation is left behind and the request still waits', async () => {
    const gite = await factories(t).accommodation(territoryId);
    const host = await t.member(territoryId, 'host', { accommodationIds: [gite.id] });
    await ask('/rejoindre', farm({ kind: 'host', email: host.email, businessName: 'Gîte du Moulin' }));
    const [asked] = await requestsOf(host.email);
    const refused = await t.as(coordinator.token).post(api(`/${asked.id}/accept`));
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'already_member' })]);
    expect(await t.dataSource.query(`SELECT 1 FROM accommodations WHERE name = 'Gîte du Moulin'`)).toEqual([]);
    expect((await requestsOf(host.email))[0].status).toBe('pending');
  });

  it('a coordinator of another territory and a producer can neither see nor decide', async () => {
    await ask('/rejoindre', farm({ email: 'paul@verger.test' }));
    const [asked] = await requestsOf('paul@verger.test');
    const elsewhere = (await factories(t).territory()).id;
    const stranger = await t.member(elsewhere, 'coordinator');
    const producer = await t.member(territoryId, 'producer', { producerId: (await factories(t).producer(territoryId)).id });
    for (const who of [stranger, producer]) {
      expect((await t.as(who.token).get(api('')).send()).status).toBe(403);
      expect((await t.as(who.token).post(api(`/${asked.id}/accept`))).status).toBe(403);
      expect(
        (
          await t
            .as(who.token)
            .post(api(`/${asked.id}/decline`))
            .send({ reason: 'Non.' })
        ).status,
      ).toBe(403);
    }
    // through its own territory, another territory's request does not exist
    expect((await t.as(stranger.token).post(`/api/v1/territories/${elsewhere}/join-requests/${asked.id}/accept`)).status).toBe(404);
    expect((await requestsOf('paul@verger.test'))[0].status).toBe('pending');
  });
});
