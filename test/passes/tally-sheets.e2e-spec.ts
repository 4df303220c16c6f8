import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { CODE_ALPHABET } from '#directory';
import { binary } from '../support/binary.js';
import { hasChromium, sharedChromium, signInInBrowser } from '../support/browser.js';
import { factories, type Place } from '../support/factories.js';
import { signedInAgent, submit } from '../support/portal.js';
import { fontSizeOf, hasPoppler, pdfText, pdfWords } from '../support/system-tools.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';
import { shiftDays } from '../support/calendar.js';

const written = (date: string) => date.split('-').reverse().join('/');

/** The code with one character swapped for another of the alphabet: a slip of the pen. */
const slip = (code: string) => `${code.slice(0, 3)}${CODE_ALPHABET[(CODE_ALPHABET.indexOf(code[3]) + 1) % CODE_ALPHABET.length]}${code.slice(4)}`;

describe('tally sheets: uses written on paper at the counter, typed in later', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let territoryId: string;
  let gite: Place;
  let producerId: string;
  let producer: Member;
  let coordinator: Member;
  let cheese: { id: string };
  let visit: { id: string };
  let foreignPass: string;
  const today = todayIn('Europe/Paris');
  const season = { validFrom: shiftDays(today, -60), validTo: shiftDays(today, 30) };

  const issue = async (arrival: string, departure: string, accommodationId = gite.id) => {
    const response = await t.http().post('/api/v1/passes').send({ accommodationId, arrival, departure, guests: 2, lang: 'fr' });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as { code: string; id: string };
  };
  const typeIn = (lines: object[], key = randomUUID(), as = producer) =>
    t.as(as.token).post(`/api/v1/producers/${producerId}/tally`).set('idempotency-key', key).set('accept-language', 'en').send({ lines });
  const tallyUses = async () =>
    (await t.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM redemptions WHERE recorded_via = 'tally_sheet'`))[0].count;

  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    const elsewhere = (await make.territory({ name: 'Bocage' })).id;
    gite = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' });
    producerId = (await make.producer(territoryId, { name: 'Chèvrerie des Brandes' })).id;
    producer = await t.member(territoryId, 'producer', { producerId });
    coordinator = await t.member(territoryId, 'coordinator');
    cheese = await make.publishedOffer(producerId, { title: { fr: 'Fromages de chèvre', en: 'Goat cheeses' }, value: 10, usesPerPass: 1, ...season });
    visit = await make.publishedOffer(producerId, {
      title: { fr: 'Visite de la traite', en: 'Milking visit' },
      kind: 'visit',
      value: null,
      usesPerPass: 3,
      ...season,
    });
    foreignPass = (await issue(shiftDays(today, -5), today, (await make.accommodation(elsewhere, { name: 'Gîte du Bocage' })).id)).code;
  });
  afterAll(() => t.close());

  it('a sheet with a mistyped code, a code of another territory and a use beyond the offer’s limit is refused line by line, and nothing is recorded until those lines are removed', async () => {
    const stay = await issue(shiftDays(today, -6), shiftDays(today, 1));
    const other = await issue(shiftDays(today, -3), shiftDays(today, 3));
    const lines = [
      { code: stay.code.toUpperCase(), date: shiftDays(today, -5), offerId: cheese.id, amountCents: 1250 },
      { code: slip(other.code), date: shiftDays(today, -2), offerId: visit.id },
      { code: foreignPass, date: shiftDays(today, -1), offerId: visit.id },
      { code: stay.code, date: shiftDays(today, -4), offerId: cheese.id, amountCents: 800 },
      { code: other.code, date: shiftDays(today, -1), offerId: visit.id, amountCents: 3000 },
    ];
    const refused = await typeIn(lines);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)).toEqual([
      'lines[1].code code_mistyped',
      'lines[2].code pass_of_other_territory',
      'lines[3].offerId offer_used_up',
    ]);
    expect(await tallyUses()).toBe(0);

    const kept = [lines[0], lines[4]];
    const recorded = await typeIn(kept);
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(
      recorded.body.redemptions.map((r: { redeemedOn: string; recordedVia: string; amountCents: number }) => [r.redeemedOn, r.recordedVia, r.amountCents]),
    ).toEqual([
      [shiftDays(today, -5), 'tally_sheet', 1250],
      [shiftDays(today, -1), 'tally_sheet', 3000],
    ]);
    const audited = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM audit_entries WHERE entity_type = 'redemption' AND entity_id = ANY($1) AND actor_id = $2`,
      [recorded.body.redemptions.map((r: { id: string }) => r.id), producer.userId],
    );
    expect(audited[0].count).toBe(2);

    // the sheet sent again (a double click, a retry) records nothing more
    const key = randomUUID();
    const [first, second] = [
      await typeIn([{ code: other.code, date: today, offerId: visit.id }], key),
      await typeIn([{ code: other.code, date: today, offerId: visit.id }], key),
    ];
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.redemptions[0].id).toBe(first.body.redemptions[0].id);
    expect(await tallyUses()).toBe(3);

    // a phone use is still the day it is recorded, whatever it sends
    const phone = await t.as(producer.token).post(`/api/v1/passes/${stay.code}/redemptions`).set('idempotency-key', randomUUID()).send({ offerId: visit.id });
    expect(phone.status).toBe(201);
    expect(phone.body).toMatchObject({ redeemedOn: today, recordedVia: 'phone' });

    const figures = await t.as(producer.token).get(`/api/v1/producers/${producerId}/figures?from=${shiftDays(today, -30)}&to=${today}`);
    expect(figures.body).toMatchObject({ redemptions: 4, usesRecordedVia: { phone: 1, tallySheet: 3, coupon: 0 } });
    const territory = await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/figures?from=${shiftDays(today, -30)}&to=${today}`);
    expect(territory.body).toMatchObject({ redemptions: 4, usesRecordedVia: { phone: 1, tallySheet: 3, coupon: 0 } });
  });

  it('a day written in the future, or before the guests’ arrival, is refused on its line', async () => {
    const stay = await issue(shiftDays(today, -2), shiftDays(today, 5));
    const refused = await typeIn([
      { code: stay.code, date: shiftDays(today, 1), offerId: visit.id },
      { code: stay.code, date: shiftDays(today, -3), offerId: visit.id },
      { code: stay.code, date: shiftDays(today, -200), offerId: visit.id },
    ]);
    expect(refused.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)).toEqual([
      'lines[0].date date_in_future',
      'lines[1].date date_before_stay',
      'lines[2].date date_too_old',
    ]);
    expect(refused.body.errors[1].message).toContain(shiftDays(today, -2));
    // the trigger itself refuses a day out of bounds, whoever inserts
    await expect(
      t.dataSource.query(
        `INSERT INTO redemptions (pass_id, offer_id, redeemed_on, recorded_via, idempotency_key, territory_id, producer_id, accommodation_id)
         VALUES ($1, $2, $3, 'tally_sheet', 'direct-insert', $4, $5, $6)`,
        [stay.id, visit.id, shiftDays(today, 1), territoryId, producerId, gite.id],
      ),
    ).rejects.toMatchObject({ driverError: { code: 'TPR09' } });
  });

  it('in the member pages, a coordinator types a producer’s sheet: each problem beside its line with what was typed, nothing recorded, then the sheet once corrected', async () => {
    const stay = await issue(shiftDays(today, -4), today);
    const agent = await signedInAgent(t, coordinator.email);
    const path = `/app/producer/${producerId}/tally`;
    const before = await tallyUses();
    const wrong = await submit(agent, path, {
      key: randomUUID(),
      'code-1': stay.code,
      'date-1': written(shiftDays(today, -3)).slice(0, 5),
      'offer-1': '2',
      'amount-1': '12,50',
      'code-2': slip(stay.code),
      'date-2': written(shiftDays(today, -2)),
      'offer-2': '2',
      'code-3': stay.code,
      'date-3': '31/02',
      'offer-3': '7',
    });
    expect(wrong.status).toBe(400);
    const lineOf = (row: number) =>
      /<tr>\s*<th scope="row" id="tally-row-(\d+)"[\s\S]*?<\/tr>/g.exec(wrong.text.slice(wrong.text.indexOf(`id="tally-row-${row}"`) - 30))?.[0] ?? '';
    expect(lineOf(1)).not.toContain('class="error"');
    expect(lineOf(2)).toContain('faute de frappe');
    expect(lineOf(2)).toContain(`value="${slip(stay.code)}"`);
    expect(lineOf(3)).toContain('jour/mois');
    expect(lineOf(3)).toContain('Aucun bon plan de la feuille n’a ce numéro');
    expect(await tallyUses()).toBe(before);

    const right = await submit(agent, path, {
      key: randomUUID(),
      'code-1': stay.code,
      'date-1': written(shiftDays(today, -3)).slice(0, 5),
      'offer-1': '2',
      'amount-1': '12,50',
    });
    expect(right.status).toBe(303);
    expect(right.headers.location).toBe(`${path}?done=1`);
    const [use] = await t.dataSource.query<{ redeemed_on: string; amount_cents: number; recorded_by: string }[]>(
      `SELECT redeemed_on, amount_cents, recorded_by FROM redemptions WHERE pass_id = $1`,
      [stay.id],
    );
    expect(use).toEqual({ redeemed_on: shiftDays(today, -3), amount_cents: 1250, recorded_by: coordinator.userId });
  });

  it.skipIf(!hasPoppler)('the tally sheet lists the producer’s offers, numbered, with 30 lines to write in, no text under 8 pt', async () => {
    const response = await t.as(producer.token).get(`/api/v1/producers/${producerId}/tally-sheet.pdf?lang=en`).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    const text = (await pdfText(response.body as Buffer)).replace(/\s+/g, ' ');
    expect(text).toContain('Tally sheet of offers used — Chèvrerie des Brandes');
    expect(text).toMatch(/1 −10% — Goat cheeses/);
    expect(text).toMatch(/2 Free: Milking visit/);
    expect(text).toMatch(/ 30 /);
    const small = (await pdfWords(response.body as Buffer)).filter((w) => fontSizeOf(w) < 7.95).map((w) => w.text);
    expect(small, 'no text under 8 pt').toEqual([]);
  });

  describe.skipIf(!hasChromium)('typed by keyboard in Chromium', () => {
    it('a producer types a week of uses (12 lines, Tab between fields) in well under two minutes', async () => {
      const stays = await Promise.all(Array.from({ length: 6 }, () => issue(shiftDays(today, -6), today)));
      const base = await t.listen();
      const browser = await sharedChromium();
      try {
        const page = await browser.newPage({ locale: 'fr-FR' });
        await signInInBrowser(page, base, producer.email, 'fr', `/app/producer/${producerId}/tally`);
        const started = Date.now();
        await page.locator('#f-code-1').focus();
        for (let i = 0; i < 12; i++) {
          const stay = stays[i % 6];
          const fields = [stay.code.toUpperCase(), written(shiftDays(today, -(i % 6))).slice(0, 5), i < 6 ? '1' : '2', i % 3 ? `${10 + i},50` : ''];
          for (const value of fields) {
            if (value) await page.keyboard.type(value);
            await page.keyboard.press('Tab');
          }
        }
        await page.getByRole('button', { name: 'Enregistrer la feuille' }).click();
        await page.waitForLoadState();
        const seconds = (Date.now() - started) / 1000;
        expect(await page.locator('main').textContent()).toContain('12 usages enregistrés');
        console.info(`a week of uses (12 lines) typed and recorded in ${seconds.toFixed(1)} s by the keyboard robot`);
        expect(seconds).toBeLessThan(120);
      } finally {
        await browser.close();
      }
    }, 60_000);
  });
});
