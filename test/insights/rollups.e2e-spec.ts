import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Actor, todayIn } from '#common';
import { MIGRATIONS } from '#database';
import { CountsUpkeep, OfferViewCounter, ScanCounter, SeasonFunnelService } from '#insights';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';
import { monthOf, shiftDays } from '../support/calendar.js';

/** Per accommodation and day, what the raw rows say: openings (all, from the QR code, per language, per edition), active passes by arrival, uses not voided. */
const RAW_DAYS = `
  SELECT accommodation_id, day, sum(openings)::int AS openings, sum(from_qr)::int AS openings_from_qr,
         coalesce(jsonb_object_agg(lang, by_lang) FILTER (WHERE lang IS NOT NULL), '{}') AS openings_by_lang,
         sum(passes)::int AS passes, sum(guests)::int AS guests, sum(uses)::int AS uses, sum(phone)::int AS uses_phone,
         sum(tally)::int AS uses_tally_sheet, sum(coupon)::int AS uses_coupon, sum(cents)::int AS spending_cents
    FROM (
      SELECT accommodation_id, day, sum(count) AS openings, coalesce(sum(count) FILTER (WHERE from_qr), 0) AS from_qr, lang, sum(count) AS by_lang,
             0 AS passes, 0 AS guests, 0 AS uses, 0 AS phone, 0 AS tally, 0 AS coupon, 0 AS cents
        FROM scans WHERE territory_id = $1 GROUP BY accommodation_id, day, lang
      UNION ALL
      SELECT accommodation_id, arrival, 0, 0, NULL, NULL, count(*), sum(guests), 0, 0, 0, 0, 0
        FROM passes WHERE territory_id = $1 AND status = 'active' GROUP BY 1, 2
      UNION ALL
      SELECT accommodation_id, redeemed_on, 0, 0, NULL, NULL, 0, 0, count(*), count(*) FILTER (WHERE recorded_via = 'phone'),
             count(*) FILTER (WHERE recorded_via = 'tally_sheet'), count(*) FILTER (WHERE recorded_via = 'coupon'), coalesce(sum(amount_cents), 0)
        FROM redemptions WHERE territory_id = $1 AND voided_at IS NULL GROUP BY 1, 2) x
   GROUP BY 1, 2`;
const ROLLED_DAYS = `
  SELECT accommodation_id, day, openings, openings_from_qr, openings_by_lang, passes, guests, uses, uses_phone, uses_tally_sheet, uses_coupon, spending_cents::int
    FROM accommodation_days
   WHERE territory_id = $1 AND (openings, passes, uses) <> (0, 0, 0)`;
/** The territory's days summed from its accommodations' raw days: what territory_days must hold. */
const territoryDays = (days: string) => `
  SELECT day, sum(openings)::int AS openings, sum(openings_from_qr)::int AS openings_from_qr, sum(passes)::int AS passes, sum(guests)::int AS guests,
         sum(uses)::int AS uses, sum(uses_phone)::int AS uses_phone, sum(uses_tally_sheet)::int AS uses_tally_sheet, sum(uses_coupon)::int AS uses_coupon,
         sum(spending_cents)::int AS spending_cents
    FROM (${days}) d GROUP BY day`;
