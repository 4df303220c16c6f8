import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binary } from '../support/binary.js';
import { factories, type Place } from '../support/factories.js';
import { signedInAgent } from '../support/portal.js';
import { hasPoppler, pdfText } from '../support/system-tools.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const terms = (lapsedPolicy: 'hide' | 'flag') => ({
  yearStartsMonth: 1,
  producerFeeCents: 3000,
  hostFeeCents: 2000,
  charter: { fr: 'La charte.' },
  paymentInstructions: { fr: 'Chèque à l’ordre de l’association.' },
  lapsedPolicy,
  graceDays: 0,
});

describe('a lapsed producer: its offers withheld under "hide", only flagged under "flag"', () => {
  let t: TestApp;
  let territoryId: string;
  let lapsed: Place & { code: string };
  let renewed: Place & { code: string };
  let gite: Place;
  let coordinator: Member;
  let producer: Member;

  const touristPage = async () => (await t.anonymous().get(`/v/${gite.code}`).expect(200)).text;
  const brochure = async () =>
    pdfText(
      (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/brochure.pdf?date=${TODAY}`).buffer(true).parse(binary).expect(200))
        .body as Buffer,
    );

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory()).id;
    gite = await make.accommodation(territoryId);
    lapsed = await make.producer(territoryId, { name: 'Ferme Oubliée' });
    renewed = await make.producer(territoryId, { name: 'Ferme Fidèle' });
    for (const [p, title] of [
      [lapsed, 'Panier de la ferme oubliée'],
      [renewed, 'Miel de la ferme fidèle'],
    ] as const) {
      const offer = await make.offer(p.id, { title: { fr: title }, validFrom: `${YEAR}-01-01`, validTo: `${YEAR}-12-31` });
      await t.http().post(`/api/v1/offers/${offer.id}/publish`).expect(200);
    }
    coordinator = await t.member(territoryId, 'coordinator');
    producer = await t.member(territoryId, 'producer', { producerId: lapsed.id });
    await t.as(coordinator.token).put(`/api/v1/territories/${territoryId}/membership/terms`).send(terms('hide')).expect(200);
    // Both were members last year (a fee then of 0, charter accepted); only one has renewed, and the grace period is over.
    await t.dataSource.query(
      `INSERT INTO member_years (territory_id, year, producer_id, fee_cents, charter_accepted_at) VALUES ($1, $2, $3, 0, now()), ($1, $2, $4, 0, now()), ($1, $2 + 1, $4, 0, now())`,
      [territoryId, YEAR - 1, lapsed.id, renewed.id],
    );
  });
  afterAll(() => t?.close());

  it('under "hide", keeps its offers off the tourist page, the brochure and open data, and tells the producer', async () => {
    const page = await touristPage();
    expect(page).toContain('Miel de la ferme fidèle');
    expect(page).not.toContain('Panier de la ferme oubliée');
    if (hasPoppler) {
      const text = await brochure();
      expect(text).toContain('Miel de la ferme fidèle');
      expect(text).not.toContain('Panier de la ferme oubliée');
    }
    const geojson = await t.anonymous().get(`/api/v1/territories/${territoryId}/producers.geojson`).expect(200);
    const offersOf = (name: string) =>
      (JSON.parse(geojson.text) as { features: { properties: { name: string; offers: unknown[] } }[] }).features.find((f) => f.properties.name === name)!
        .properties.offers;
    expect(offersOf('Ferme Oubliée')).toEqual([]);
    expect(offersOf('Ferme Fidèle')).toHaveLength(1);
    // the offers API answers strangers as the pages do; the producer and the coordinator still see them
    const listed = async (token?: string) =>
      ((await (token ? t.as(token) : t.anonymous()).get(`/api/v1/offers?territoryId=${territoryId}`).expect(200)).body.items as { producerId: string }[]).map(
        (offer) => offer.producerId,
      );
    expect(await listed()).toEqual([renewed.id]);
    expect((await listed(coordinator.token)).sort()).toEqual([lapsed.id, renewed.id].sort());
    const [withheld] = await t.dataSource.query(`SELECT id FROM offers WHERE producer_id = $1`, [lapsed.id]);
    await t.anonymous().get(`/api/v1/offers/${withheld.id}`).expect(404);
    await t.as(producer.token).get(`/api/v1/offers/${withheld.id}`).expect(200);
    const [standing] = await t.dataSource.query(`SELECT tp_producer_in_good_standing($1) AS lapsed, tp_producer_in_good_standing($2) AS renewed`, [
      lapsed.id,
      renewed.id,
    ]);
    expect(standing).toEqual({ lapsed: false, renewed: true });
    const own = await (await signedInAgent(t, producer.email)).get(`/app/producer/${lapsed.id}/membership`).expect(200);
    expect(own.text).toContain('vos offres ne sont plus montrées');
  });

  it('under "flag", shows its offers again and flags it in the coordinator’s list and the producer’s page', async () => {
    await t.as(coordinator.token).put(`/api/v1/territories/${territoryId}/membership/terms`).send(terms('flag')).expect(200);
    expect(await touristPage()).toContain('Panier de la ferme oubliée');
    if (hasPoppler) expect(await brochure()).toContain('Panier de la ferme oubliée');
    const members = await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/membership/members`).expect(200);
    const byName = Object.fromEntries(members.body.map((m: { name: string; status: string; offersWithheld: boolean }) => [m.name, m]));
    expect(byName['Ferme Oubliée']).toMatchObject({ status: 'lapsed', offersWithheld: false });
    expect(byName['Ferme Fidèle']).toMatchObject({ status: 'active' });
    const list = await (await signedInAgent(t, coordinator.email)).get(`/app/coordinator/${territoryId}/membership`).expect(200);
    expect(list.text).toMatch(/⚑ Expirée/);
    const own = await (await signedInAgent(t, producer.email)).get(`/app/producer/${lapsed.id}/membership`).expect(200);
    expect(own.text).toContain('renouvelez-la pour rester membre');
  });
});
