import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binary } from '../support/binary.js';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent } from '../support/portal.js';
import { hasPoppler, pdfText } from '../support/system-tools.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date()));
const TERMS = {
  yearStartsMonth: 1,
  producerFeeCents: 3000,
  hostFeeCents: 0,
  charter: { fr: 'Je m’engage à accueillir les visiteurs du pass.', en: 'I undertake to welcome pass holders.' },
  paymentInstructions: { fr: 'Chèque à l’ordre de l’association des Bons Plans.', en: 'Cheque made out to the association.' },
  lapsedPolicy: 'hide',
  graceDays: 60,
};

/** Splits French Excel's CSV (semicolons, BOM, CRLF; no quoted line breaks here) into cells. */
const csvRows = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(';').map((cell) => cell.replace(/^"|"$/g, '')));

describe('a membership year: the producer accepts the charter, the coordinator records its payment', () => {
  let t: TestApp;
  let territoryId: string;
  let producerId: string;
  let otherProducerId: string;
  let producer: Member;
  let coordinator: Member;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Les Bons Plans de Gâtine', contactEmail: 'contact@gatine.test' })).id;
    producerId = (await make.producer(territoryId, { name: 'Chèvrerie des Trois Chênes' })).id;
    otherProducerId = (await make.producer(territoryId, { name: 'Miellerie d’Azay' })).id;
    producer = await t.member(territoryId, 'producer', { producerId });
    coordinator = await t.member(territoryId, 'coordinator');
  });
  afterAll(() => t?.close());

  it('changes nothing for a territory without terms', async () => {
    await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/membership/terms`).expect(404);
    const page = await (await signedInAgent(t, producer.email)).get(`/app/producer/${producerId}/membership`).expect(200);
    expect(page.text).toContain('ne gère pas d’adhésions');
  });

  it('refuses bad terms naming each wrong field', async () => {
    const response = await t
      .as(coordinator.token)
      .put(`/api/v1/territories/${territoryId}/membership/terms`)
      .send({ ...TERMS, producerFeeCents: -1, charter: { en: 'no French' }, lapsedPolicy: 'vanish', graceDays: 400, yearStartsMonth: 13 })
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'charter.fr',
      'graceDays',
      'lapsedPolicy',
      'producerFeeCents',
      'yearStartsMonth',
    ]);
  });

  it('runs the year: charter in the producer’s page, payment by the coordinator, active, receipt and CSV', async () => {
    const terms = await t.as(coordinator.token).put(`/api/v1/territories/${territoryId}/membership/terms`).send(TERMS).expect(200);
    expect(terms.body).toMatchObject({ producerFeeCents: 3000, currentYear: YEAR });

    // The producer reads its year in its page and accepts the charter.
    const browser = await signedInAgent(t, producer.email);
    const page = await browser.get(`/app/producer/${producerId}/membership`).expect(200);
    expect(page.text).toContain('Je m’engage à accueillir les visiteurs du pass.');
    expect(page.text).toContain('Chèque à l’ordre de l’association des Bons Plans.');
    expect(page.text).toContain('30,00');
    const unticked = await browser
      .post(`/app/producer/${producerId}/membership`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), year: String(YEAR) });
    expect(unticked.status).toBe(400);
    const accepted = await browser
      .post(`/app/producer/${producerId}/membership`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), year: String(YEAR), accepted: 'yes' });
    expect(accepted.status).toBe(303);
    const mine = await t.as(producer.token).get(`/api/v1/producers/${producerId}/membership`).expect(200);
    expect(mine.body).toMatchObject({ status: 'charter_accepted', charterAccepted: true, paid: false, active: false, feeCents: 3000 });

    // A producer records no payment, and sees no other producer's membership.
    const payment = {
      year: YEAR,
      memberKind: 'producer',
      memberId: producerId,
      method: 'cheque',
      paidOn: `${YEAR}-03-02`,
      amountCents: 3000,
      reference: 'Chèque n° 1234567',
    };
    await t.as(producer.token).post(`/api/v1/territories/${territoryId}/membership/payments`).send(payment).expect(403);
    await t.as(producer.token).get(`/api/v1/producers/${otherProducerId}/membership`).expect(403);
    await browser.get(`/app/producer/${otherProducerId}/membership`).expect(403);

    // Bad payments name their fields.
    const bad = await t
      .as(coordinator.token)
      .post(`/api/v1/territories/${territoryId}/membership/payments`)
      .send({ ...payment, method: 'bitcoin', paidOn: '2026-02-30', amountCents: 0 })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['amountCents', 'method', 'paidOn']);

    const recorded = await t.as(coordinator.token).post(`/api/v1/territories/${territoryId}/membership/payments`).send(payment).expect(201);
    expect(recorded.body.receiptNumber).toBe(`${YEAR}-0001`);
    expect((await t.as(producer.token).get(`/api/v1/producers/${producerId}/membership`).expect(200)).body).toMatchObject({ status: 'active', active: true });
    const [audited] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE entity_type IN ('member_year', 'membership_payment', 'membership_terms')`,
    );
    expect(audited.n).toBe(3);

    // The receipt says its number, the amount and the member.
    const receipt = await t.as(coordinator.token).get(`/api/v1/membership-payments/${recorded.body.id}/receipt.pdf`).buffer(true).parse(binary).expect(200);
    if (hasPoppler) {
      const text = await pdfText(receipt.body as Buffer);
      expect(text).toContain(`${YEAR}-0001`);
      expect(text).toMatch(/30,00\s€/);
      expect(text).toContain('Chèvrerie des Trois Chênes');
      expect(text).toContain('Chèque n° 1234567');
    }

    // A second payment takes the next number; cancelled with a reason, it stays in the CSV.
    const second = await t
      .as(coordinator.token)
      .post(`/api/v1/territories/${territoryId}/membership/payments`)
      .send({ ...payment, memberId: otherProducerId, method: 'cash', reference: undefined, amountCents: 1500 })
      .expect(201);
    expect(second.body.receiptNumber).toBe(`${YEAR}-0002`);
    await t.as(coordinator.token).post(`/api/v1/membership-payments/${second.body.id}/cancel`).send({ reason: '' }).expect(400);
    await t.as(coordinator.token).post(`/api/v1/membership-payments/${second.body.id}/cancel`).send({ reason: 'Saisi deux fois' }).expect(200);
    await t.as(coordinator.token).post(`/api/v1/membership-payments/${second.body.id}/cancel`).send({ reason: 'encore' }).expect(409);
    await expect(t.dataSource.query(`DELETE FROM membership_payments WHERE id = $1`, [second.body.id])).rejects.toThrow(/never deleted/);

    const csv = await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/membership/members.csv`).expect(200);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = csvRows(csv.text);
    const [header] = rows;
    const line = (name: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === name)![i]]));
    expect(line('Chèvrerie des Trois Chênes')).toMatchObject({
      Statut: 'Actif',
      Reçu: `${YEAR}-0001`,
      Moyen: 'Chèque',
      'Montant (€)': '30,00',
      'Payé (€)': '30,00',
    });
    expect(line('Miellerie d’Azay')).toMatchObject({
      Statut: 'À renouveler',
      Reçu: `${YEAR}-0002`,
      'Motif d’annulation': 'Saisi deux fois',
      'Payé (€)': '0,00',
    });
  });

  it('reminds those not renewed, in their Messages (and by mail where a mail server is set), from the coordinator’s page', async () => {
    const other = await t.member(territoryId, 'producer', { producerId: otherProducerId });
    const browser = await signedInAgent(t, coordinator.email);
    const page = await browser.get(`/app/coordinator/${territoryId}/membership`).expect(200);
    expect(page.text).toContain('Chèvrerie des Trois Chênes');
    const sent = await browser
      .post(`/app/coordinator/${territoryId}/membership/reminders`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), year: String(YEAR), who: 'all' });
    expect(sent.status).toBe(303);
    const notices = await t.dataSource.query(`SELECT user_id AS "userId", kind, subject FROM notices ORDER BY created_at`);
    expect(notices).toEqual([{ userId: other.userId, kind: 'membership', subject: `Les Bons Plans de Gâtine : votre adhésion ${YEAR}` }]);
    // this app has no mail server: the notice is the message, and nothing waits in the outbox
    expect(await t.dataSource.query(`SELECT recipient FROM mail_outbox`)).toEqual([]);
  });

  it('a host without a fee renews by accepting the charter in its page: active at once', async () => {
    const gite = await factories(t).accommodation(territoryId, { name: 'Gîte des Tilleuls' });
    const host = await t.member(territoryId, 'host', { accommodationIds: [gite.id] });
    const browser = await signedInAgent(t, host.email);
    const page = await browser.get('/app/host/membership').expect(200);
    expect(page.text).toContain('Pas de cotisation cette année.');
    const accepted = await browser
      .post('/app/host/membership')
      .type('form')
      .send({ _csrf: csrfOf(page.text), year: String(YEAR), accepted: 'yes' });
    expect(accepted.status).toBe(303);
    expect((await browser.get('/app/host/membership').expect(200)).text).toContain('Adhésion active');
    const members = await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/membership/members`).expect(200);
    expect(members.body.find((m: { kind: string }) => m.kind === 'host')).toMatchObject({ status: 'active', feeCents: 0, detail: 'Gîte des Tilleuls' });
  });
});