/** Per accommodation and month, what the raw rows say: the same sums as a day's, and the openings from the QR code per edition number. */
const RAW_MONTHS = `
  WITH events AS (
    SELECT accommodation_id, date_trunc('month', day)::date AS month, lang, from_qr, edition_number, count AS openings,
           0 AS passes, 0 AS guests, 0 AS uses, NULL::text AS via, 0 AS cents
      FROM scans WHERE territory_id = $1
    UNION ALL
    SELECT accommodation_id, date_trunc('month', arrival)::date, NULL, NULL, NULL, 0, 1, guests, 0, NULL, 0
      FROM passes WHERE territory_id = $1 AND status = 'active'
    UNION ALL
    SELECT accommodation_id, date_trunc('month', redeemed_on)::date, NULL, NULL, NULL, 0, 0, 0, 1, recorded_via::text, coalesce(amount_cents, 0)
      FROM redemptions WHERE territory_id = $1 AND voided_at IS NULL)
  SELECT accommodation_id, month::text AS month, sum(openings)::int AS openings, coalesce(sum(openings) FILTER (WHERE from_qr), 0)::int AS openings_from_qr,
         (SELECT coalesce(jsonb_object_agg(lang, n), '{}') FROM (SELECT lang, sum(openings) AS n FROM events i
           WHERE (i.accommodation_id, i.month) = (e.accommodation_id, e.month) AND lang IS NOT NULL GROUP BY lang) l) AS openings_by_lang,
         (SELECT coalesce(jsonb_object_agg(edition_number::text, n), '{}') FROM (SELECT edition_number, sum(openings) AS n FROM events i
           WHERE (i.accommodation_id, i.month) = (e.accommodation_id, e.month) AND from_qr GROUP BY edition_number) q) AS qr_openings_by_edition,
         sum(passes)::int AS passes, sum(guests)::int AS guests, sum(uses)::int AS uses, count(*) FILTER (WHERE via = 'phone')::int AS uses_phone,
         count(*) FILTER (WHERE via = 'tally_sheet')::int AS uses_tally_sheet, count(*) FILTER (WHERE via = 'coupon')::int AS uses_coupon, sum(cents)::int AS spending_cents
    FROM events e GROUP BY e.accommodation_id, e.month`;
const ROLLED_MONTHS = `
  SELECT accommodation_id, month::text AS month, openings, openings_from_qr, openings_by_lang, qr_openings_by_edition, passes, guests, uses,
         uses_phone, uses_tally_sheet, uses_coupon, spending_cents::int
    FROM accommodation_months
   WHERE territory_id = $1 AND (openings, passes, uses) <> (0, 0, 0)`;
/** Per accommodation of the territory, what the raw rows say of the days from $2 to $3. */
const RAW_PER_ACCOMMODATION = `
  SELECT a.id, coalesce((SELECT sum(count) FROM scans s WHERE s.accommodation_id = a.id AND s.day BETWEEN $2 AND $3), 0)::int AS scans,
         (SELECT count(*) FROM passes p WHERE p.accommodation_id = a.id AND p.status = 'active' AND p.arrival BETWEEN $2 AND $3)::int AS passes,
         (SELECT count(*) FROM redemptions r WHERE r.accommodation_id = a.id AND r.voided_at IS NULL AND r.redeemed_on BETWEEN $2 AND $3)::int AS redemptions,
         (SELECT coalesce(sum(amount_cents), 0) FROM redemptions r WHERE r.accommodation_id = a.id AND r.voided_at IS NULL AND r.redeemed_on BETWEEN $2 AND $3)::int
           AS "declaredSpendingCents"
    FROM accommodations a WHERE a.territory_id = $1 ORDER BY a.id`;
/** The openings from the QR code carrying an edition's number, of the days from $3 to $4 (the funnel's second step). */
const RAW_EDITION_OPENINGS = `
  SELECT coalesce(sum(s.count), 0)::int AS n FROM scans s JOIN editions e ON e.territory_id = s.territory_id AND e.number = s.edition_number
   WHERE s.territory_id = $1 AND e.id = $2 AND s.from_qr AND s.day BETWEEN $3 AND $4`;
/** Per edition number and day, the territory's openings from the QR code: what territory_edition_days must hold. */
const RAW_EDITION_DAYS = `
  SELECT edition_number, day::text AS day, sum(count)::int AS qr_openings FROM scans WHERE territory_id = $1 AND from_qr GROUP BY 1, 2`;
const ROLLED_EDITION_DAYS = `
  SELECT edition_number, day::text AS day, qr_openings FROM territory_edition_days WHERE territory_id = $1 AND qr_openings <> 0`;
