import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSeeder } from '#demo';
import { binary } from '../support/binary.js';
import { closedPort, FakeSmtp, type ReceivedMail } from '../support/fake-smtp.js';
import { csrfOf } from '../support/portal.js';
import { hasPoppler, pdfText } from '../support/system-tools.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const SEASON = { name: 'Saison 2027', startsOn: '2027-04-01', endsOn: '2027-10-31', printDeadline: '2027-03-15' };
const LINK = /http:\/\/terroir\.test(\/app\/season\/[A-Za-z0-9_-]{43})/;

interface DemoProducer {
  id: string;
  name: string;
  paidUp: boolean;
  offers: { id: string; title: string; status: string }[];
}

/** What a browser would send for a page's first form as it stands: its fields with their values, checked boxes only. */
function formFields(page: string): Record<string, string> {
  const form = /<form[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/.exec(page)?.[1] ?? '';
  const fields: Record<string, string> = {};
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const unescape = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  for (const [tag] of form.matchAll(/<input[^>]*>/g)) {
    const name = attr(tag, 'name');
    const type = attr(tag, 'type') ?? 'text';
    if (!name || type === 'submit') continue;
    if ((type === 'radio' || type === 'checkbox') && !/\schecked/.test(tag)) continue;
    fields[name] = unescape(attr(tag, 'value') ?? '');
  }
  for (const [, open, body] of form.matchAll(/<textarea([^>]*)>([\s\S]*?)<\/textarea>/g)) fields[attr(open, 'name') as string] = unescape(body);
  for (const [, open, body] of form.matchAll(/<select([^>]*)>([\s\S]*?)<\/select>/g)) {
    const selected = /<option[^>]*value="([^"]*)"[^>]*selected/.exec(body) ?? /<option[^>]*value="([^"]*)"/.exec(body);
    fields[attr(open, 'name') as string] = unescape(selected?.[1] ?? '');
  }
  return fields;
}

/**
 * The "done when", on the demo association: a coordinator opens the Saison 2027, every
 * producer's link arrives by mail, half answer (one changes an offer), the coordinator reminds the
 * rest, the check lists what remains, and the brochure holds exactly the confirmed offers of the
 * members whose membership is paid.
 */
describe('the association’s year on the demo: a season opened, answered, checked and printed', { timeout: 120_000 }, () => {
  let t: TestApp;
  let smtp: FakeSmtp;
  let territoryId: string;
  let coordinator: Member;
  let seasonId: string;
  let producers: DemoProducer[];
  const answering = new Set<string>();
  const linkOf = new Map<string, string>();

  /** The latest link each producer received, read from the mails (a producer's mail names it). */
  const readLinks = (mails: ReceivedMail[]) => {
    for (const mail of mails) {
      const producer = producers.find((p) => mail.text.includes(`${p.name},`));
      const link = LINK.exec(mail.text)?.[1];
      if (producer && link) linkOf.set(producer.id, link);
    }
  };

  beforeAll(async () => {
    smtp = new FakeSmtp(await closedPort());
    await smtp.start();
    t = await startTestApp({ smtpUrl: smtp.url });
    territoryId = (await t.app.get(DemoSeeder).seed(new Date(), { season: false })).territoryId;
    coordinator = await t.member(territoryId, 'coordinator');
    const rows = await t.dataSource.query<DemoProducer[]>(
      `SELECT p.id, p.name, tp_producer_in_good_standing(p.id) AS "paidUp",
              coalesce(json_agg(json_build_object('id', o.id, 'title', o.title->>'fr', 'status', o.status) ORDER BY o.created_at)
                       FILTER (WHERE o.id IS NOT NULL AND o.status <> 'archived'), '[]') AS offers
         FROM producers p LEFT JOIN offers o ON o.producer_id = p.id
        WHERE p.territory_id = $1 AND p.status = 'active' GROUP BY p.id ORDER BY p.name`,
      [territoryId],
    );
    producers = rows;
    expect(producers.length).toBeGreaterThan(10);
    expect(producers.filter((p) => !p.paidUp).length, 'the demo has members not yet paid').toBeGreaterThan(0);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('opening "Saison 2027" sends every demo producer its personal link', async () => {
    const opened = await t.as(coordinator.token).post(`/api/v1/territories/${territoryId}/seasons`).send(SEASON).expect(201);
    seasonId = opened.body.id;
    expect(opened.body).toMatchObject({ producers: producers.length, mailed: producers.length });
    await expect.poll(() => (readLinks(smtp.mails), linkOf.size), { timeout: 30_000 }).toBe(producers.length);
  });

  it('half the producers answer from their link alone, one of them changing an offer; one not yet paid accepts the charter', async () => {
    const withOffers = producers.filter((p) => p.offers.length > 0);
    // every other producer, and one whose membership is not paid (its answer counts, its offers wait for the payment)
    for (const [index, producer] of withOffers.entries()) if (index % 2 === 0) answering.add(producer.id);
    answering.add(withOffers.find((p) => !p.paidUp)!.id);
    const changer = withOffers.find((p) => answering.has(p.id) && p.paidUp)!;

    for (const producer of producers.filter((p) => answering.has(p.id))) {
      const link = linkOf.get(producer.id)!;
      const tourist = request.agent(t.app.getHttpServer()); // nobody signed in: the link is all
      const page = await tourist.get(link).expect(200);
      const fields = formFields(page.text);
      producer.offers.forEach((_offer, index) => (fields[`o${index}.decision`] = 'keep'));
      if (producer === changer) {
        fields['o0.decision'] = 'change';
        fields['o0.title.fr'] = 'Bon plan de la Saison 2027';
        producer.offers[0].title = 'Bon plan de la Saison 2027';
      }
      if (!producer.paidUp && /name="acceptCharter"/.test(page.text)) fields.acceptCharter = 'yes';
      const answered = await tourist
        .post(link)
        .type('form')
        .send({ ...fields, _csrf: csrfOf(page.text) });
      expect(answered.status, `${producer.name}: ${answered.text.slice(0, 1500)}`).toBe(303);
    }

    const campaign = (await t.as(coordinator.token).get(`/api/v1/seasons/${seasonId}/campaign`).expect(200)).body;
    const confirmed = campaign.producers.filter((p: { confirmedAt: string | null }) => p.confirmedAt !== null).map((p: { producerId: string }) => p.producerId);
    expect(confirmed.sort()).toEqual([...answering].sort());
    const changed = campaign.producers.find((p: { producerId: string }) => p.producerId === changer.id);
    expect(changed.decisions[0]).toMatchObject({ decision: 'change', title: 'Bon plan de la Saison 2027' });
  });

  it('the coordinator reminds the rest: each gets a fresh link, the earlier one no longer works', async () => {
    const before = smtp.mails.length;
    const earlier = new Map(linkOf);
    const reminded = await t.as(coordinator.token).post(`/api/v1/seasons/${seasonId}/campaign/remind`).send({}).expect(200);
    const rest = producers.filter((p) => !answering.has(p.id));
    expect(reminded.body).toEqual({ reminded: rest.length });
    await expect.poll(() => smtp.mails.length - before, { timeout: 30_000 }).toBeGreaterThanOrEqual(rest.length);
    readLinks(smtp.mails.slice(before));
    for (const producer of rest) {
      expect(linkOf.get(producer.id)).not.toBe(earlier.get(producer.id));
      expect((await request(t.app.getHttpServer()).get(earlier.get(producer.id)!)).status).toBe(410);
    }
  });

  it('the check lists what remains: offers nobody confirmed, members not paid', async () => {
    const check = (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/print-check`).expect(200)).body;
    expect(check.season).toMatchObject({ name: 'Saison 2027' });
    const codes = (code: string) => check.problems.filter((p: { code: string }) => p.code === code).map((p: { record: { id: string } }) => p.record.id);
    const unconfirmed = producers
      .filter((p) => !answering.has(p.id))
      .flatMap((p) => p.offers.filter((o) => ['published', 'pending_review'].includes(o.status)).map((o) => o.id));
    expect(codes('offer_not_confirmed').sort()).toEqual(expect.arrayContaining(unconfirmed.sort()));
    expect(codes('producer_not_paid_up').sort()).toEqual(
      producers
        .filter((p) => !p.paidUp)
        .map((p) => p.id)
        .sort(),
    );
  });

  it.skipIf(!hasPoppler)('the brochure printed afterwards holds exactly the confirmed offers of paid-up members', async () => {
    await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/brochure.pdf`).expect(409);
    const reason = encodeURIComponent('Impression lancée, les retardataires rejoindront la prochaine édition');
    const pdf = await t
      .as(coordinator.token)
      .get(`/api/v1/territories/${territoryId}/brochure.pdf?printAnyway=${reason}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = (await pdfText(pdf.body as Buffer)).replace(/\s+/g, ' ');
    const printed = (title: string) => text.includes(title.replace(/\s+/g, ' '));
    for (const producer of producers) {
      // kept offers take the season's dates; only a published one is printed (not one paused or in review)
      const expected = answering.has(producer.id) && producer.paidUp && producer.offers.some((offer) => offer.status === 'published');
      expect(printed(producer.name), `${producer.name} (answered: ${answering.has(producer.id)}, paid: ${producer.paidUp})`).toBe(expected);
    }
    const audit = await t.dataSource.query(`SELECT changes FROM audit_entries WHERE territory_id = $1 AND action = 'print_anyway'`, [territoryId]);
    expect(audit).toHaveLength(1);
  });
});
