import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { MIGRATIONS } from '#database';
import { OfferViewCounter, SiteVisitCounter, type PageShown, type SiteVisit } from '#insights';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';
import { monthOf, shiftDays } from '../support/calendar.js';

const dayOf = (month: { first: string }, day: number) => `${month.first.slice(0, 8)}${String(day).padStart(2, '0')}`;

/** Per offer and month, what the raw views say; and what the rollup holds. */
const RAW_MONTHS = `
  SELECT offer_id, date_trunc('month', day)::date::text AS month, territory_id, sum(count)::int AS views
    FROM offer_views WHERE territory_id = $1 GROUP BY 1, 2, 3 ORDER BY 1, 2`;
const ROLLED_MONTHS = `SELECT offer_id, month::text AS month, territory_id, views::int FROM offer_months WHERE territory_id = $1 AND views <> 0 ORDER BY 1, 2`;
/** Per offer of the territory, the raw views of the days from $2 to $3. */
const RAW_VIEWS = `SELECT offer_id AS id, sum(count)::int AS views FROM offer_views WHERE territory_id = $1 AND day BETWEEN $2 AND $3 GROUP BY 1 ORDER BY 1`;
/** Per page kind and language, the raw visits of the days from $2 to $3. */
const RAW_VISITS = `SELECT page, lang, sum(count)::int AS visits FROM site_visits WHERE territory_id = $1 AND day BETWEEN $2 AND $3 GROUP BY 1, 2`;

