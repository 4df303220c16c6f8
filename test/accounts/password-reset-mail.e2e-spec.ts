import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MailOutbox } from '#accounts';
import { closedPort, FakeSmtp } from '../support/fake-smtp.js';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const linkIn = (text: string) => /http:\/\/terroir\.test\/app\/(?:password-reset|invitations)\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Password resets and invitations are mailed after their transaction commits, through the outbox. */
describe('password resets and the mail outbox', { timeout: 90_000 }, () => {
  let t: TestApp;
  let smtp: FakeSmtp;
  let territoryId: string;
  let addresses = 0;
  beforeAll(async () => {
    smtp = new FakeSmtp(await closedPort());
    t = await startTestApp({ trustProxy: true, smtpUrl: smtp.url });
    territoryId = (await factories(t).territory()).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });
  beforeEach(() => {
    smtp.greetingDelayMs = 0;
  });

  /** Each request from an address of its own, unless told: the per-address limit is tested on its own. */
  const askReset = (email: string, address = `203.0.113.${++addresses % 250}`) =>
    t.anonymous().post('/api/v1/auth/password-reset').set('x-forwarded-for', address).send({ email });
  /** What a retry later would do, now: the outbox's due mails are sent when it is woken. */
  const retryNow = async () => {
    await t.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE sent_at IS NULL`);
    await t.dataSource.query(`SELECT pg_notify('mail_outbox', '')`);
  };

  it('with the mail server down, asking for a reset answers as usual; the link is mailed once the server is back', async () => {
    await smtp.stop();
    const member = await t.member(territoryId, 'producer', { producerId: (await factories(t).producer(territoryId)).id });
    const known = await askReset(member.email);
    const unknown = await askReset('ghost@test.test');
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body);

    // The outbox tried, failed, and keeps the mail for later.
    await expect
      .poll(async () => (await t.dataSource.query(`SELECT attempts, last_error FROM mail_outbox WHERE recipient = $1`, [member.email]))[0], { timeout: 15_000 })
      .toMatchObject({
        attempts: 1,
        last_error: expect.stringContaining('ECONNREFUSED'),
      });

    await smtp.start();
    await retryNow();
    const mail = await smtp.waitForMailTo(member.email);
    expect(mail.subject).toContain('new password');
    const token = linkIn(mail.text);
    expect(token).toBeDefined();
    expect((await t.anonymous().post('/api/v1/auth/password-reset/confirm').send({ token, password: 'back-from-the-outage' })).status).toBe(204);
    expect(smtp.mailsTo('ghost@test.test')).toEqual([]);
    // Sent: the row keeps no copy of the link.
    const [row] = await t.dataSource.query(`SELECT sent_at, body FROM mail_outbox WHERE recipient = $1`, [member.email]);
    expect(row.sent_at).not.toBeNull();
    expect(row.body).toBe('');
  });

  it('a link mailed in a transaction that rolls back is never sent', async () => {
    await smtp.start();
    const rolledBack = await t.member(territoryId, 'coordinator');
    const committed = await t.member(territoryId, 'coordinator');
    const outbox = t.app.get(MailOutbox, { strict: false });
    await expect(
      t.dataSource.transaction(async (tx) => {
        await outbox.enqueueTo(tx, [rolledBack.email], { subject: 'rolled back', text: 'never' });
        throw new Error('something after the link failed');
      }),
    ).rejects.toThrow('something after the link failed');
    expect((await askReset(committed.email)).status).toBe(202);

    await smtp.waitForMailTo(committed.email);
    expect(smtp.mailsTo(rolledBack.email)).toEqual([]);
    expect(await t.dataSource.query(`SELECT id FROM mail_outbox WHERE recipient = $1`, [rolledBack.email])).toEqual([]);
  });

  it('an invitation is mailed after it is made, never handed back, and its link works', async () => {
    await smtp.start();
    const coordinator = await t.member(territoryId, 'coordinator');
    const invited = await t
      .as(coordinator.token)
      .post(`/api/v1/territories/${territoryId}/invitations`)
      .send({ email: 'newcomer@ferme.test', role: 'coordinator' });
    expect(invited.status).toBe(201);
    expect(invited.body.invitation).toMatchObject({ mailed: true, url: null });
    const token = linkIn((await smtp.waitForMailTo('newcomer@ferme.test')).text);
    expect((await t.anonymous().post('/api/v1/auth/invitations/accept').send({ token, password: 'joined-by-mail-2026' })).status).toBe(200);
  });

  it('asking for a reset takes the same time whether the e-mail is known or not, even with a slow mail server', async () => {
    await smtp.start();
    // A mail server far away: each conversation starts 400 ms late.
    smtp.greetingDelayMs = 400;
    const known: Member[] = [];
    for (let i = 0; i < 12; i++) known.push(await t.member(territoryId, 'coordinator'));
    const timings = { known: [] as number[], unknown: [] as number[] };
    const timed = async (email: string) => {
      const started = performance.now();
      expect((await askReset(email)).status).toBe(202);
      return performance.now() - started;
    };
    // Interleaved, so that both kinds meet the same load on a busy machine.
    for (let i = 0; i < 12; i++) {
      timings.known.push(await timed(known[i].email));
      timings.unknown.push(await timed(`nobody-${i}@test.test`));
    }
    const [knownMs, unknownMs] = [median(timings.known), median(timings.unknown)];
    // Medians differ by a few milliseconds even on a loaded machine; a mail sent during the request would add 400 ms to every known one.
    expect(Math.abs(knownMs - unknownMs), `medians: known ${knownMs.toFixed(1)} ms, unknown ${unknownMs.toFixed(1)} ms`).toBeLessThan(100);
    console.log(`reset request medians: known ${knownMs.toFixed(1)} ms, unknown ${unknownMs.toFixed(1)} ms`);
    for (const member of known) await smtp.waitForMailTo(member.email);
  });

  it('a flood of reset requests from one address is told to wait; one e-mail gets at most 3 links an hour, quietly', async () => {
    await smtp.start();
    for (let i = 0; i < 10; i++) expect((await askReset(`someone-${i}@test.test`, '198.51.100.77')).status).toBe(202);
    const flooded = await askReset('someone-else@test.test', '198.51.100.77');
    expect(flooded.status).toBe(429);
    expect(Number(flooded.headers['retry-after'])).toBeGreaterThan(0);
    expect((await askReset('someone-else@test.test', '198.51.100.78')).status).toBe(202);

    const member = await t.member(territoryId, 'coordinator');
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await askReset(member.email));
    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202, 202, 202, 202]);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    const [{ queued }] = await t.dataSource.query(`SELECT count(*)::int AS queued FROM mail_outbox WHERE recipient = $1`, [member.email]);
    expect(queued).toBe(3);
  });

  it('sent mails are deleted after a week, mails never sent after a month', async () => {
    await t.dataSource.query(
      `INSERT INTO mail_outbox (recipient, subject, body, created_at, sent_at, attempts) VALUES
         ('sent-long-ago@test.test', 's', '', now() - interval '8 days', now() - interval '8 days', 1),
         ('sent-lately@test.test', 's', '', now() - interval '2 days', now() - interval '2 days', 1),
         ('given-up@test.test', 's', 'x', now() - interval '31 days', NULL, 10)`,
    );
    await t.app.get(MailOutbox).purge();
    const rows: { recipient: string }[] = await t.dataSource.query(
      `SELECT recipient FROM mail_outbox WHERE recipient IN ('sent-long-ago@test.test', 'sent-lately@test.test', 'given-up@test.test')`,
    );
    expect(rows.map((row) => row.recipient)).toEqual(['sent-lately@test.test']);
  });
});
