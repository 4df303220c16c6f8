import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { ScanCounter } from '#insights';
import { PageCache } from '../../apps/api/src/pages/page-cache.js';
import { factories } from '../support/factories.js';
import { signedInAgent, submit } from '../support/portal.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

interface Counts {
  copies: number;
  openings: number;
  passes: number;
  uses: number;
  spendingCents: number;
  openingsPerCopy: number | null;
  passesPerOpening: number | null;
  usesPerPass: number | null;
  spendingPerUseCents: number | null;
}
interface Funnel {
  edition: { number: number; name: string };
  total: Counts;
  hosts: (Counts & { accommodationId: string; accommodationName: string })[];
  weeks: { week: string; openings: number; passes: number; uses: number; spendingCents: number }[];
  producers: { producerName: string; uses: number; spendingCents: number }[];
}

describe('editions: what each print run of the brochures brought, from copies to declared spending', () => {
  let t: TestApp;
  let territoryId: string;
  let gite: { id: string; code: string };
  let camping: { id: string; code: string };
  let people: { producer: Member; host: Member; coordinator: Member };
  let editions: { id: string; number: number; snapshot: { producers: { offers: { id: string; phrase: string }[] }[] } }[];
  let cheese: string;
  const today = todayIn('Europe/Paris');

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    await t.http().patch(`/api/v1/territories/${territoryId}`).send({ selfServicePasses: true }).expect(200);
    const producer = (await make.producer(territoryId, { name: 'Miellerie d’Azay' })).id;
    const honey = (await make.publishedOffer(producer, { title: { fr: 'Miel −10 %', en: 'Honey −10%' }, validFrom: `${today.slice(0, 4)}-01-01` })).id;
    cheese = (await make.publishedOffer(producer, { title: { fr: 'Chèvre offert', en: 'Free goat cheese' }, kind: 'visit', value: null })).id;
    gite = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' });
    camping = await make.accommodation(territoryId, { name: 'Camping du Lac' });
    people = {
      producer: await t.member(territoryId, 'producer', { producerId: producer }),
      host: await t.member(territoryId, 'host', { accommodationIds: [gite.id] }),
      coordinator: await t.member(territoryId, 'coordinator'),
    };
    const edition = async (name: string, territory = territoryId) =>
      (await t.http().post(`/api/v1/territories/${territory}/editions`).send({ name, format: 'A5', lang: 'en' }).expect(201)).body as (typeof editions)[0];
    editions = [await edition('Saison 2026'), await edition('Saison 2027')];
    // another territory has an edition 3: on Gâtine's pages, e=3 is foreign
    const elsewhere = (await make.territory({ name: 'Bocage' })).id;
    for (const name of ['A', 'B', 'C']) await edition(name, elsewhere);

    // Edition 2: two openings of the gîte's page from its QR code, a pass taken there, used twice
    await t.anonymous().get(`/v/${gite.code}?qr=1&e=2&lang=fr`).expect(200);
    await t.anonymous().get(`/v/${gite.code}?qr=1&e=2&lang=en`).expect(200);
    const stay = { arrival: today, departure: today, guests: 2, lang: 'fr' };
    const pass = (
      await t
        .anonymous()
        .post('/api/v1/passes/self-service')
        .send({ ...stay, accommodationCode: gite.code, edition: 2 })
        .expect(201)
    ).body.code as string;
    const use = (offerId: string, amountCents?: number) =>
      t.as(people.producer.token).post(`/api/v1/passes/${pass}/redemptions`).set('idempotency-key', randomUUID()).send({ offerId, amountCents }).expect(201);
    await use(honey, 1800);
    await use(cheese, 600);
    await t.as(people.host.token).put(`/api/v1/editions/${editions[1].id}/copies/${gite.id}`).send({ copies: 40 }).expect(200);
    // Edition 1: one opening of the gîte's page, no pass; 25 copies recorded by the coordinator
    await t.anonymous().get(`/v/${gite.code}?qr=1&e=1`).expect(200);
    await t.as(people.coordinator.token).put(`/api/v1/editions/${editions[0].id}/copies/${gite.id}`).send({ copies: 25 }).expect(200);
    // The camping's page from an unknown edition and from another territory's: no edition
    await t.anonymous().get(`/v/${camping.code}?qr=1&e=9`).expect(200);
    await t.anonymous().get(`/v/${camping.code}?qr=1&e=3`).expect(200);
    await t
      .anonymous()
      .post('/api/v1/passes/self-service')
      .send({ ...stay, accommodationCode: camping.code, edition: 3 })
      .expect(201);
    await t.app.get(ScanCounter).flush();

    // The cheese offer ends after both editions were printed; a third edition is made after it
    await t.as(people.producer.token).post(`/api/v1/offers/${cheese}/archive`).expect(200);
    editions.push(await edition('Réimpression'));
  });
  afterAll(() => t.close());

  const funnel = async (query: string) =>
    (await t.as(people.coordinator.token).get(`/api/v1/territories/${territoryId}/funnel?${query}`).expect(200)).body as {
      editions: Funnel[];
      hosts: { accommodationName: string; editions: Counts[] }[];
    };

  it("an edition's QR code counts in that edition's funnel: openings, passes, uses, spending and the rate at each step, and not in another's", async () => {
    const [second] = (await funnel('edition=2')).editions;
    expect(second.edition).toMatchObject({ number: 2, name: 'Saison 2027' });
    expect(second.hosts).toEqual([
      {
        accommodationId: gite.id,
        accommodationName: 'Gîte des Tilleuls',
        copies: 40,
        openings: 2,
        passes: 1,
        uses: 2,
        spendingCents: 2400,
        openingsPerCopy: 0.05,
        passesPerOpening: 0.5,
        usesPerPass: 2,
        spendingPerUseCents: 1200,
      },
    ]);
    expect(second.total).toMatchObject({ openings: 2, passes: 1, uses: 2, spendingCents: 2400 });
    expect(second.producers).toEqual([expect.objectContaining({ producerName: 'Miellerie d’Azay', uses: 2, spendingCents: 2400 })]);
    expect(second.weeks).toHaveLength(1);
    expect(second.weeks[0]).toMatchObject({ openings: 2, passes: 1, uses: 2, spendingCents: 2400 });

    const [first] = (await funnel('edition=1')).editions;
    expect(first.total).toMatchObject({
      copies: 25,
      openings: 1,
      passes: 0,
      uses: 0,
      spendingCents: 0,
      openingsPerCopy: 0.04,
      passesPerOpening: 0,
      usesPerPass: null,
    });

    const own = (await t.as(people.host.token).get(`/api/v1/accommodations/${gite.id}/funnel`).expect(200)).body as { editions: Funnel[] };
    expect(own.editions.map((f) => [f.edition.number, f.total.openings, f.total.uses])).toEqual([
      [3, 0, 0],
      [2, 2, 2],
      [1, 1, 0],
    ]);
  });

  it('an unknown edition, or one of another territory, counts as no edition', async () => {
    const scans = await t.dataSource.query<{ edition: number; count: number }[]>(
      'SELECT edition_number AS edition, sum(count)::int AS count FROM scans WHERE accommodation_id = $1 GROUP BY 1',
      [camping.id],
    );
    expect(scans).toEqual([{ edition: 0, count: 2 }]);
    const passes = await t.dataSource.query<{ editionId: string | null }[]>('SELECT edition_id AS "editionId" FROM passes WHERE accommodation_id = $1', [
      camping.id,
    ]);
    expect(passes).toEqual([{ editionId: null }]);
    const all = await funnel('compare=1,2');
    expect(all.hosts.map((h) => h.accommodationName)).toEqual(['Gîte des Tilleuls']);
  });

  it('edition numbers that no brochure printed all open the one plain page, kept once in memory', async () => {
    const plain = (await t.anonymous().get(`/v/${camping.code}`).expect(200)).text;
    const cache = t.app.get(PageCache);
    const before = cache.size;
    for (let number = 100; number < 130; number++) {
      expect((await t.anonymous().get(`/v/${camping.code}?e=${number}`).expect(200)).text).toBe(plain);
    }
    expect(cache.size).toBe(before);
  });

  it('what an edition printed cannot be changed, and a later edition leaves it as it was', async () => {
    await expect(t.dataSource.query(`UPDATE editions SET snapshot = '{"producers":[]}' WHERE id = $1`, [editions[0].id])).rejects.toThrow(
      /edition_snapshot_is_final/,
    );
    const first = (await t.as(people.host.token).get(`/api/v1/editions/${editions[0].id}`).expect(200)).body as (typeof editions)[0];
    const printed = (e: (typeof editions)[0]) => e.snapshot.producers.flatMap((p) => p.offers.map((o) => o.id));
    expect(printed(first)).toContain(cheese);
    expect(first.snapshot).toEqual(editions[0].snapshot);
    expect(printed(editions[2])).not.toContain(cheese);
    expect(editions.map((e) => e.number)).toEqual([1, 2, 3]);
  });

  it('a tourist with an old brochure sees today’s offers and a note naming the printed offer that has ended', async () => {
    // typed rather than scanned, so that the funnel's openings from the QR code stay as the other tests count them
    const old = (await t.anonymous().get(`/v/${gite.code}?e=1&lang=en`).expect(200)).text;
    expect(old).toContain('Printed in your brochure, this offer has ended:');
    expect(old).toMatch(/<li>Free goat cheese<\/li>/);
    expect(old).toContain('Honey −10%');
    const current = (await t.anonymous().get(`/v/${gite.code}?e=3&lang=en`).expect(200)).text;
    expect(current).not.toContain('Printed in your brochure');
  });

  it('a host records the copies of its own accommodation only', async () => {
    await t.as(people.host.token).put(`/api/v1/editions/${editions[1].id}/copies/${camping.id}`).send({ copies: 10 }).expect(403);
    await t.as(people.producer.token).put(`/api/v1/editions/${editions[1].id}/copies/${gite.id}`).send({ copies: 10 }).expect(403);
    await t.as(people.host.token).put(`/api/v1/editions/${editions[1].id}/copies/${gite.id}`).send({ copies: -1 }).expect(400);
  });

  it('the coordinator compares two editions host by host, on the page, in the API and as a CSV file', async () => {
    const both = await funnel('compare=1,2');
    expect(both.editions.map((f) => f.edition.number)).toEqual([1, 2]);
    expect(both.hosts).toEqual([
      {
        accommodationId: gite.id,
        accommodationName: 'Gîte des Tilleuls',
        editions: [expect.objectContaining({ copies: 25, openings: 1, passes: 0 }), expect.objectContaining({ copies: 40, openings: 2, passes: 1 })],
      },
    ]);
    const csv = (await t.as(people.coordinator.token).get(`/api/v1/territories/${territoryId}/funnel.csv?compare=1,2`).expect(200)).text;
    expect(csv).toContain('Gîte des Tilleuls;25;1;0,04;0;0;0;;0,00;');
    expect(csv).toContain('Gîte des Tilleuls;40;2;0,05;1;0,5;2;2;24,00;12,00');
    await t.as(people.host.token).get(`/api/v1/territories/${territoryId}/funnel?compare=1,2`).expect(403);
    await t.as(people.coordinator.token).get(`/api/v1/territories/${territoryId}/funnel?compare=1,7`).expect(400);
  });

  it('in the member pages, the coordinator sees two editions side by side host by host and a host records its copies', async () => {
    const coordinator = await signedInAgent(t, people.coordinator.email);
    const page = (await coordinator.get(`/app/coordinator/${territoryId}/editions?a=1&b=2&lang=en`).expect(200)).text;
    expect(page).toContain('1 — Saison 2026');
    expect(page).toContain('2 — Saison 2027');
    // the two editions one above the other, for each host
    const row = /<tbody><tr><th scope="rowgroup" rowspan="2">Gîte des Tilleuls<\/th>(.*?)<\/tbody>/s.exec(page)?.[1] ?? '';
    expect([...row.matchAll(/<td class="n">([^<]*)/g)].map((cell) => cell[1])).toEqual(['25', '1', '0', '0', '€0.00', '40', '2', '1', '2', '€24.00']);

    const host = await signedInAgent(t, people.host.email);
    const path = `/app/host/accommodations/${gite.id}/editions`;
    await submit(host, `${path}/${editions[2].id}/copies`, { copies: '15' }, path).then((answer) => expect(answer.status).toBe(303));
    const copies = await t.dataSource.query<{ copies: number }[]>('SELECT copies FROM edition_copies WHERE edition_id = $1 AND accommodation_id = $2', [
      editions[2].id,
      gite.id,
    ]);
    expect(copies).toEqual([{ copies: 15 }]);
  });

  it('a brochure is printed only for an edition its territory has', async () => {
    await t.as(people.host.token).get(`/api/v1/accommodations/${gite.id}/brochure.pdf?edition=9`).expect(400);
  });
});