/** An edition's funnel week by week ($2), from the raw rows: openings carrying its number, passes carrying it (created that day), its uses not voided. */
const RAW_FUNNEL_WEEKS = `
  SELECT to_char(date_trunc('week', x.day::timestamp), 'YYYY-MM-DD') AS week, sum(x.openings)::int AS openings, sum(x.passes)::int AS passes,
         sum(x.uses)::int AS uses, sum(x.cents)::int AS "spendingCents"
    FROM (
      SELECT s.day, s.count AS openings, 0 AS passes, 0 AS uses, 0 AS cents
        FROM scans s JOIN editions e ON e.territory_id = s.territory_id AND e.number = s.edition_number WHERE e.id = $2 AND s.territory_id = $1 AND s.from_qr
      UNION ALL
      SELECT (p.created_at AT TIME ZONE t.time_zone)::date, 0, 1, 0, 0 FROM passes p JOIN territories t ON t.id = p.territory_id WHERE p.edition_id = $2 AND p.territory_id = $1
      UNION ALL
      SELECT r.redeemed_on, 0, 0, 1, coalesce(r.amount_cents, 0) FROM redemptions r WHERE r.edition_id = $2 AND r.territory_id = $1 AND r.voided_at IS NULL) x
   GROUP BY 1 ORDER BY 1`;
/** An edition's uses per producer ($2), from the raw rows. */
const RAW_FUNNEL_PRODUCERS = `
  SELECT r.producer_id AS "producerId", p.name AS "producerName", count(*)::int AS uses, coalesce(sum(r.amount_cents), 0)::int AS "spendingCents"
    FROM redemptions r JOIN producers p ON p.id = r.producer_id WHERE r.edition_id = $2 AND r.territory_id = $1 AND r.voided_at IS NULL
   GROUP BY 1, 2 ORDER BY uses DESC, p.name`;
