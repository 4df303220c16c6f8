import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Notices } from '#accounts';
import { DigestScheduler } from '#association';
import { todayIn } from '#common';
import { closedPort, FakeSmtp, type ReceivedMail } from '../support/fake-smtp.js';
import { factories } from '../support/factories.js';
import { expectAccessible } from '../support/accessibility.js';
import { hasChromium, PHONE, sharedChromium, signInInBrowser } from '../support/browser.js';
import { signedInAgent, submit } from '../support/portal.js';
import { startTestApp, TEST_PASSWORD, type Member, type TestApp } from '../support/test-app.js';
import { shiftDays } from '../support/calendar.js';

/** The Monday after today (Paris): last week's digest then covers today. */
const today = todayIn('Europe/Paris');
const monday = shiftDays(today, (8 - new Date(`${today}T12:00:00Z`).getUTCDay()) % 7 || 7);
/** Mid-morning in Paris, winter or summer. */
const morningOf = (day: string) => new Date(`${day}T09:30:00Z`);
const unsubscribeLinkOf = (mail: ReceivedMail) => /^<(http:\/\/terroir\.test\/app\/unsubscribe\/[^>]+)>$/.exec(mail.headers['list-unsubscribe'])?.[1];
const pathOf = (url: string) => url.replace('http://terroir.test', '');

