import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CampaignService } from '#association';
import { binary } from '../support/binary.js';
import { closedPort, FakeSmtp, type ReceivedMail } from '../support/fake-smtp.js';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent } from '../support/portal.js';
import { hasPoppler, pdfText } from '../support/system-tools.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const SEASON = { name: 'Saison 2027', startsOn: '2027-04-01', endsOn: '2027-10-31', printDeadline: '2027-02-28' };
const linkIn = (mail: ReceivedMail) => /http:\/\/terroir\.test(\/app\/season\/[A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];

/** The season campaign: a coordinator opens a season, each producer answers from its mailed link, the brochure prints what was confirmed. */
describe('the season campaign', { timeout: 120_000 }, () => {
  let t: TestApp;
  let smtp: FakeSmtp;
  let territoryId: string;
  let coordinator: Member;
  let seasonId: string;
  const producers: Record<'chevrerie' | 'rucher' | 'moulin' | 'suspended', { id: string; email: string | null }> = {} as never;
  const offers: Record<string, string> = {};

  /** The mails received by `to`, waited for (the outbox sends after commit), oldest first. */
  const mailsTo = async (to: string, count: number) => {
    await expect.poll(() => smtp.mails.filter((mail) => mail.to.includes(to)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count);
    return smtp.mails.filter((mail) => mail.to.includes(to));
  };
  /** A person with the link and nothing else: no session, no password. */
  const stranger = () => request.agent(t.app.getHttpServer());
  const offer = async (id: string) =>
    (await t.http().get(`/api/v1/offers/${id}`).expect(200)).body as { title: { fr: string }; value: number; validFrom: string; validTo: string };
  const campaign = async () => (await t.as(coordinator.token).get(`/api/v1/seasons/${seasonId}/campaign`).expect(200)).body;

  beforeAll(async () => {
    smtp = new FakeSmtp(await closedPort());
    await smtp.start();
    t = await startTestApp({ smtpUrl: smtp.url });
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    coordinator = await t.member(territoryId, 'coordinator');
    const producer = async (key: keyof typeof producers, name: string, email: string | null, status?: 'suspended') => {
      const made = await make.producer(territoryId, { name, ...(email ? { email } : {}), ...(status ? { status } : {}) });
      producers[key] = { id: made.id, email };
      return made.id;
    };
    const chevrerie = await producer('chevrerie', 'Chèvrerie des Brandes', 'chevrerie@test.test');
    const rucher = await producer('rucher', 'Rucher du Bocage', 'rucher@test.test');
    const moulin = await producer('moulin', 'Moulin de Pougne', null);
    await producer('suspended', 'Ferme en pause', 'pause@test.test', 'suspended');
    const published = async (key: string, producerId: string, title: string) => {
      offers[key] = (
        await make.publishedOffer(producerId, { title: { fr: title }, kind: 'percent_off', value: 10, validFrom: '2026-04-01', validTo: null })
      ).id;
    };
    await published('kept', chevrerie, 'Crottin offert gardé');
    await published('changed', chevrerie, 'Remise fromages avant');
    await published('dropped', chevrerie, 'Visite arrêtée');
    await published('leftOut', rucher, 'Miel écarté');
    await published('unconfirmed', rucher, 'Pollen sans réponse');
    await published('byPhone', moulin, 'Farine confirmée au téléphone');
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('opening a season mails every producer taking part that has an e-mail its personal link; a second open season is refused by name', async () => {
    const opened = await t.as(coordinator.token).post(`/api/v1/territories/${territoryId}/seasons`).send(SEASON);
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body).toMatchObject({ ...SEASON, producers: 3, mailed: 2, closedAt: null });
    seasonId = opened.body.id;

    const [mail] = await mailsTo('chevrerie@test.test', 1);
    expect(mail.text).toContain('Bonjour Chèvrerie des Brandes');
    expect(mail.text).toContain('Gâtine prépare la Saison 2027');
    expect(mail.text).toContain('28 février 2027');
    expect(linkIn(mail)).toBeDefined();
    await mailsTo('rucher@test.test', 1);
    expect(
      smtp.mails.some((m) => m.to.includes('pause@test.test')),
      'a suspended producer takes no part',
    ).toBe(false);

    const again = await t
      .as(coordinator.token)
      .post(`/api/v1/territories/${territoryId}/seasons`)
      .send({ ...SEASON, name: 'Saison 2028' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'season_already_open', params: { name: 'Saison 2027' } });
  });

  it('from the link alone the producer keeps one offer, changes one and drops one; the dates and the decisions follow', async () => {
    const link = linkIn((await mailsTo('chevrerie@test.test', 1))[0]) as string;
    const browser = stranger();
    const page = await browser.get(link).expect(200);
    for (const title of ['Crottin offert gardé', 'Remise fromages avant', 'Visite arrêtée']) expect(page.text).toContain(title);
    expect(page.text).not.toContain('Miel écarté');

    const answered = await browser
      .post(link)
      .type('form')
      .send({
        _csrf: csrfOf(page.text),
        name: 'Chèvrerie des Brandes',
        phone: '05 49 64 20 18',
        email: 'chevrerie@test.test',
        website: '',
        hoursMode: 'text',
        openingHours: 'Sa 10:00-12:00',
        hoursNote: '',
        'o0.decision': 'keep',
        'o1.decision': 'change',
        'o1.title.fr': 'Remise fromages après',
        'o1.kind': 'percent_off',
        'o1.value': '15',
        'o1.usesPerPass': '1',
        'o2.decision': 'drop',
      });
    expect(answered.status, answered.text.slice(0, 2000)).toBe(303);

    expect(await offer(offers.kept)).toMatchObject({ validFrom: '2027-04-01', validTo: '2027-10-31' });
    expect(await offer(offers.changed)).toMatchObject({ title: { fr: 'Remise fromages après' }, value: 15, validFrom: '2027-04-01', validTo: '2027-10-31' });
    expect(await offer(offers.dropped)).toMatchObject({ validFrom: '2026-04-01', validTo: '2027-03-31' });

    const followed = await campaign();
    const chevrerie = followed.producers.find((p: { producerId: string }) => p.producerId === producers.chevrerie.id);
    expect(chevrerie).toMatchObject({ confirmedVia: 'link', confirmedBy: null, firstOpenedAt: expect.any(String), lastOpenedAt: expect.any(String) });
    expect(chevrerie.businessChanges).toEqual(
      expect.arrayContaining([
        { field: 'phone', from: null, to: '+33549642018' },
        { field: 'openingHours', from: null, to: 'Sa 10:00-12:00' },
      ]),
    );
    expect(chevrerie.decisions.map((d: { title: string; decision: string }) => [d.title, d.decision])).toEqual([
      ['Crottin offert gardé', 'keep'],
      ['Remise fromages après', 'change'],
      ['Visite arrêtée', 'drop'],
    ]);
    expect(chevrerie.decisions[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'title.fr', from: 'Remise fromages avant', to: 'Remise fromages après' },
        { field: 'value', from: '10', to: '15' },
      ]),
    );
    expect(followed.unconfirmedOffers.map((o: { title: string }) => o.title)).toEqual(['Farine confirmée au téléphone', 'Miel écarté', 'Pollen sans réponse']);

    // Opened again, the page shows what was decided, and may be changed until the deadline.
    const reopened = await stranger().get(link).expect(200);
    expect(reopened.text).toMatch(/name="o2\.decision" value="drop"\s+checked/);
  });

  it("a producer's link cannot touch another producer's offer", async () => {
    const link = linkIn((await mailsTo('chevrerie@test.test', 1))[0]) as string;
    const token = link.split('/').pop() as string;
    const answer = { offers: [{ offerId: offers.unconfirmed, decision: 'drop' as const }] };
    await expect(t.app.get(CampaignService, { strict: false }).answerByLink(token, answer)).rejects.toMatchObject({ status: 400 });
    expect(await offer(offers.unconfirmed)).toMatchObject({ validTo: null });
  });

  it('the coordinator reminds who has not confirmed: a fresh link, the old one says it was replaced; an expired link says so too', async () => {
    const old = linkIn((await mailsTo('rucher@test.test', 1))[0]) as string;
    const reminded = await t.as(coordinator.token).post(`/api/v1/seasons/${seasonId}/campaign/remind`).send({});
    expect(reminded.body).toEqual({ reminded: 1 });
    const fresh = linkIn((await mailsTo('rucher@test.test', 2))[1]) as string;
    expect(fresh).not.toBe(old);

    const revoked = await stranger().get(old);
    expect(revoked.status).toBe(410);
    expect(revoked.text).toContain('remplacé par un lien plus récent');
    expect((await stranger().get(fresh)).status).toBe(200);

    await t.dataSource.query(`UPDATE season_links SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL AND producer_id = $1`, [
      producers.rucher.id,
    ]);
    const expired = await stranger().get(fresh);
    expect(expired.status).toBe(410);
    expect(expired.text).toContain('ne fonctionne plus : la date limite était le 28 févr. 2027');
    expect((await stranger().get('/app/season/not-a-link-at-all')).status).toBe(404);
  });

  it('the coordinator answers for a producer on the phone, leaves an offer out, and the campaign page shows who confirmed and opened', async () => {
    const agent = await signedInAgent(t, coordinator.email);
    const onBehalf = `/app/coordinator/${territoryId}/season/producers/${producers.moulin.id}`;
    const form = await agent.get(onBehalf).expect(200);
    const posted = await agent
      .post(onBehalf)
      .type('form')
      .send({ _csrf: csrfOf(form.text), name: 'Moulin de Pougne', hoursMode: 'text', 'o0.decision': 'keep' });
    expect(posted.status, posted.text.slice(0, 2000)).toBe(303);
    await t.as(coordinator.token).post(`/api/v1/seasons/${seasonId}/campaign/offers/${offers.leftOut}/leave-out`).expect(204);

    const page = (await agent.get(`/app/coordinator/${territoryId}/season`).expect(200)).text;
    const row = (name: string) => new RegExp(`<th scope="row">${name}</th>[\\s\\S]*?</tr>`).exec(page)?.[0] ?? '';
    expect(row('Chèvrerie des Brandes')).toContain('par le producteur');
    expect(row('Chèvrerie des Brandes')).toContain('1re fois');
    expect(row('Moulin de Pougne')).toMatch(/par .+ \(pour le producteur\)/);
    expect(row('Moulin de Pougne')).toContain('jamais ouvert');
    expect(row('Rucher du Bocage')).toContain('non confirmé');
    expect(page).toContain('Pollen sans réponse');

    const actions = await t.dataSource.query(`SELECT action FROM audit_entries WHERE territory_id = $1 AND action LIKE 'season%' OR action = 'open'`, [
      territoryId,
    ]);
    expect(new Set(actions.map((a: { action: string }) => a.action))).toEqual(
      new Set(['open', 'season_keep', 'season_change', 'season_drop', 'season_confirm', 'season_remind', 'season_leave_out']),
    );
  });

  it('a producer without e-mail gets its link by hand: the coordinator takes a fresh one from the campaign page, no mail is sent', async () => {
    const before = smtp.mails.length;
    const agent = await signedInAgent(t, coordinator.email);
    const page = await agent.get(`/app/coordinator/${territoryId}/season`).expect(200);
    const handed = await agent
      .post(`/app/coordinator/${territoryId}/season/producers/${producers.moulin.id}/link`)
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
    expect(handed.status).toBe(200);
    expect(handed.text).toContain('Lien personnel de Moulin de Pougne, à lui transmettre');
    const link = /id="handed-link" type="text" readonly value="http:\/\/terroir\.test(\/app\/season\/[A-Za-z0-9_-]{43})"/.exec(handed.text)?.[1] as string;
    expect(link).toBeDefined();
    expect((await stranger().get(link).expect(200)).text).toContain('Farine confirmée au téléphone');

    const again = await t.as(coordinator.token).post(`/api/v1/seasons/${seasonId}/campaign/producers/${producers.moulin.id}/link`).expect(201);
    expect(again.body).toEqual({ producerName: 'Moulin de Pougne', url: expect.stringMatching(/^http:\/\/terroir\.test\/app\/season\/[A-Za-z0-9_-]{43}$/) });
    expect((await stranger().get(link)).status, 'the earlier link is replaced').toBe(410);
    expect(smtp.mails.length).toBe(before);
  });

  it.skipIf(!hasPoppler)('the brochure printed during the season holds exactly the confirmed offers', async () => {
    // the check before printing finds what this small territory lacks (hosts, conditions): printed anyway, knowingly
    const held = await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/brochure.pdf?lang=fr`);
    expect(held.status).toBe(409);
    const pdf = await t
      .as(coordinator.token)
      .get(`/api/v1/territories/${territoryId}/brochure.pdf?lang=fr&printAnyway=${encodeURIComponent('Relu avec le bureau')}`)
      .buffer(true)
      .parse(binary);
    expect(pdf.status).toBe(200);
    const text = (await pdfText(pdf.body as Buffer)).replace(/\s+/g, ' ');
    for (const shown of ['Crottin offert gardé', 'Remise fromages après', 'Farine confirmée au téléphone']) expect(text).toContain(shown);
    for (const hidden of ['Visite arrêtée', 'Miel écarté', 'Pollen sans réponse', 'Remise fromages avant']) expect(text).not.toContain(hidden);
  });

  it('closing the season ends its links', async () => {
    const link = linkIn((await mailsTo('chevrerie@test.test', 1))[0]) as string;
    expect((await t.as(coordinator.token).post(`/api/v1/seasons/${seasonId}/close`)).body).toMatchObject({ closedAt: expect.any(String) });
    const closed = await stranger().get(link);
    expect(closed.status).toBe(410);
    expect(closed.text).toContain('La Saison 2027 est close');
  });
});