const byEditionDay = <T extends { day: string; edition_number: number }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.day}${a.edition_number}`.localeCompare(`${b.day}${b.edition_number}`));
const byMonth = <T extends { month: string; accommodation_id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.month}${a.accommodation_id}`.localeCompare(`${b.month}${b.accommodation_id}`));
const byDay = <T extends { day: string; accommodation_id?: string }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.day}${a.accommodation_id ?? ''}`.localeCompare(`${b.day}${b.accommodation_id ?? ''}`));

describe('daily rollups: what the figures read instead of a season of raw events, kept with every write', () => {
  let t: TestApp;
  let territoryId: string;
  let coordinator: Member;
  let ids: { gite: string; camping: string; giteCode: string; honey: string; edition: string };
  const today = todayIn('Europe/Paris');

  const sameAsRaw = async () => {
    const [raw, rolled] = await Promise.all([t.dataSource.query(RAW_DAYS, [territoryId]), t.dataSource.query(ROLLED_DAYS, [territoryId])]);
    expect(byDay(rolled)).toEqual(byDay(raw));
    const [rawTerritory, rolledTerritory] = await Promise.all([
      t.dataSource.query(territoryDays(RAW_DAYS), [territoryId]),
      t.dataSource.query(`${territoryDays(ROLLED_DAYS)}`, [territoryId]),
    ]);
    const stored = await t.dataSource.query(
      `SELECT day, openings, openings_from_qr, passes, guests, uses, uses_phone, uses_tally_sheet, uses_coupon, spending_cents::int
         FROM territory_days WHERE territory_id = $1 AND (openings, passes, uses) <> (0, 0, 0)`,
      [territoryId],
    );
    expect(byDay(stored)).toEqual(byDay(rawTerritory));
    expect(byDay(rolledTerritory)).toEqual(byDay(rawTerritory));
    const [rawMonths, rolledMonths] = await Promise.all([t.dataSource.query(RAW_MONTHS, [territoryId]), t.dataSource.query(ROLLED_MONTHS, [territoryId])]);
    expect(byMonth(rolledMonths)).toEqual(byMonth(rawMonths));
    const [rawEditionDays, rolledEditionDays] = await Promise.all([
      t.dataSource.query(RAW_EDITION_DAYS, [territoryId]),
      t.dataSource.query(ROLLED_EDITION_DAYS, [territoryId]),
    ]);
    expect(byEditionDay(rolledEditionDays)).toEqual(byEditionDay(rawEditionDays));
    return raw.length as number;
  };
  /** The territory's funnel of its edition (weeks and producers read from the rollups and the uses' index), beside the same from the raw rows. */
  const funnelAndRaw = async () => {
    const funnel = (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/funnel`).expect(200)).body.editions[0];
    const [weeks, producers] = await Promise.all([
      t.dataSource.query(RAW_FUNNEL_WEEKS, [territoryId, ids.edition]),
      t.dataSource.query(RAW_FUNNEL_PRODUCERS, [territoryId, ids.edition]),
    ]);
    return { funnel, raw: { weeks, producers } };
  };
  const territoryFigures = async (from: string, to: string) =>
    (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/figures?from=${from}&to=${to}`).expect(200)).body;
  const giteFigures = async (from: string, to: string) =>
    (await t.as(coordinator.token).get(`/api/v1/accommodations/${ids.gite}/figures?from=${from}&to=${to}`).expect(200)).body;
  const open = async (query: string, times = 1) => {
    for (let i = 0; i < times; i += 1) await t.anonymous().get(`/v/${ids.giteCode}?${query}`).expect(200);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    coordinator = await t.member(territoryId, 'coordinator');
    const producerId = (await make.producer(territoryId, { name: 'Miellerie d’Azay' })).id;
    const producer = await t.member(territoryId, 'producer', { producerId });
    const gite = (await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' })).id;
    const camping = (await make.accommodation(territoryId, { name: 'Camping du Lac' })).id;
    const season = { validFrom: shiftDays(today, -60), validTo: shiftDays(today, 30) };
    const honey = (await make.publishedOffer(producerId, { title: { fr: 'Miel −10 %' }, usesPerPass: 3, ...season })).id;
    const giteCode = (await t.dataSource.query<{ code: string }[]>('SELECT code FROM accommodations WHERE id = $1', [gite]))[0].code;
    const edition = (
      await t.as(coordinator.token).post(`/api/v1/territories/${territoryId}/editions`).send({ name: 'Saison', format: 'A5', lang: 'fr' }).expect(201)
    ).body as { id: string; number: number };
    ids = { gite, camping, giteCode, honey, edition: edition.id };

    const issue = async (accommodationId: string, arrival: string, departure: string, guests: number) =>
      (await t.http().post('/api/v1/passes').send({ accommodationId, arrival, departure, guests, lang: 'fr' }).expect(201)).body as { code: string };
    const byPhone = async (code: string) =>
      (
        await t
          .as(producer.token)
          .post(`/api/v1/passes/${code}/redemptions`)
          .set('idempotency-key', randomUUID())
          .send({ offerId: honey, amountCents: 1850 })
          .expect(201)
      ).body.id as string;

    // stays that began five weeks ago, last week and today; one pass cancelled
    const early = await issue(gite, shiftDays(today, -35), shiftDays(today, -30), 2);
    const lastWeek = await issue(camping, shiftDays(today, -8), today, 3);
    const now = await issue(gite, today, shiftDays(today, 2), 4);
    const cancelled = await issue(gite, shiftDays(today, -2), shiftDays(today, 1), 5);
    await t.http().post(`/api/v1/passes/${cancelled.code}/cancel`).expect(200);
    // uses by phone today (one voided), from a tally sheet weeks back, and from a coupon of the edition today
    await byPhone(now.code);
    const voided = await byPhone(lastWeek.code);
    await t.as(producer.token).post(`/api/v1/redemptions/${voided}/void`).expect(200);
    await t
      .as(producer.token)
      .post(`/api/v1/producers/${producerId}/tally`)
      .set('idempotency-key', randomUUID())
      .send({
        lines: [
          { code: early.code, date: shiftDays(today, -33), offerId: honey, amountCents: 1250 },
          { code: lastWeek.code, date: shiftDays(today, -7), offerId: honey },
        ],
      })
      .expect(201);
    await t.as(coordinator.token).put(`/api/v1/editions/${edition.id}/copies/${gite}`).send({ copies: 2 }).expect(200);
    await t.as(coordinator.token).post(`/api/v1/editions/${edition.id}/coupons`).send({}).expect(200);
    const [{ serial }] = await t.dataSource.query<{ serial: string }[]>('SELECT serial FROM coupons WHERE accommodation_id = $1 LIMIT 1', [gite]);
    await t
      .as(coordinator.token)
      .post(`/api/v1/territories/${territoryId}/coupons/uses`)
      .send({ lines: [{ serial, date: today }], record: true })
      .expect(200);
    // the gîte's page opened from its QR code with the edition's number, in two languages, and from a link
    await open(`qr=1&e=${edition.number}&lang=fr`, 3);
    await open('qr=1&lang=en');
    await open('lang=fr', 2);
    await t.app.get(ScanCounter).flush();
    await t.app.get(OfferViewCounter).flush();
  });
  afterAll(() => t.close());

  it('equal, day by day and so over any period, what the raw passes, uses and page openings say after writes through the API', async () => {
    expect(await sameAsRaw()).toBeGreaterThanOrEqual(5);
    const [{ openings, qr }] = await t.dataSource.query(
      `SELECT sum(openings)::int AS openings, sum(openings_from_qr)::int AS qr FROM accommodation_days WHERE accommodation_id = $1`,
      [ids.gite],
    );
    expect({ openings, qr }).toEqual({ openings: 6, qr: 4 });
    // several periods: five weeks back, the last week, today
    const early = await territoryFigures(shiftDays(today, -36), shiftDays(today, -29));
    expect(early).toMatchObject({ passes: 1, guests: 2, redemptions: 1, declaredSpendingCents: 1250, usesRecordedVia: { phone: 0, tallySheet: 1, coupon: 0 } });
    const week = await territoryFigures(shiftDays(today, -8), shiftDays(today, -1));
    expect(week).toMatchObject({ passes: 1, guests: 3, redemptions: 1, usesRecordedVia: { phone: 0, tallySheet: 1, coupon: 0 } });
    const day = await territoryFigures(today, today);
    expect(day).toMatchObject({
      scans: 6,
      scansFromQr: 4,
      passes: 1,
      guests: 4,
      redemptions: 2,
      declaredSpendingCents: 1850,
      usesRecordedVia: { phone: 1, coupon: 1 },
    });
    expect((await giteFigures(today, today)).scansByLanguage).toEqual([
      { lang: 'fr', count: 5 },
      { lang: 'en', count: 1 },
    ]);
    const funnel = (await t.as(coordinator.token).get(`/api/v1/accommodations/${ids.gite}/funnel`).expect(200)).body;
    expect(funnel.editions[0]).toMatchObject({ edition: { id: ids.edition }, total: { openings: 3, uses: 1 } });
    // the territory's funnel: its weeks from the openings per edition and day, its producers from the uses' index
    const territory = await funnelAndRaw();
    expect(territory.funnel.weeks).toEqual(territory.raw.weeks);
    expect(territory.funnel.producers).toEqual(territory.raw.producers);
    expect(territory.funnel.weeks).toEqual([expect.objectContaining({ openings: 3, uses: 1 })]);
    expect(territory.funnel.producers).toEqual([expect.objectContaining({ producerName: 'Miellerie d’Azay', uses: 1 })]);
  });

  it('per month: equal the raw rows month by month; a period’s whole months read from them and the days of the months it cuts read from the days', async () => {
    const counter = t.app.get(ScanCounter);
    const [m1, m2, m3] = [monthOf(today, -1), monthOf(today, -2), monthOf(today, -3)];
    const [{ number }] = await t.dataSource.query<{ number: number }[]>('SELECT number FROM editions WHERE id = $1', [ids.edition]);
    // openings from the edition's QR code and others, in the three months before this one, at their edges and within
    const opened = (accommodationId: string, day: string, count: number, edition?: number) => ({
      event: { accommodationId, territoryId, day, lang: edition ? 'fr' : 'de', fromQr: edition !== undefined, ...(edition && { edition }) },
      count,
    });
    await counter['write'](
      [
        opened(ids.gite, m1.first, 3, number),
        opened(ids.gite, `${m1.first.slice(0, 8)}15`, 5, number),
        opened(ids.camping, `${m1.first.slice(0, 8)}15`, 2),
        opened(ids.gite, m2.last, 11, number),
        opened(ids.camping, m2.last, 4, number),
        opened(ids.camping, `${m3.first.slice(0, 8)}20`, 6, number),
        opened(ids.gite, `${m3.first.slice(0, 8)}05`, 1),
      ],
      randomUUID(),
    );
    // a correction of a count already rolled up (an update of the day's row) moves its month too
    await counter['write']([opened(ids.gite, m1.first, 2, number)], randomUUID());
    await sameAsRaw();

    const periods: [string, string][] = [
      [m1.first, m1.last], // one whole month
      [`${m3.first.slice(0, 8)}10`, `${m1.first.slice(0, 8)}20`], // cut, whole, cut
      [m3.first, today], // whole months, and this month to today
      [`${m1.first.slice(0, 8)}15`, `${m1.first.slice(0, 8)}15`], // one day
      [m2.last, m1.first], // two months cut, none whole
      [shiftDays(today, -40), today],
    ];
    for (const [from, to] of periods) {
      const figures = await territoryFigures(from, to);
      const raw = await t.dataSource.query(RAW_PER_ACCOMMODATION, [territoryId, from, to]);
      const listed = [...figures.accommodations].sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
      const counted = listed.map(({ id, scans, passes, redemptions, declaredSpendingCents }: Record<string, unknown>) => ({
        id,
        scans,
        passes,
        redemptions,
        declaredSpendingCents,
      }));
      expect(counted, `${from} – ${to}`).toEqual(raw);
      expect(figures.communes.reduce((sum: number, c: { scans: number }) => sum + c.scans, 0)).toBe(figures.scans);
      const funnel = await t.app.get(SeasonFunnelService).forPeriod(territoryId, { from, to }, Actor.system());
      const [{ n }] = await t.dataSource.query(RAW_EDITION_OPENINGS, [territoryId, ids.edition, from, to]);
      // a period's funnel counts the editions printed by its end: this one was printed today
      expect({ from, to, openings: funnel.total.openings }).toEqual({ from, to, openings: to >= today ? n : 0 });
    }
    expect((await territoryFigures(...periods[1])).accommodations).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: ids.gite, scans: 11 + 5 + 5 }), expect.objectContaining({ id: ids.camping, scans: 6 + 4 + 2 })]),
    );
    // the edition's funnel over every day: its months
    const all = (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/funnel`).expect(200)).body;
    const [{ n: ever }] = await t.dataSource.query(RAW_EDITION_OPENINGS, [territoryId, ids.edition, '2000-01-01', '2100-01-01']);
    expect(all.editions[0].total.openings).toBe(ever);
    expect(ever).toBe(3 + 3 + 2 + 5 + 11 + 4 + 6);
    const territory = await funnelAndRaw();
    expect(territory.funnel.weeks).toEqual(territory.raw.weeks);
    expect(territory.funnel.weeks.length).toBeGreaterThanOrEqual(4);

    // the days computed anew from the raw rows (as the generator and the retention do): deleted and written again, the same
    await t.dataSource.query('SELECT tp_fill_rollups($1, $2)', [m3.first, today]);
    await sameAsRaw();
    expect((await funnelAndRaw()).funnel).toEqual(territory.funnel);
  });

  it('count a flush once: not when it failed, once when it is sent again, once when its answer was lost and it is sent twice', async () => {
    const counter = t.app.get(ScanCounter);
    await open('qr=1&lang=fr', 2);
    await t.dataSource.query('ALTER TABLE scans RENAME TO scans_away');
    try {
      await expect(counter.flush()).rejects.toThrow(/scans/);
    } finally {
      await t.dataSource.query('ALTER TABLE scans_away RENAME TO scans');
    }
    await counter.flush();
    const batch = [{ event: { accommodationId: ids.camping, territoryId, day: shiftDays(today, -3), lang: 'de', fromQr: false }, count: 7 }];
    const id = randomUUID();
    await counter['write'](batch, id);
    await counter['write'](batch, id);
    await sameAsRaw();
    expect((await territoryFigures(today, today)).scans).toBe(8);
    expect((await territoryFigures(shiftDays(today, -3), shiftDays(today, -3))).scans).toBe(7);
  });

  it('a count for a month without its partition lands in the DEFAULT one, and moves into its own month when the upkeep creates it', async () => {
    const counter = t.app.get(ScanCounter);
    // four months ahead: the migration created this month and the next two
    const month = new Date(`${today.slice(0, 7)}-14T12:00:00Z`);
    month.setUTCMonth(month.getUTCMonth() + 4);
    const future = month.toISOString().slice(0, 10);
    const part = (table: string, months = 0) => {
      const at = new Date(month);
      at.setUTCMonth(at.getUTCMonth() + months);
      return `${table}_${at.toISOString().slice(0, 7).replace('-', '_')}`;
    };
    await counter['write']([{ event: { accommodationId: ids.gite, territoryId, day: future, lang: 'fr', fromQr: true }, count: 4 }], randomUUID());
    const where = async () =>
      t.dataSource.query<{ part: string; count: number }[]>(`SELECT tableoid::regclass::text AS part, count::int FROM scans WHERE day = $1`, [future]);
    expect(await where()).toEqual([{ part: 'scans_default', count: 4 }]);

    const outcome = await t.app.get(CountsUpkeep).run(new Date(`${future}T12:00:00Z`));
    expect(outcome.created).toEqual(expect.arrayContaining([part('scans'), part('scans', 3), part('offer_views'), part('site_visits', 3)]));
    expect(outcome.dropped).toEqual([]);
    expect(await where()).toEqual([{ part: part('scans'), count: 4 }]);
    expect((await territoryFigures(future, future)).scans).toBe(4);
    await sameAsRaw();
  });

  it('drops the openings’ detail of months past the retention, and the figures of those months stay what they were', async () => {
    const counter = t.app.get(ScanCounter);
    const old = '2022-05-14';
    await counter['write'](
      [
        { event: { accommodationId: ids.gite, territoryId, day: old, lang: 'fr', fromQr: true, edition: 1 }, count: 5 },
        { event: { accommodationId: ids.gite, territoryId, day: old, lang: 'nl', fromQr: false }, count: 2 },
      ],
      randomUUID(),
    );
    const period = ['2022-05-01', '2022-05-31'] as const;
    const [territoryBefore, giteBefore] = [await territoryFigures(...period), await giteFigures(...period)];
    expect(territoryBefore).toMatchObject({ scans: 7, scansFromQr: 5 });
    const [editionDaysBefore, funnelBefore] = [await t.dataSource.query(ROLLED_EDITION_DAYS, [territoryId]), (await funnelAndRaw()).funnel];
    expect(editionDaysBefore).toContainEqual({ edition_number: 1, day: old, qr_openings: 5 });

    const outcome = await t.app.get(CountsUpkeep).run(new Date(`${today}T12:00:00Z`));
    expect(outcome.dropped).toContain('scans_2022_05');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM scans WHERE day = $1`, [old]))[0].n).toBe(0);
    expect(await territoryFigures(...period)).toEqual(territoryBefore);
    expect(await giteFigures(...period)).toEqual(giteBefore);
    // its days deleted and computed anew from the detail before it went: the openings per edition and the funnel unchanged
    expect(byEditionDay(await t.dataSource.query(ROLLED_EDITION_DAYS, [territoryId]))).toEqual(byEditionDay(editionDaysBefore));
    expect((await funnelAndRaw()).funnel).toEqual(funnelBefore);
    // a second instance finding the upkeep done does nothing more
    expect((await t.app.get(CountsUpkeep).run(new Date(`${today}T12:00:00Z`))).dropped).toEqual([]);
  });

  it('the monthly rollup’s migration: taken down, its table goes; up again, the months are filled from the days and the figures are the same', async () => {
    const period = [monthOf(today, -3).first, today] as const;
    const before = await territoryFigures(...period);
    const kept = byMonth(await t.dataSource.query(ROLLED_MONTHS, [territoryId]));
    expect(kept.length).toBeGreaterThanOrEqual(5);
    const mine = MIGRATIONS.slice(MIGRATIONS.findIndex((m) => m.name === 'AccommodationMonths1764494700000'));
    for (let undone = 0; undone < mine.length; undone += 1) await t.dataSource.undoLastMigration();
    expect((await t.dataSource.query(`SELECT to_regclass('accommodation_months') AS months`))[0].months).toBeNull();
    await t.dataSource.runMigrations({ transaction: 'each' });
    // filled from the days (the retention's month of 2022 included, whose detail is gone): what the triggers kept
    expect(byMonth(await t.dataSource.query(ROLLED_MONTHS, [territoryId]))).toEqual(kept);
    expect(await territoryFigures(...period)).toEqual(before);
  });

  it('the openings per edition’s migration: taken down, its table and index go; up again, they are filled from the days and the funnel is the same', async () => {
    const before = (await funnelAndRaw()).funnel;
    const kept = byEditionDay(await t.dataSource.query(ROLLED_EDITION_DAYS, [territoryId]));
    expect(kept.length).toBeGreaterThanOrEqual(8);
    const mine = MIGRATIONS.slice(MIGRATIONS.findIndex((m) => m.name === 'TerritoryEditionDays1764494800000'));
    for (let undone = 0; undone < mine.length; undone += 1) await t.dataSource.undoLastMigration();
    const gone = async () =>
      (await t.dataSource.query(`SELECT to_regclass('territory_edition_days') AS days, to_regclass('redemptions_territory_edition_counted_idx') AS uses`))[0];
    expect(await gone()).toEqual({ days: null, uses: null });
    await t.dataSource.runMigrations({ transaction: 'each' });
    // filled from the days (the retention's month of 2022 included, whose detail is gone): what the triggers kept
    expect(byEditionDay(await t.dataSource.query(ROLLED_EDITION_DAYS, [territoryId]))).toEqual(kept);
    expect((await funnelAndRaw()).funnel).toEqual(before);
  });

  it('migrations: taken down with the counts in place, the tables keep them; up again, the rollups are filled from them and the figures are the same', async () => {
    await t.app.get(ScanCounter).flush();
    await t.app.get(OfferViewCounter).flush();
    const before = await territoryFigures(shiftDays(today, -40), today);
    const mine = MIGRATIONS.slice(MIGRATIONS.findIndex((m) => m.name === 'FiguresIndexes1764494200000'));
    for (let undone = 0; undone < mine.length; undone += 1) await t.dataSource.undoLastMigration();
    const partitioned = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid WHERE c.relname = 'scans'`))[0].n;
    expect(await partitioned()).toBe(0);
    expect(
      (
        await t.dataSource.query(`SELECT sum(count)::int AS n FROM scans WHERE territory_id = $1 AND day BETWEEN $2 AND $3`, [
          territoryId,
          shiftDays(today, -40),
          today,
        ])
      )[0].n,
    ).toBe(before.scans);
    await t.dataSource.runMigrations({ transaction: 'each' });
    expect(await partitioned()).toBe(1);
    await sameAsRaw();
    expect(await territoryFigures(shiftDays(today, -40), today)).toEqual(before);
  });
});