/** Reminders and digests: mailed in the reader's language with a plain-text part, shown in the member pages, each kind switchable off. */
describe('reminders, digests and the messages of the member pages', { timeout: 90_000 }, () => {
  let t: TestApp;
  let second: TestApp;
  let smtp: FakeSmtp;
  let territoryId: string;
  let make: ReturnType<typeof factories>;
  const people = {} as Record<'producerFr' | 'producerEn' | 'host', Member>;
  const farFuture = `${Number(today.slice(0, 4)) + 1}-12-31`;

  /** Waits until the outbox has sent everything queued: what has not arrived by then never will. */
  const outboxDrained = () =>
    expect.poll(async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL`))[0].n, { timeout: 15_000 }).toBe(0);

  beforeAll(async () => {
    smtp = new FakeSmtp(await closedPort());
    await smtp.start();
    t = await startTestApp({ smtpUrl: smtp.url });
    // a second instance on the same database, as behind a load balancer
    second = await startTestApp({ smtpUrl: smtp.url }, t);
    make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    const producerId = (await make.producer(territoryId, { name: 'Miellerie d’Azay' })).id;
    const gite = (await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' })).id;
    const honey = (await make.publishedOffer(producerId, { title: { fr: 'Miel −10 %', en: 'Honey −10%' }, validFrom: today, validTo: farFuture })).id;
    const visit = (
      await make.publishedOffer(producerId, {
        title: { fr: 'Visite offerte', en: 'Free visit' },
        kind: 'visit',
        value: null,
        validFrom: today,
        validTo: farFuture,
      })
    ).id;
    await make.publishedOffer(producerId, { title: { fr: 'Confitures −5 %', en: 'Jams −5%' }, validFrom: today, validTo: shiftDays(monday, 7) });
    people.producerFr = await t.member(territoryId, 'producer', { producerId });
    people.producerEn = await t.member(territoryId, 'producer', { producerId });
    people.host = await t.member(territoryId, 'host', { accommodationIds: [gite] });

    // The English reader says so in its member pages.
    const english = await signedInAgent(t, people.producerEn.email);
    expect(
      (await submit(english, '/app/messages/preferences', { language: 'en', mailed: ['campaign', 'membership', 'offers_ending', 'weekly_digest'] })).status,
    ).toBe(303);

    // This week at the gîte: two stays, three uses of the Miellerie's offers (18,50 € and 24,00 € declared).
    const pass = async () =>
      (await t.http().post('/api/v1/passes').send({ accommodationId: gite, arrival: today, departure: today, guests: 2, lang: 'fr' }).expect(201)).body
        .code as string;
    const use = (code: string, offerId: string, amountCents?: number) =>
      t.as(people.producerFr.token).post(`/api/v1/passes/${code}/redemptions`).set('idempotency-key', randomUUID()).send({ offerId, amountCents }).expect(201);
    const [first, secondStay] = [await pass(), await pass()];
    await use(first, honey, 1850);
    await use(first, visit);
    await use(secondStay, honey, 2400);
  });

  afterAll(async () => {
    await second?.close();
    await t?.close();
    await smtp?.stop();
  });

  it('on Monday morning, two instances at once send each digest and each offer ending once, in each reader’s language, figures included', async () => {
    const [a, b] = await Promise.all([t.app.get(DigestScheduler).runDue(morningOf(monday)), second.app.get(DigestScheduler).runDue(morningOf(monday))]);
    // two producer people and a host; one producer's offers ending: whichever instance got there first
    expect({ digests: a.digests + b.digests, offersEnding: a.offersEnding + b.offersEnding }).toEqual({ digests: 3, offersEnding: 1 });
    await outboxDrained();

    const [digestFr, endingFr] = byKind(smtp.mailsTo(people.producerFr.email));
    expect(digestFr.language).toBe('fr');
    expect(digestFr.subject).toMatch(/^Vos bons plans, semaine du .+ : 3 usages$/);
    expect(digestFr.text).toMatch(/vos bons plans ont été utilisés 3 fois \(montants déclarés : 42,50\s€\)/);
    expect(digestFr.text).toMatch(/- Miel −10 % : 2 usages, 42,50\s€\n- Visite offerte : 1 usage, 0,00\s€/);
    expect(digestFr.html).toContain('<li>Miel −10 % : 2 usages, 42,50');
    expect(digestFr.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(digestFr.text).toContain(unsubscribeLinkOf(digestFr));
    expect(endingFr.subject).toBe('Un bon plan se termine dans 7 jours');
    expect(endingFr.text).toContain('- Confitures −5 % : jusqu’au');

    const [digestEn, endingEn] = byKind(smtp.mailsTo(people.producerEn.email));
    expect(digestEn.language).toBe('en');
    expect(digestEn.subject).toMatch(/^Your offers, week of .+: 3 uses$/);
    expect(digestEn.text).toMatch(/- Honey −10%: 2 uses, €42\.50\n- Free visit: 1 use, €0\.00/);
    expect(endingEn.subject).toBe('An offer ends in 7 days');
    expect(endingEn.text).toMatch(/- Jams −5%: until \d+ \w+ \d{4}/);

    const hostMails = smtp.mailsTo(people.host.email);
    expect(hostMails).toHaveLength(1);
    expect(hostMails[0].text).toMatch(/vos hôtes ont utilisé des bons plans 3 fois[^]*Gîte des Tilleuls\n- Miellerie d’Azay : 3 usages, 42,50\s€/);

    // Later looks the same week send nothing more.
    expect(await t.app.get(DigestScheduler).runDue(morningOf(shiftDays(monday, 2)))).toEqual({ digests: 0, offersEnding: 0 });
  });

  it('a reader who switches offers ending off in the member pages gets no such mail, but the message is in its pages', async () => {
    const producerId = (await make.producer(territoryId, { name: 'Fromagerie' })).id;
    await make.publishedOffer(producerId, { title: { fr: 'Tomme −10 %', en: 'Tomme −10%' }, validFrom: today, validTo: shiftDays(monday, 8) });
    const quiet = await t.member(territoryId, 'producer', { producerId });
    const colleague = await t.member(territoryId, 'producer', { producerId });
    const browser = await signedInAgent(t, quiet.email);
    expect((await submit(browser, '/app/messages/preferences', { language: 'fr', mailed: ['campaign', 'membership', 'weekly_digest'] })).status).toBe(303);
    expect((await browser.get('/app/messages/preferences').expect(200)).text).not.toMatch(/value="offers_ending"[^>]*checked/);

    await t.app.get(DigestScheduler).runDue(morningOf(shiftDays(monday, 1)));
    expect((await smtp.waitForMailTo(colleague.email)).text).toContain('Tomme −10 %');
    await outboxDrained();
    expect(smtp.mailsTo(quiet.email)).toEqual([]);

    // every page's menu says a message is waiting, until it is read
    const unread = /href="\/app\/messages"[^>]*>Messages <span class="count">1<\/span><span class="visually-hidden"> non lu<\/span>/;
    expect((await browser.get('/app').expect(200)).text).toMatch(unread);
    const messages = (await browser.get('/app/messages').expect(200)).text;
    expect(messages).toContain('<strong>Un bon plan se termine dans 7 jours</strong>');
    expect(messages).toContain('Non lu');
    const id = /href="\/app\/messages\/([0-9a-f-]{36})"/.exec(messages)?.[1];
    expect((await browser.get(`/app/messages/${id}`).expect(200)).text).toContain('Tomme −10 % : jusqu’au');
    expect((await browser.get('/app/messages').expect(200)).text).not.toContain('Non lu');
    expect((await browser.get('/app').expect(200)).text).not.toMatch(/class="count"/);
    // someone else's message is a page that does not exist
    expect((await (await signedInAgent(t, colleague.email)).get(`/app/messages/${id}`)).status).toBe(404);
  });

  it('the unsubscribe link of a mail works without a session: GET asks, POST (one click) switches off; a tampered link is refused', async () => {
    const member = await t.member(territoryId, 'coordinator');
    const remind = () =>
      t.dataSource.transaction((tx) =>
        t.app.get(Notices).notify(tx, {
          userIds: [member.userId],
          kind: 'membership',
          compose: (lang) => ({ subject: lang === 'fr' ? 'Votre adhésion' : 'Your membership', text: 'Renouvelez votre adhésion.' }),
        }),
      );
    expect(await remind()).toEqual({ noticed: 1, mailed: 1 });
    const link = unsubscribeLinkOf(await smtp.waitForMailTo(member.email));
    expect(link).toBeDefined();
    const path = pathOf(link as string);
    const switchedOff = async () =>
      (await t.dataSource.query(`SELECT kind FROM notice_opt_outs WHERE user_id = $1`, [member.userId])).map((r: { kind: string }) => r.kind);

    const asked = await request(t.app.getHttpServer()).get(path);
    expect(asked.status).toBe(200);
    expect(asked.text).toContain('Vous ne recevrez plus d’e-mails « Rappels d’adhésion »');
    expect(await switchedOff()).toEqual([]);

    const tampered = path.slice(0, -2) + (path.endsWith('AA') ? 'BB' : 'AA');
    expect((await request(t.app.getHttpServer()).get(tampered)).status).toBe(404);
    expect((await request(t.app.getHttpServer()).post(tampered).type('form').send('List-Unsubscribe=One-Click')).status).toBe(404);
    expect(await switchedOff()).toEqual([]);

    // what a mail reader's unsubscribe button sends (RFC 8058): no cookie, no form token
    const clicked = await request(t.app.getHttpServer()).post(path).type('form').send('List-Unsubscribe=One-Click');
    expect(clicked.status).toBe(200);
    expect(clicked.text).toContain('plus d’e-mails « Rappels d’adhésion »');
    expect(await switchedOff()).toEqual(['membership']);

    expect(await remind()).toEqual({ noticed: 1, mailed: 0 });

    // A person who erases its account leaves no messages behind.
    await t.as(member.token).post('/api/v1/me/erasure').send({ password: TEST_PASSWORD, confirm: true }).expect(204);
    expect(await t.dataSource.query(`SELECT id FROM notices WHERE user_id = $1`, [member.userId])).toEqual([]);
  });

  it.skipIf(!hasChromium)('on a phone, a host unsubscribes from the mail alone, then finds the message and its choices in its pages', async () => {
    const host = await t.member(territoryId, 'host');
    await t.dataSource.transaction((tx) =>
      t.app
        .get(Notices)
        .notify(tx, { userIds: [host.userId], kind: 'campaign', compose: () => ({ subject: 'Saison 2027', text: 'La saison 2027 commence.' }) }),
    );
    const link = unsubscribeLinkOf(await smtp.waitForMailTo(host.email)) as string;
    const base = await t.listen();
    const browser = await sharedChromium();
    const page = await (await browser.newContext({ ...PHONE, locale: 'fr-FR' })).newPage();

    await page.goto(`${base}${pathOf(link)}`);
    await expectAccessible(page, 'unsubscribe');
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('plus d’e-mails « Campagne de la saison (liens et relances) »');

    await signInInBrowser(page, base, host.email, 'fr', '/app/messages');
    await expectAccessible(page, 'messages');
    await page.getByRole('link', { name: 'Saison 2027' }).click();
    expect(await page.locator('main').textContent()).toContain('La saison 2027 commence.');
    await expectAccessible(page, 'a message');
    await page.goto(`${base}/app/messages/preferences`);
    await expectAccessible(page, 'e-mail choices');
    expect(await page.getByLabel('Campagne de la saison (liens et relances)').isChecked()).toBe(false);
    expect(await page.getByLabel('Résumé de la semaine').isChecked()).toBe(true);
    await browser.close();
  });
});

/** A producer's Monday mails: its digest, then its offers ending (in whichever order they arrived). */
function byKind(mails: ReceivedMail[]): [ReceivedMail, ReceivedMail] {
  expect(mails).toHaveLength(2);
  const digest = mails.find((mail) => /semaine|week/i.test(mail.subject));
  const ending = mails.find((mail) => mail !== digest);
  expect(digest && ending).toBeTruthy();
  return [digest as ReceivedMail, ending as ReceivedMail];
}
