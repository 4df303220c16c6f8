import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { signedInAgent, submit, type PortalAgent } from '../support/portal.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

describe('my offers: the producer creates, edits, copies and moves its offers', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let territoryId: string;
  let producerId: string;
  let neighbourId: string;
  let producer: Member;
  let agent: PortalAgent;
  const offerRow = async (id: string) =>
    (
      await t.dataSource.query(
        `SELECT title, kind, value, min_purchase_cents AS "minPurchaseCents", valid_from AS "validFrom", valid_to AS "validTo", status, quota, uses_per_pass AS "usesPerPass", conditions FROM offers WHERE id = $1`,
        [id],
      )
    )[0];
  const base = () => `/app/producer/${producerId}/offers`;

  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    producerId = (await make.producer(territoryId, { name: 'Chèvrerie des Brandes', categories: ['dairy_cheese'] })).id;
    neighbourId = (await make.producer(territoryId, { name: 'Boulangerie du Bourg' })).id;
    producer = await t.member(territoryId, 'producer', { producerId });
    agent = await signedInAgent(t, producer.email);
  });
  afterAll(() => t.close());

  it('creates a draft from the form, money typed in euros and stored in cents', async () => {
    const form = await agent.get(`${base()}/new?lang=fr`).expect(200);
    expect(form.text).toMatch(/name="categories" value="dairy_cheese" id="f-categories-\d+" checked/);
    const created = await submit(
      agent,
      `${base()}/new`,
      {
        'title.fr': '2 € sur le fromage',
        'title.en': '€2 off cheese',
        kind: 'amount_off',
        value: '2,50',
        minPurchase: '15',
        validFrom: '2026-04-01',
        validTo: '2026-10-31',
        usesPerPass: '2',
        quota: '',
        'conditions.fr': 'Sur présentation du pass.',
        'conditions.en': '',
        categories: ['dairy_cheese'],
      },
      `${base()}/new`,
    );
    expect(created.status).toBe(303);
    expect(created.headers.location).toBe(`${base()}?done=created`);
    const [offer] = await t.dataSource.query(`SELECT id FROM offers WHERE producer_id = $1`, [producerId]);
    expect(await offerRow(offer.id)).toEqual({
      title: { fr: '2 € sur le fromage', en: '€2 off cheese' },
      kind: 'amount_off',
      value: 250,
      minPurchaseCents: 1500,
      validFrom: '2026-04-01',
      validTo: '2026-10-31',
      status: 'draft',
      quota: null,
      usesPerPass: 2,
      conditions: { fr: 'Sur présentation du pass.' },
    });
    const list = await agent.get(created.headers.location).expect(200);
    expect(list.text).toContain('Offre créée en brouillon');
    expect(list.text).toContain('<th scope="row">2 € sur le fromage</th>');
    expect(list.text).toContain('du 1 avr. 2026 au 31 oct. 2026');
    expect(list.text).toContain('Brouillon');
    // Not reviewed here: a draft is published directly.
    expect(list.text).toContain(`action="${base()}/${offer.id}/publish"`);
    expect(list.text).not.toContain(`/${offer.id}/submit"`);
  });

  it('a wrong value is said beside its field, by kind, and what was typed stays', async () => {
    const offerId = (await make.offer(producerId, { title: { fr: 'Remise', en: 'Discount' }, kind: 'percent_off', value: 10 })).id;
    const response = await submit(
      agent,
      `${base()}/${offerId}`,
      {
        'title.fr': 'Remise modifiée',
        kind: 'percent_off',
        value: '150',
        minPurchase: '12,5x',
        validFrom: '2026-06-01',
        validTo: '2026-05-01',
        usesPerPass: '1',
      },
      `${base()}/${offerId}?lang=en`,
    );
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/<p class="error" id="f-value-error">Type a percentage between 1 and 100\.<\/p>/);
    expect(response.text).toMatch(/<p class="error" id="f-minPurchase-error">Type an amount in euros/);
    expect(response.text).toMatch(/<p class="error" id="f-validTo-error">The end must fall on or after the start\.<\/p>/);
    expect(response.text).toContain('value="Remise modifiée"');
    expect(response.text).toContain('value="12,5x"');
    expect((await offerRow(offerId)).title).toEqual({ fr: 'Remise', en: 'Discount' });
  });

  it('editing the value of a published offer shows on the list; emptied optional fields are cleared', async () => {
    const offerId = (
      await make.publishedOffer(producerId, {
        title: { fr: 'Remise', en: 'Discount' },
        kind: 'percent_off',
        value: 10,
        quota: 50,
        conditions: { fr: 'Hors promotions.' },
      })
    ).id;
    const page = await agent.get(`${base()}/${offerId}?lang=fr`).expect(200);
    expect(page.text).toMatch(/id="f-value" name="value"[^>]*value="10"/);
    const saved = await submit(agent, `${base()}/${offerId}`, {
      'title.fr': 'Remise',
      'title.en': 'Discount',
      kind: 'percent_off',
      value: '15',
      validFrom: '2026-01-01',
      validTo: '',
      usesPerPass: '1',
      quota: '',
      'conditions.fr': '',
      categories: 'honey',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe(`${base()}?done=saved`);
    expect(await offerRow(offerId)).toMatchObject({ value: 15, validTo: null, quota: null, conditions: null, status: 'published' });
    expect((await agent.get(saved.headers.location).expect(200)).text).toMatch(/−15\s%/);
  });

  it('duplicates an offer for next season: a draft copy one year later, the original untouched', async () => {
    const original = (
      await make.publishedOffer(producerId, {
        title: { fr: 'Visite de la chèvrerie', en: 'Goat barn visit' },
        kind: 'visit',
        validFrom: '2026-04-01',
        validTo: '2026-10-31',
        quota: 30,
      })
    ).id;
    const response = await submit(agent, `${base()}/${original}/duplicate`, {}, base());
    expect(response.status).toBe(303);
    const copyId = /\/offers\/([0-9a-f-]{36})\?done=duplicated$/.exec(response.headers.location)?.[1] as string;
    expect(copyId).toBeDefined();
    expect(await offerRow(copyId)).toEqual({ ...(await offerRow(original)), validFrom: '2027-04-01', validTo: '2027-10-31', status: 'draft' });
    expect((await offerRow(original)).status).toBe('published');
    const page = await agent.get(response.headers.location).expect(200);
    expect(page.text).toContain('Copie créée en brouillon pour la saison prochaine');
    expect(page.text).toMatch(/id="f-validFrom" name="validFrom"[^>]*value="2027-04-01"/);
    const [audit] = await t.dataSource.query(`SELECT action, changes FROM audit_entries WHERE entity_id = $1`, [copyId]);
    expect(audit.action).toBe('create');
    expect(audit.changes.copiedFrom).toEqual({ from: null, to: original });
  });

  it('publishes, pauses, publishes again and archives; each move says what it did', async () => {
    const offerId = (await make.offer(producerId, { title: { fr: 'Fromage offert', en: 'Free cheese' }, kind: 'gift' })).id;
    for (const [move, status, notice] of [
      ['publish', 'published', 'Offre publiée'],
      ['pause', 'paused', 'Offre mise en pause'],
      ['publish', 'published', 'Offre publiée'],
      ['archive', 'archived', 'Offre archivée'],
    ]) {
      const response = await submit(agent, `${base()}/${offerId}/${move}`, {}, base());
      expect(response.status, move).toBe(303);
      expect((await offerRow(offerId)).status).toBe(status);
      expect((await agent.get(response.headers.location).expect(200)).text).toContain(notice);
    }
    // A move the lifecycle refuses is said on the list, and changes nothing.
    const refused = await submit(agent, `${base()}/${offerId}/pause`, {}, base());
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Cette action n’est pas possible');
    expect((await offerRow(offerId)).status).toBe('archived');
  });

  it('where offers are reviewed, a draft is submitted, and a refusal shows its reason', async () => {
    await t.dataSource.query(`UPDATE territories SET offers_need_review = true WHERE id = $1`, [territoryId]);
    try {
      const offerId = (await make.offer(producerId, { title: { fr: 'Dégustation', en: 'Tasting' }, kind: 'tasting' })).id;
      const list = await agent.get(base()).expect(200);
      expect(list.text).toContain(`action="${base()}/${offerId}/submit"`);
      expect(list.text).not.toContain(`/${offerId}/publish"`);
      expect((await submit(agent, `${base()}/${offerId}/submit`, {}, base())).status).toBe(303);
      expect((await offerRow(offerId)).status).toBe('pending_review');
      await t.http().post(`/api/v1/offers/${offerId}/reject`).send({ reason: 'Précisez la durée de la dégustation.' }).expect(200);
      const after = await agent.get(base()).expect(200);
      expect(after.text).toContain('Refusée : Précisez la durée de la dégustation.');
    } finally {
      await t.dataSource.query(`UPDATE territories SET offers_need_review = false WHERE id = $1`, [territoryId]);
    }
  });

  it('another producer’s offers cannot be opened, changed or moved from here', async () => {
    const theirs = (await make.publishedOffer(neighbourId, { kind: 'percent_off', value: 5 })).id;
    const before = await offerRow(theirs);
    expect((await agent.get(`/app/producer/${neighbourId}/offers`)).status).toBe(403);
    // Under my own business, another producer's offer is no page at all.
    expect((await agent.get(`${base()}/${theirs}`)).status).toBe(404);
    expect((await submit(agent, `${base()}/${theirs}`, { 'title.fr': 'Pris', kind: 'percent_off', value: '90', validFrom: '2026-01-01' }, base())).status).toBe(
      404,
    );
    expect((await submit(agent, `/app/producer/${neighbourId}/offers/${theirs}/archive`, {}, base())).status).toBe(403);
    expect((await submit(agent, `${base()}/${theirs}/pause`, {}, base())).status).toBe(404);
    expect(await offerRow(theirs)).toEqual(before);
  });
});
