import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { codeForReaders } from '#directory';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent, type PortalAgent } from '../support/portal.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

describe('recording a use: the producer opens a pass, records one of its offers, may void it', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let accommodationId: string;
  let producerId: string;
  let honey: string;
  let producer: Member;
  let agent: PortalAgent;
  const today = todayIn('Europe/Paris');
  const shift = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const issue = async (arrival = today, departure = today) =>
    (await t.http().post('/api/v1/passes').send({ accommodationId, arrival, departure, guests: 3, lang: 'en' }).expect(201)).body as {
      code: string;
      id: string;
    };
  const uses = async (passId: string) =>
    t.dataSource.query(`SELECT id, offer_id AS "offerId", amount_cents AS "amountCents", voided_at AS "voidedAt" FROM redemptions WHERE pass_id = $1`, [
      passId,
    ]);
  /** The pass page's form for an offer: its hidden fields as the page drew them. */
  const formFor = (page: string, offerId: string) => {
    const form = page.split('<form').find((f) => f.includes(`name="offerId" value="${offerId}"`));
    expect(form, `a form to record ${offerId}`).toBeDefined();
    return { _csrf: csrfOf(form as string), offerId, key: /name="key" value="([^"]+)"/.exec(form as string)?.[1] as string };
  };

  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
    const territoryId = (await make.territory({ name: 'Gâtine' })).id;
    accommodationId = (await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' })).id;
    producerId = (await make.producer(territoryId, { name: 'Miellerie d’Azay' })).id;
    const bakery = (await make.producer(territoryId, { name: 'Boulangerie du Bourg' })).id;
    honey = (
      await make.publishedOffer(producerId, {
        title: { fr: 'Pot de miel offert', en: 'Free jar of honey' },
        kind: 'gift',
        usesPerPass: 1,
        validFrom: '2020-01-01',
        validTo: null,
      })
    ).id;
    await make.publishedOffer(bakery, { title: { fr: 'Croissant offert', en: 'Free croissant' }, kind: 'gift', validFrom: '2020-01-01', validTo: null });
    producer = await t.member(territoryId, 'producer', { producerId });
    agent = await signedInAgent(t, producer.email);
  });
  afterAll(() => t.close());

  it('a code typed as printed (capitals, spaces) opens the pass; a wrong or unknown one is said beside the field', async () => {
    const pass = await issue();
    const start = await agent.get(`/app/producer/${producerId}/redeem?lang=en`).expect(200);
    expect(start.text).toContain('scan its QR code with your phone’s camera app');
    const typed = await agent.get(
      `/app/producer/${producerId}/redeem?code=${encodeURIComponent(` ${pass.code.slice(0, 4).toUpperCase()} ${pass.code.slice(4).toUpperCase()} `)}`,
    );
    expect(typed.status).toBe(303);
    expect(typed.headers.location).toBe(`/app/producer/${producerId}/redeem/${pass.code}`);
    const wrong = await agent.get(`/app/producer/${producerId}/redeem?code=O0O0`);
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('<p class="error" id="f-code-error">This does not look like a pass code');
    expect(wrong.text).toContain('value="O0O0"');
    const unknown = await agent.get(`/app/producer/${producerId}/redeem?code=zzzzzzzzzz`);
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('<p class="error" id="f-code-error">No pass has this code: check it with the visitor.</p>');
  });

  it('the pass shows its stay and only this producer’s offers; a double tap records one use; it can be voided', async () => {
    const pass = await issue();
    const page = await agent.get(`/app/producer/${producerId}/redeem/${pass.code}`).expect(200);
    expect(page.text).toContain(`<h1>Pass ${codeForReaders(pass.code)}</h1>`);
    expect(page.text).toContain('<dd>3</dd>');
    expect(page.text).toContain('Free jar of honey');
    expect(page.text).not.toContain('Free croissant');
    expect(page.text).toContain('1 use left');

    const fields = { ...formFor(page.text, honey), amount: '18,50' };
    const [first, second] = [
      await agent.post(`/app/producer/${producerId}/redeem/${pass.code}`).type('form').send(fields),
      await agent.post(`/app/producer/${producerId}/redeem/${pass.code}`).type('form').send(fields),
    ];
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(second.headers.location).toBe(first.headers.location);
    const recorded = await uses(pass.id);
    expect(recorded).toEqual([{ id: expect.any(String), offerId: honey, amountCents: 1850, voidedAt: null }]);
    expect(first.headers.location).toBe(`/app/producer/${producerId}/redeem/${pass.code}/uses/${recorded[0].id}`);

    const confirmation = await agent.get(first.headers.location).expect(200);
    expect(confirmation.text).toContain('<h1>Use recorded</h1>');
    expect(confirmation.text).toContain(`“Free jar of honey” is recorded for pass ${codeForReaders(pass.code)}.`);
    expect(confirmation.text).toContain('Purchases declared: €18.50.');
    expect(confirmation.text).toContain('You can void this use until');

    // A new use (a new key) of an offer used up is refused in words.
    const again = await agent.get(`/app/producer/${producerId}/redeem/${pass.code}`).expect(200);
    expect(again.text).toContain('This offer has already been used as many times as allowed with this pass.');
    expect(again.text).not.toContain(`name="offerId" value="${honey}"`);
    const stale = await agent
      .post(`/app/producer/${producerId}/redeem/${pass.code}`)
      .type('form')
      .send({ ...fields, key: crypto.randomUUID() });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('This offer has already been used as many times as allowed with this pass.');
    expect(await uses(pass.id)).toHaveLength(1);

    const voided = await agent
      .post(`${first.headers.location}/void`)
      .type('form')
      .send({ _csrf: csrfOf(confirmation.text) });
    expect(voided.status).toBe(303);
    expect((await uses(pass.id))[0].voidedAt).not.toBeNull();
    const after = await agent.get(voided.headers.location).expect(200);
    expect(after.text).toContain('<h1>Use voided</h1>');
    expect(after.text).not.toContain('/void"');
    const twice = await agent
      .post(`${first.headers.location}/void`)
      .type('form')
      .send({ _csrf: csrfOf(confirmation.text) });
    expect(twice.status).toBe(409);
    expect(twice.text).toContain('This use is already voided.');
    // Voided, the offer can be used again with this pass.
    expect((await agent.get(`/app/producer/${producerId}/redeem/${pass.code}`).expect(200)).text).toContain(`name="offerId" value="${honey}"`);
  });

  it('a pass not valid today is said in words, with no button', async () => {
    for (const [pass, words] of [
      [await issue(shift(3), shift(5)), 'This pass is not valid yet: the stay has not started.'],
      [await issue(shift(-5), shift(-3)), 'This pass has expired: the stay is over.'],
    ] as const) {
      const page = await agent.get(`/app/producer/${producerId}/redeem/${pass.code}`).expect(200);
      expect(page.text).toContain(words);
      expect(page.text).not.toContain('name="offerId"');
    }
  });

  it('the link on the tourist’s pass page leads a producer to its own counter; others are refused', async () => {
    const pass = await issue();
    const tourist = await t.anonymous().get(`/p/${pass.code}`).expect(200);
    expect(tourist.text).toContain(`href="/app/redeem/${pass.code}"`);
    expect(tourist.text).not.toContain('redeem.js');
    expect((await t.anonymous().get('/assets/redeem.js')).status).toBe(404);

    const signedOut = await t.anonymous().get(`/app/redeem/${pass.code}`);
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.location).toBe(`/app/sign-in?next=${encodeURIComponent(`/app/redeem/${pass.code}`)}`);
    const mine = await agent.get(`/app/redeem/${pass.code}`);
    expect(mine.status).toBe(303);
    expect(mine.headers.location).toBe(`/app/producer/${producerId}/redeem/${pass.code}`);

    const host = await t.member((await t.dataSource.query(`SELECT territory_id FROM producers WHERE id = $1`, [producerId]))[0].territory_id, 'host', {
      accommodationIds: [accommodationId],
    });
    const hostAgent = await signedInAgent(t, host.email);
    expect((await hostAgent.get(`/app/redeem/${pass.code}`)).status).toBe(403);
    expect((await hostAgent.get(`/app/producer/${producerId}/redeem/${pass.code}`)).status).toBe(403);
    const forged = await hostAgent
      .post(`/app/producer/${producerId}/redeem/${pass.code}`)
      .type('form')
      .send({ _csrf: csrfOf((await hostAgent.get('/app').expect(200)).text), offerId: honey, key: crypto.randomUUID() });
    expect(forged.status).toBe(403);
    expect(await uses(pass.id)).toHaveLength(0);
  });
});
