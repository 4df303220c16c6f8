import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { binary } from '../support/binary.js';
import { factories, type Place } from '../support/factories.js';
import { signedInAgent } from '../support/portal.js';
import { fontSizeOf, hasPoppler, pdfText, pdfWords } from '../support/system-tools.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';
import type { Schema } from '../support/typed-api.js';
import { shiftDays } from '../support/calendar.js';

type Counts = Schema<'FunnelCounts'>;

/** A step's cell in the member pages: its count, and its rate under it. */
const CELL = /<td class="n">([^<]*)(?:<small class="rate">([^<]*)<\/small>)?<\/td>/g;
/** The count and the rate of a cell, the languages' thin and non-breaking spaces as plain ones. */
const steps = (cell: RegExpMatchArray) =>
  cell
    .slice(1)
    .filter((text) => text !== undefined)
    .map((text) => text.replace(/[\u00a0\u202f]/g, ' '));

/**
 * Two seasons of Gâtine: spring, with edition 1 printed for it, and summer, up to today, with
 * edition 2 printed for no season. What each edition's QR codes brought is built here day by day.
 */
describe('the funnel over two seasons, side by side, with the rate at each step', () => {
  let t: TestApp;
  let territoryId: string;
  let gite: Place;
  let camping: Place;
  let coordinator: Member;
  let host: Member;
  let spring: string;
  let summer: string;
  const today = todayIn('Europe/Paris');

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    gite = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' });
    camping = await make.accommodation(territoryId, { name: 'Camping du Lac' });
    const producerId = (await make.producer(territoryId, { name: 'Chèvrerie des Brandes' })).id;
    const cheese = await make.publishedOffer(producerId, {
      title: { fr: 'Fromages', en: 'Cheeses' },
      usesPerPass: 3,
      validFrom: shiftDays(today, -60),
      validTo: shiftDays(today, 30),
    });
    coordinator = await t.member(territoryId, 'coordinator');
    host = await t.member(territoryId, 'host', { accommodationIds: [gite.id] });
    const producer = await t.member(territoryId, 'producer', { producerId });

    const season = async (name: string, from: number, to: number) =>
      (
        await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO seasons (territory_id, name, starts_on, ends_on, print_deadline, closed_at) VALUES ($1, $2, $3, $4, $3, now()) RETURNING id`,
          [territoryId, name, shiftDays(today, from), shiftDays(today, to)],
        )
      )[0].id;
    spring = await season('Printemps', -40, -21);
    summer = await season('Été', -20, 0);
    const edition = async (name: string, seasonId?: string) =>
      (await t.http().post(`/api/v1/territories/${territoryId}/editions`).send({ name, format: 'A5', lang: 'fr', seasonId }).expect(201)).body as {
        id: string;
        number: number;
      };
    const first = await edition('Brochure du printemps', spring);
    const second = await edition('Brochure d’été');
    const copies = (editionId: string, accommodationId: string, n: number) =>
      t.http().put(`/api/v1/editions/${editionId}/copies/${accommodationId}`).send({ copies: n }).expect(200);
    await copies(first.id, gite.id, 20);
    await copies(second.id, gite.id, 30);
    await copies(second.id, camping.id, 0);

    const openings = (number: number, day: number, count: number) =>
      t.dataSource.query(
        `INSERT INTO scans (accommodation_id, territory_id, day, lang, from_qr, count, edition_number) VALUES ($1, $2, $3, 'fr', true, $4, $5)`,
        [gite.id, territoryId, shiftDays(today, day), count, number],
      );
    await openings(1, -30, 4);
    // edition 1 still opened in summer: its season's funnel does not count it
    await openings(1, -10, 2);
    await openings(2, -5, 5);
    const pass = async (editionId: string, arrival: number, departure: number) => {
      const issued = (
        await t
          .http()
          .post('/api/v1/passes')
          .send({ accommodationId: gite.id, arrival: shiftDays(today, arrival), departure: shiftDays(today, departure), guests: 2, lang: 'fr' })
          .expect(201)
      ).body as { id: string; code: string };
      await t.dataSource.query(`UPDATE passes SET edition_id = $2, created_at = $3::date + time '12:00' WHERE id = $1`, [
        issued.id,
        editionId,
        shiftDays(today, arrival),
      ]);
      return issued;
    };
    const onPaper = (passId: string, day: number, amountCents: number) =>
      t.dataSource.query(
        `INSERT INTO redemptions (pass_id, offer_id, redeemed_on, amount_cents, recorded_via, idempotency_key, territory_id, producer_id, accommodation_id)
         VALUES ($1, $2, $3, $4, 'tally_sheet', $5, $6, $7, $8)`,
        [passId, cheese.id, shiftDays(today, day), amountCents, randomUUID(), territoryId, producerId, gite.id],
      );
    const springStay = await pass(first.id, -31, -25);
    await onPaper(springStay.id, -28, 1500);
    const summerStay = await pass(second.id, -6, 0);
    await onPaper(summerStay.id, -4, 600);
    await t
      .as(producer.token)
      .post(`/api/v1/passes/${summerStay.code}/redemptions`)
      .set('idempotency-key', randomUUID())
      .send({ offerId: cheese.id, amountCents: 900 })
      .expect(201);
  });
  afterAll(() => t.close());

  it("compares two seasons host by host: each season's editions' copies, and what their QR codes brought on its days", async () => {
    const view = (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/funnel/seasons?seasons=${spring},${summer}`).expect(200)).body as {
      seasons: { season: { name: string; editions: number[] }; total: Counts }[];
      hosts: { accommodationName: string; editions: Counts[] }[];
    };
    expect(view.seasons.map((s) => [s.season.name, s.season.editions])).toEqual([
      ['Printemps', [1]],
      ['Été', [2]],
    ]);
    const giteRow = view.hosts.find((h) => h.accommodationName === 'Gîte des Tilleuls');
    expect(giteRow?.editions).toEqual([
      {
        copies: 20,
        openings: 4,
        passes: 1,
        uses: 1,
        spendingCents: 1500,
        openingsPerCopy: 0.2,
        passesPerOpening: 0.25,
        usesPerPass: 1,
        spendingPerUseCents: 1500,
      },
      {
        copies: 30,
        openings: 5,
        passes: 1,
        uses: 2,
        spendingCents: 1500,
        openingsPerCopy: 0.167,
        passesPerOpening: 0.2,
        usesPerPass: 2,
        spendingPerUseCents: 750,
      },
    ]);
    // copies recorded as none: every rate after them has no base
    const campingRow = view.hosts.find((h) => h.accommodationName === 'Camping du Lac');
    expect(campingRow?.editions[1]).toEqual({
      copies: 0,
      openings: 0,
      passes: 0,
      uses: 0,
      spendingCents: 0,
      openingsPerCopy: null,
      passesPerOpening: null,
      usesPerPass: null,
      spendingPerUseCents: null,
    });
    expect(view.seasons[1].total).toMatchObject({ copies: 30, openings: 5, passes: 1, uses: 2, spendingCents: 1500 });
    await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/funnel/seasons?seasons=${randomUUID()}`).expect(400);
  });

  it('in the member pages, each step shows its rate beside its count, in the reader’s language, and a dash where the step before is 0', async () => {
    const agent = await signedInAgent(t, coordinator.email);
    const cellsOf = (page: string, name: string) =>
      [...(new RegExp(`<tbody><tr><th scope="rowgroup" rowspan="2">${name}</th>(.*?)</tbody>`, 's').exec(page)?.[1] ?? '').matchAll(CELL)].flatMap(steps);
    const seasons = (await agent.get(`/app/coordinator/${territoryId}/editions/seasons?a=${spring}&b=${summer}&lang=fr`).expect(200)).text;
    expect(cellsOf(seasons, 'Gîte des Tilleuls')).toEqual([
      ...['20', '4', '20 %', '1', '25 %', '1', '100 %', '15,00 €', '15,00 €'],
      ...['30', '5', '16,7 %', '1', '20 %', '2', '200 %', '15,00 €', '7,50 €'],
    ]);
    expect(cellsOf(seasons, 'Camping du Lac').slice(9)).toEqual(['0', '0', '—', '0', '—', '0', '—', '0,00 €', '—']);

    const editions = (await agent.get(`/app/coordinator/${territoryId}/editions?a=1&b=2&lang=en`).expect(200)).text;
    const first = ['20', '6', '30%', '1', '16.7%', '1', '100%', '€15.00', '€15.00'];
    const second = ['30', '5', '16.7%', '1', '20%', '2', '200%', '€15.00', '€7.50'];
    expect(cellsOf(editions, 'Gîte des Tilleuls')).toEqual([...first, ...second]);
    // the host's own page: each edition, latest first, with the same rates
    const own = (await (await signedInAgent(t, host.email)).get(`/app/host/accommodations/${gite.id}/editions?lang=en`).expect(200)).text;
    expect([...own.matchAll(CELL)].flatMap(steps)).toEqual([...second, ...first]);
  });

  it.skipIf(!hasPoppler)(
    'the impact report follows the editions from copies to spending in its language, and says how the uses were recorded, each once',
    async () => {
      const period = `from=${shiftDays(today, -40)}&to=${today}`;
      const report = async (lang: string) =>
        (
          await t
            .as(coordinator.token)
            .get(`/api/v1/territories/${territoryId}/impact-report.pdf?${period}&lang=${lang}`)
            .buffer(true)
            .parse(binary)
            .expect(200)
        ).body as Buffer;
      const [fr, en] = await Promise.all([report('fr'), report('en')]);
      const lines = (text: string) => text.split('\n').map((line) => line.trim().replace(/\s+/g, ' '));
      const french = lines(await pdfText(fr));
      expect(french).toContain('Des brochures imprimées aux dépenses');
      // edition 1: 20 copies, 6 openings (spring and summer), 1 pass, 1 use; edition 2: 30 copies, 5 openings, 1 pass, 2 uses
      // the steps down, the editions across: 1, 2, then both
      expect(french).toContain('Exemplaires remis 20 30 50');
      expect(french).toContain('Ouvertures par exemplaire 30 % 16,7 % 22 %');
      expect(french).toContain('Pass par ouverture 16,7 % 20 % 18,2 %');
      expect(french).toContain('Usages des offres 1 2 3');
      expect(french).toContain('Dépense par usage (€) 15,00 7,50 10,00');
      expect(french.join(' ')).toContain('dont 1 par téléphone, 2 sur feuille de pointage, 0 par coupon');
      const english = lines(await pdfText(en));
      expect(english).toContain('From printed brochures to spending');
      expect(english).toContain('Uses per pass 100% 200% 150%');
      expect(english).toContain('Declared spending (€) 15.00 15.00 30.00');
      expect(english.join(' ')).toContain('of which 1 by phone, 2 from tally sheets, 0 from coupons');
      // legible once printed: nothing in the section under 8 pt
      const words = await pdfWords(fr);
      const title = words.find((w) => w.text === 'brochures');
      const section = words.filter((w) => w.page === title?.page && w.yMin >= (title?.yMin ?? 0) && w.yMin < (title?.yMin ?? 0) + 120);
      expect(Math.min(...section.map(fontSizeOf))).toBeGreaterThanOrEqual(7.9);

      const csv = (table: string, lang: string) =>
        t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/figures.csv?table=${table}&lang=${lang}&${period}`).expect(200);
      const summary = (await csv('summary', 'fr')).text;
      expect(summary).toContain(
        'Usages des offres chez les producteurs;3\r\ndont enregistrés par téléphone;1\r\ndont saisis d’une feuille de pointage;2\r\ndont enregistrés d’un coupon;0',
      );
      const funnel = (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/funnel.csv?compare=1,2&lang=en`).expect(200)).text;
      expect(funnel).toContain('Edition;Accommodation;Copies;');
      expect(funnel).toContain('2 — Brochure d’été;Gîte des Tilleuls;30;5;0,167;1;0,2;2;2;15,00;7,50');
    },
  );
});