describe('offers’ views by month: what the figures read instead of a season of offer-days, kept with every count written', () => {
  let t: TestApp;
  let territoryId: string;
  let coordinator: Member;
  let ids: { producer: string; honey: string; cheese: string; wine: string; giteCode: string };
  const today = todayIn('Europe/Paris');
  const [m1, m2, m3] = [monthOf(today, -1), monthOf(today, -2), monthOf(today, -3)];

  const sameAsRaw = async () => {
    const [raw, rolled] = await Promise.all([t.dataSource.query(RAW_MONTHS, [territoryId]), t.dataSource.query(ROLLED_MONTHS, [territoryId])]);
    expect(rolled).toEqual(raw);
    return raw.length as number;
  };
  const figuresOf = async (path: string, from: string, to: string) =>
    (await t.as(coordinator.token).get(`/api/v1/${path}/figures?from=${from}&to=${to}`).expect(200)).body;
  /** The views of each offer the territory's and the producer's figures list, beside the raw views of the same days. */
  const viewsOf = async (from: string, to: string) => {
    const byId = (offers: { id: string; views: number }[]) =>
      offers
        .filter((o) => o.views > 0)
        .map(({ id, views }) => ({ id, views }))
        .sort((a, b) => a.id.localeCompare(b.id));
    const [territory, producer, raw] = await Promise.all([
      figuresOf(`territories/${territoryId}`, from, to),
      figuresOf(`producers/${ids.producer}`, from, to),
      t.dataSource.query(RAW_VIEWS, [territoryId, from, to]),
    ]);
    return { territory: byId(territory.offersUsed), producer: byId(producer.byOffer), raw };
  };
  const showPages = (pages: { offerIds: string[]; day: string; count: number }[], batch = randomUUID()) =>
    t.app.get(OfferViewCounter)['write'](
      pages.map(({ offerIds, day, count }) => ({ event: { offerIds, territoryId, day } satisfies PageShown, count })),
      batch,
    );

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Pays de Retz' })).id;
    coordinator = await t.member(territoryId, 'coordinator');
    const producer = (await make.producer(territoryId, { name: 'Ferme des Marais' })).id;
    const other = (await make.producer(territoryId, { name: 'Domaine du Lac' })).id;
    const season = { validFrom: shiftDays(today, -120), validTo: shiftDays(today, 30) };
    const honey = (await make.publishedOffer(producer, { title: { fr: 'Miel −10 %' }, ...season })).id;
    const cheese = (await make.publishedOffer(producer, { title: { fr: 'Fromage offert' }, ...season })).id;
    const wine = (await make.publishedOffer(other, { title: { fr: 'Dégustation' }, ...season })).id;
    const gite = (await make.accommodation(territoryId, { name: 'Gîte du Port' })).id;
    const [{ code }] = await t.dataSource.query<{ code: string }[]>('SELECT code FROM accommodations WHERE id = $1', [gite]);
    ids = { producer, honey, cheese, wine, giteCode: code };
  });
  afterAll(() => t.close());

  it('equal the raw views month by month after pages shown through the tourist page, counts added to days already counted, and batches sent twice', async () => {
    // the tourist page shows the territory's three offers: one view each, today
    for (let i = 0; i < 3; i += 1) await t.anonymous().get(`/v/${ids.giteCode}`).expect(200);
    await t.app.get(OfferViewCounter).flush();
    expect(await sameAsRaw()).toBe(3);
    // the months before, at their edges and within; a day counted again (its row updated), a batch whose answer was lost sent twice
    await showPages([
      { offerIds: [ids.honey, ids.cheese, ids.wine], day: m3.first, count: 4 },
      { offerIds: [ids.honey, ids.wine], day: dayOf(m3, 20), count: 3 },
      { offerIds: [ids.honey], day: m2.last, count: 7 },
      { offerIds: [ids.cheese, ids.wine], day: m1.first, count: 2 },
      { offerIds: [ids.honey, ids.cheese], day: dayOf(m1, 15), count: 5 },
    ]);
    await showPages([{ offerIds: [ids.honey, ids.cheese], day: dayOf(m1, 15), count: 1 }]);
    const again = randomUUID();
    await showPages([{ offerIds: [ids.wine], day: m2.last, count: 6 }], again);
    await showPages([{ offerIds: [ids.wine], day: m2.last, count: 6 }], again);
    expect(await sameAsRaw()).toBe(3 + 3 + 2 + 3);
    const [{ honey }] = await t.dataSource.query(`SELECT views::int AS honey FROM offer_months WHERE offer_id = $1 AND month = $2`, [ids.honey, m1.first]);
    expect(honey).toBe(5 + 1);
  });

  it('give a territory’s and a producer’s figures the views of any period: its whole months from the months, the days of the months it cuts from the days', async () => {
    const periods: [string, string][] = [
      [m1.first, m1.last], // one whole month
      [dayOf(m3, 10), dayOf(m1, 10)], // cut, whole, cut
      [m3.first, today], // whole months, and this month to today
      [dayOf(m1, 15), dayOf(m1, 15)], // one day
      [m2.last, m1.first], // two months cut, none whole
      [m3.first, m2.last], // two whole months
    ];
    for (const [from, to] of periods) {
      const { territory, producer, raw } = await viewsOf(from, to);
      expect(territory, `${from} – ${to}`).toEqual(raw);
      expect(producer, `${from} – ${to}`).toEqual(raw.filter((v: { id: string }) => v.id !== ids.wine));
    }
    // cut, whole, cut: the 20th of the third month, all of the second, the 1st and the 15th of the last
    expect((await viewsOf(dayOf(m3, 10), dayOf(m1, 15))).territory).toEqual(
      expect.arrayContaining([
        { id: ids.honey, views: 3 + 7 + 5 + 1 },
        { id: ids.wine, views: 3 + 6 + 2 },
      ]),
    );
  });

  it('a count taken away (a day’s views deleted) leaves its month too', async () => {
    await t.dataSource.query(`DELETE FROM offer_views WHERE offer_id = $1 AND day = $2`, [ids.honey, m2.last]);
    await sameAsRaw();
    const { territory, raw } = await viewsOf(m2.first, m2.last);
    expect(territory).toEqual(raw);
    expect(territory.find((v: { id: string }) => v.id === ids.honey)).toBeUndefined();
  });

  it('site visits per page and language, read from their territory’s index alone, equal the raw visits', async () => {
    const visits = (day: string, page: SiteVisit['page'], lang: string, count: number) => ({ event: { territoryId, page, day, lang }, count });
    await t.app
      .get(SiteVisitCounter)
      ['write'](
        [visits(m2.first, 'home', 'fr', 9), visits(m2.last, 'producers', 'en', 4), visits(dayOf(m1, 15), 'home', 'fr', 2), visits(today, 'offers', 'de', 1)],
        randomUUID(),
      );
    for (const [from, to] of [
      [m2.first, today],
      [m2.last, m1.last],
    ] as const) {
      const figures = await figuresOf(`territories/${territoryId}`, from, to);
      const raw = await t.dataSource.query<{ page: string; lang: string; visits: number }[]>(RAW_VISITS, [territoryId, from, to]);
      const listed = figures.siteVisitsByPage.flatMap((p: { page: string; byLanguage: Record<string, number> }) =>
        Object.entries(p.byLanguage).map(([lang, n]) => ({ page: p.page, lang, visits: n })),
      );
      expect(listed.sort((a: { page: string }, b: { page: string }) => a.page.localeCompare(b.page))).toEqual(raw.sort((a, b) => a.page.localeCompare(b.page)));
      expect(figures.siteVisits).toBe(raw.reduce((sum, r) => sum + r.visits, 0));
    }
    const [{ carried }] = await t.dataSource.query(
      `SELECT pg_get_indexdef('site_visits_territory_day_idx'::regclass) LIKE '%INCLUDE (page, lang, count)%' AS carried`,
    );
    expect(carried).toBe(true);
  });

  it('its migration: taken down, the months go; up again, they are filled from the views, equal to what the triggers kept, and the figures are the same', async () => {
    const period = [m3.first, today] as const;
    const before = await figuresOf(`territories/${territoryId}`, ...period);
    const kept = await t.dataSource.query(ROLLED_MONTHS, [territoryId]);
    expect(kept.length).toBeGreaterThanOrEqual(8);
    const mine = MIGRATIONS.slice(MIGRATIONS.findIndex((m) => m.name === 'OfferViewMonths1764494900000'));
    for (let undone = 0; undone < mine.length; undone += 1) await t.dataSource.undoLastMigration();
    expect((await t.dataSource.query(`SELECT to_regclass('offer_months') AS months`))[0].months).toBeNull();
    await t.dataSource.runMigrations({ transaction: 'each' });
    expect(await t.dataSource.query(ROLLED_MONTHS, [territoryId])).toEqual(kept);
    expect(await figuresOf(`territories/${territoryId}`, ...period)).toEqual(before);
    // and kept again by the next views
    await showPages([{ offerIds: [ids.cheese], day: dayOf(m1, 15), count: 2 }]);
    await sameAsRaw();
  });
});
