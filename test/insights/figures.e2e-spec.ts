import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { OfferViewCounter, ScanCounter } from '#insights';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

describe('figures: what the loop produced, counted exactly', () => {
  let t: TestApp;
  let ids: { producer: string; neighbour: string; gite: string; camping: string; honey: string; visit: string };
  let people: { producer: Member; neighbour: Member; host: Member; otherHost: Member; coordinator: Member };
  let territoryId: string;
  const today = todayIn('Europe/Paris');
  const year = today.slice(0, 4);
  // the default period is the season: everything here happens today, so this month up to today
  const seasonStart = `${today.slice(0, 7)}-01`;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    const producer = (await make.producer(territoryId, { name: 'Miellerie d’Azay' })).id;
    const neighbour = (await make.producer(territoryId, { name: 'Fromagerie' })).id;
    const gite = (await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' })).id;
    const camping = (await make.accommodation(territoryId, { name: 'Camping du Lac' })).id;
    const honey = (await make.publishedOffer(producer, { title: { fr: 'Miel −10 %', en: 'Honey −10%' }, validFrom: `${year}-01-01` })).id;
    const visit = (
      await make.publishedOffer(producer, { title: { fr: 'Visite offerte', en: 'Free visit' }, kind: 'visit', value: null, validFrom: `${year}-01-01` })
    ).id;
    ids = { producer, neighbour, gite, camping, honey, visit };
    people = {
      producer: await t.member(territoryId, 'producer', { producerId: producer }),
      neighbour: await t.member(territoryId, 'producer', { producerId: neighbour }),
      host: await t.member(territoryId, 'host', { accommodationIds: [gite] }),
      otherHost: await t.member(territoryId, 'host', { accommodationIds: [camping] }),
      coordinator: await t.member(territoryId, 'coordinator'),
    };

    const pass = async (accommodationId: string, guests: number) =>
      (await t.http().post('/api/v1/passes').send({ accommodationId, arrival: today, departure: today, guests, lang: 'fr' }).expect(201)).body.code as string;
    const use = async (code: string, offerId: string, amountCents?: number) =>
      (
        await t
          .as(people.producer.token)
          .post(`/api/v1/passes/${code}/redemptions`)
          .set('idempotency-key', randomUUID())
          .send({ offerId, amountCents })
          .expect(201)
      ).body.id as string;

    // Two stays at the gîte (2 + 3 guests), one at the camping (4 guests), one cancelled pass.
    const first = await pass(gite, 2);
    const second = await pass(gite, 3);
    const third = await pass(camping, 4);
    const cancelled = await pass(gite, 6);
    await t.http().post(`/api/v1/passes/${cancelled}/cancel`).expect(200);
    await use(first, honey, 1850);
    await use(first, visit);
    await use(second, honey, 2400);
    await use(third, honey, 1000);
    const voided = await use(third, visit);
    await t.as(people.producer.token).post(`/api/v1/redemptions/${voided}/void`).expect(200);

    // The gîte's page opened 3 times from its QR code (2 in French, 1 in English), once from a link, then filtered once.
    const code = (await t.dataSource.query<{ code: string }[]>('SELECT code FROM accommodations WHERE id = $1', [gite]))[0].code;
    await t.anonymous().get(`/v/${code}?qr=1&lang=fr`).expect(200);
    await t.anonymous().get(`/v/${code}?qr=1&lang=fr`).expect(200);
    await t.anonymous().get(`/v/${code}?qr=1&lang=en`).expect(200);
    await t.anonymous().get(`/v/${code}?lang=fr`).expect(200);
    // a filtered reload is the same visit narrowed down: no more views
    await t.anonymous().get(`/v/${code}?lang=fr&category=honey`).expect(200);
    const producerCode = (await t.dataSource.query<{ code: string }[]>('SELECT code FROM producers WHERE id = $1', [producer]))[0].code;
    await t.anonymous().get(`/f/${producerCode}`).expect(200);
    await t.app.get(ScanCounter).flush();
    await t.app.get(OfferViewCounter).flush();
  });
  afterAll(() => t.close());

  it('a producer sees its uses per offer and per accommodation, spending declared, cancelled uses left out', async () => {
    const figures = (await t.as(people.producer.token).get(`/api/v1/producers/${ids.producer}/figures`).expect(200)).body;
    expect(figures.period).toEqual({ from: seasonStart, to: today });
    expect(figures).toMatchObject({ redemptions: 4, declaredSpendingCents: 5250, passes: 3 });
    // the gîte's page was opened 4 times (the filtered reload is not a view), the producer's once: 5 openings showed
    // each offer; 3 uses of the honey offer are 60 per 100 of them, 1 of the visit 20 (the cancelled one not counted)
    const titles = { honey: { fr: 'Miel −10 %', en: 'Honey −10%' }, visit: { fr: 'Visite offerte', en: 'Free visit' } };
    expect(figures.byOffer).toEqual([
      { id: ids.honey, name: 'Miel −10 %', title: titles.honey, views: 5, usesPer100Views: 60, redemptions: 3, declaredSpendingCents: 5250 },
      { id: ids.visit, name: 'Visite offerte', title: titles.visit, views: 5, usesPer100Views: 20, redemptions: 1, declaredSpendingCents: 0 },
    ]);
    expect(figures.byAccommodation).toEqual([
      { id: ids.gite, name: 'Gîte des Tilleuls', redemptions: 3, declaredSpendingCents: 4250 },
      { id: ids.camping, name: 'Camping du Lac', redemptions: 1, declaredSpendingCents: 1000 },
    ]);
    const weeks = figures.byWeek as { week: string; count: number }[];
    expect(weeks.reduce((sum, w) => sum + w.count, 0)).toBe(4);
    expect(weeks.every((w) => new Date(`${w.week}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
  });

  it('a host sees its accommodation’s page openings, passes and the producers its guests visited', async () => {
    const figures = (await t.as(people.host.token).get(`/api/v1/accommodations/${ids.gite}/figures`).expect(200)).body;
    expect(figures).toMatchObject({ scans: 5, scansFromQr: 3, passes: 2, guests: 5, redemptions: 3, declaredSpendingCents: 4250 });
    expect(figures.scansByLanguage).toEqual([
      { lang: 'fr', count: 4 },
      { lang: 'en', count: 1 },
    ]);
    expect(figures.byProducer).toEqual([{ id: ids.producer, name: 'Miellerie d’Azay', redemptions: 3, declaredSpendingCents: 4250 }]);
  });

  it('the coordinator sees the whole territory: totals, season by month, producers, accommodations, hosts and the host → producer flow', async () => {
    const figures = (await t.as(people.coordinator.token).get(`/api/v1/territories/${territoryId}/figures`).expect(200)).body;
    expect(figures).toMatchObject({
      territory: 'Gâtine',
      scans: 5,
      scansFromQr: 3,
      passes: 3,
      guests: 9,
      redemptions: 4,
      declaredSpendingCents: 5250,
      producersTakingPart: 1,
      accommodationsTakingPart: 2,
      activeProducers: 2,
      activeAccommodations: 2,
      offers: 2,
    });
    const sum = (rows: { scans: number; redemptions: number; declaredSpendingCents: number }[]) =>
      rows.reduce(
        (total, row) => ({
          scans: total.scans + row.scans,
          redemptions: total.redemptions + row.redemptions,
          spending: total.spending + row.declaredSpendingCents,
        }),
        { scans: 0, redemptions: 0, spending: 0 },
      );
    expect(sum(figures.byMonth)).toEqual({ scans: 5, redemptions: 4, spending: 5250 });
    expect(sum(figures.byWeek)).toEqual({ scans: 5, redemptions: 4, spending: 5250 });
    expect(figures.period).toEqual({ from: seasonStart, to: today });
    expect(figures.byMonth.map((m: { period: string }) => m.period)).toEqual([today.slice(0, 7)]);
    expect(figures.previous).toBeUndefined();
    // where the guests stayed (both accommodations in Secondigny), and where they used offers (the producer in Parthenay)
    expect(figures.communes).toEqual([
      { commune: 'Secondigny', accommodations: 2, scans: 5, passes: 3, guestUses: 4, producerUses: 0, producerSpendingCents: 0 },
      { commune: 'Parthenay', accommodations: 0, scans: 0, passes: 0, guestUses: 0, producerUses: 4, producerSpendingCents: 5250 },
    ]);
    expect(figures.producers).toEqual([{ id: ids.producer, name: 'Miellerie d’Azay', redemptions: 4, declaredSpendingCents: 5250 }]);
    expect(figures.accommodations).toEqual([
      { id: ids.gite, name: 'Gîte des Tilleuls', commune: expect.any(String), scans: 5, passes: 2, redemptions: 3, declaredSpendingCents: 4250 },
      { id: ids.camping, name: 'Camping du Lac', commune: expect.any(String), scans: 0, passes: 1, redemptions: 1, declaredSpendingCents: 1000 },
    ]);
    expect(figures.hosts.map((h: { accommodations: number; passes: number; redemptions: number }) => [h.accommodations, h.passes, h.redemptions])).toEqual([
      [1, 2, 3],
      [1, 1, 1],
    ]);
    expect(figures.flow).toEqual([
      { accommodationId: ids.gite, accommodation: 'Gîte des Tilleuls', producerId: ids.producer, producer: 'Miellerie d’Azay', redemptions: 3 },
      { accommodationId: ids.camping, accommodation: 'Camping du Lac', producerId: ids.producer, producer: 'Miellerie d’Azay', redemptions: 1 },
    ]);
    await t.as(people.host.token).get(`/api/v1/territories/${territoryId}/figures`).expect(403);
  });

  it('a period outside the season counts nothing; a period ending before it starts is refused by name', async () => {
    const empty = (await t.as(people.host.token).get(`/api/v1/accommodations/${ids.gite}/figures?from=2020-01-01&to=2020-03-31`).expect(200)).body;
    expect(empty).toMatchObject({ scans: 0, passes: 0, redemptions: 0, byProducer: [] });
    expect(empty.scansByWeek.length).toBe(14);
    const wrong = await t.as(people.host.token).get(`/api/v1/accommodations/${ids.gite}/figures?from=2026-05-01&to=2026-04-01`).expect(400);
    expect(wrong.body.errors).toEqual([{ field: 'to', message: 'to must not be before from', code: 'period_reversed' }]);
    const bad = await t.as(people.host.token).get(`/api/v1/accommodations/${ids.gite}/figures?from=2026-02-30`).expect(400);
    expect(bad.body.errors[0].field).toBe('from');
  });

  it('nobody sees another’s figures: another producer, another host, a visitor', async () => {
    await t.as(people.neighbour.token).get(`/api/v1/producers/${ids.producer}/figures`).expect(403);
    await t.anonymous().get(`/api/v1/producers/${ids.producer}/figures`).expect(401);
    await t.as(people.otherHost.token).get(`/api/v1/accommodations/${ids.gite}/figures`).expect(404);
    await t.as(people.producer.token).get(`/api/v1/accommodations/${ids.gite}/figures`).expect(404);
  });

  it('the figures pages show the same numbers, with a chart that reads without colour', async () => {
    const { signedInAgent } = await import('../support/portal.js');
    const host = await signedInAgent(t, people.host.email);
    const page = (await host.get(`/app/host/accommodations/${ids.gite}/figures?lang=en`).expect(200)).text;
    expect(page).toContain('Figures — Gîte des Tilleuls');
    expect(page).toMatch(/<dt>Page openings<\/dt><dd>5<small>of which by QR code 3<\/small><\/dd>/);
    expect(page).toMatch(/<svg [^>]*role="img" aria-labelledby="scans-per-week-title"/);
    expect(page).toContain(
      '<td data-label="Producer">Miellerie d’Azay</td><td data-label="Uses of offers" class="n">3</td><td data-label="Declared spending (€)" class="n">42.50</td>',
    );
    const wrong = await host.get(`/app/host/accommodations/${ids.gite}/figures?from=2026-05-01&to=2026-04-01`);
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('id="f-to-error"');
    expect((await host.get(`/app/host/accommodations/${ids.camping}/figures`)).status).toBe(404);

    const producer = await signedInAgent(t, people.producer.email);
    const mine = (await producer.get(`/app/producer/${ids.producer}/figures`).expect(200)).text;
    expect(mine).toContain(
      '<td data-label="Offre">Miel −10 %</td><td data-label="Usages des offres" class="n">3</td><td data-label="Usages pour 100 ouvertures" class="n">60,0</td>',
    );
    expect((await producer.get(`/app/producer/${ids.neighbour}/figures`)).status).toBe(403);

    const coordinator = await signedInAgent(t, people.coordinator.email);
    const territory = (await coordinator.get(`/app/coordinator/${territoryId}/figures?lang=fr`).expect(200)).text;
    expect(territory).toContain('Chiffres du territoire — Gâtine');
    expect(territory).toContain(
      '<td data-label="Hébergement">Gîte des Tilleuls</td><td data-label="Producteur">Miellerie d’Azay</td><td data-label="Usages des offres" class="n">3</td>',
    );
    expect(territory).toMatch(/<dt>Producteurs ayant accueilli des visiteurs<\/dt><dd>1 \/ 2<\/dd>/);
    expect(territory).toContain(`/app/coordinator/${territoryId}/figures/report.pdf?from=${seasonStart}&amp;to=${today}&amp;lang=fr`);
    expect((await host.get(`/app/coordinator/${territoryId}/figures`)).status).toBe(403);
  });
});
