import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { CODE_ALPHABET, checkHolds, codeForReaders } from '#directory';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent, type PortalAgent } from '../support/portal.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

/** The code with its character at `at` replaced by another, as a hand copying it might. */
const slip = (code: string, at: number) => code.slice(0, at) + CODE_ALPHABET[(CODE_ALPHABET.indexOf(code[at]) + 7) % CODE_ALPHABET.length] + code.slice(at + 1);

describe('pass codes copied by hand: a check character catches a slip, codes drawn before keep working', () => {
  let t: TestApp;
  let accommodationId: string;
  let producerId: string;
  let honey: string;
  let producer: Member;
  let agent: PortalAgent;
  const today = todayIn('Europe/Paris');
  const issue = async () =>
    (await t.http().post('/api/v1/passes').send({ accommodationId, arrival: today, departure: today, guests: 2, lang: 'en' }).expect(201)).body as {
      code: string;
      id: string;
    };
  const usesOf = async (passId: string) => (await t.dataSource.query(`SELECT id FROM redemptions WHERE pass_id = $1`, [passId])).length as number;
  const typed = (code: string) => agent.get(`/app/producer/${producerId}/redeem?lang=en&code=${encodeURIComponent(code)}`);

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territoryId = (await make.territory({ name: 'Gâtine' })).id;
    accommodationId = (await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' })).id;
    producerId = (await make.producer(territoryId, { name: 'Miellerie d’Azay' })).id;
    honey = (await make.publishedOffer(producerId, { title: { fr: 'Pot de miel', en: 'Jar of honey' }, kind: 'gift', validFrom: '2020-01-01', validTo: null }))
      .id;
    producer = await t.member(territoryId, 'producer', { producerId });
    agent = await signedInAgent(t, producer.email);
  });
  afterAll(() => t.close());

  it('a new pass has 10 random characters and a check character that holds, printed in three groups; so has a new producer, with 8', async () => {
    const pass = await issue();
    expect(pass.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{11}$`));
    expect(checkHolds(pass.code)).toBe(true);
    expect(codeForReaders(pass.code)).toMatch(/^[A-Z2-9]{4} [A-Z2-9]{4} [A-Z2-9]{3}$/);
    const [{ code: producerCode }] = await t.dataSource.query(`SELECT code FROM producers WHERE id = $1`, [producerId]);
    expect(producerCode).toHaveLength(9);
    expect(checkHolds(producerCode)).toBe(true);
  });

  it('a producer typing a pass code with one character wrong is told it is a typing mistake, and nothing is recorded', async () => {
    const pass = await issue();
    for (const at of [0, 5, 10]) {
      const mistyped = await typed(codeForReaders(slip(pass.code, at)));
      expect(mistyped.status).toBe(400);
      expect(mistyped.text).toContain('<p class="error" id="f-code-error">This code has a typing mistake: check it on the pass, character by character.</p>');
      expect(mistyped.text).not.toContain('No pass has this code');
    }
    const swapped = pass.code[3] === pass.code[4] ? slip(pass.code, 3) : pass.code.slice(0, 3) + pass.code[4] + pass.code[3] + pass.code.slice(5);
    expect((await typed(swapped)).text).toContain('This code has a typing mistake');
    expect(await usesOf(pass.id)).toBe(0);

    // An app typing it gets a 400 naming the field, in the producer's language, and records nothing either.
    const api = await t
      .as(producer.token)
      .post(`/api/v1/passes/${slip(pass.code, 5)}/redemptions`)
      .set('idempotency-key', randomUUID())
      .set('accept-language', 'fr')
      .send({ offerId: honey });
    expect(api.status).toBe(400);
    expect(api.body.errors).toEqual([
      { field: 'code', code: 'code_mistyped', message: 'Ce code comporte une faute de frappe : vérifiez-le sur le pass, caractère par caractère.' },
    ]);
    expect((await t.anonymous().get(`/api/v1/passes/${slip(pass.code, 10)}`)).body.errors[0]).toMatchObject({ field: 'code', code: 'code_mistyped' });
    expect(await usesOf(pass.id)).toBe(0);

    // Typed right, as printed, it opens the pass.
    expect((await typed(` ${codeForReaders(pass.code).toLowerCase()} `)).headers.location).toBe(`/app/producer/${producerId}/redeem/${pass.code}`);
  });

  it('a pass drawn before check characters (10 characters) is still typed, opened and redeemed', async () => {
    const pass = await issue();
    const [[{ code: old }]] = await t.dataSource.query(`UPDATE passes SET code = tp_short_code(10) WHERE id = $1 RETURNING code`, [pass.id]);
    const opened = await typed(codeForReaders(old));
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe(`/app/producer/${producerId}/redeem/${old}`);
    const page = await agent.get(opened.headers.location).expect(200);
    const form = page.text.split('<form').find((f) => f.includes(`name="offerId" value="${honey}"`)) as string;
    const key = /name="key" value="([^"]+)"/.exec(form)?.[1] as string;
    const recorded = await agent
      .post(opened.headers.location)
      .type('form')
      .send({ _csrf: csrfOf(form), offerId: honey, key, amount: '' });
    expect(recorded.status).toBe(303);
    expect(await usesOf(pass.id)).toBe(1);
  });
});
