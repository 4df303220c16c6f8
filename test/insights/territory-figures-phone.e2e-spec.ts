/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { hasChromium, sharedChromium, PHONE, signInInBrowser } from '../support/browser.js';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const ACCOMMODATIONS = 200;
const PRODUCERS = 20;

/**
 * Copies of a row made through the API, `count` of them in one statement: every column copied
 * except the generated ones, those given in `set` (SQL over the copy number `n` and the row `x`).
 */
async function copies(t: TestApp, table: string, id: string, count: number, set: Record<string, string>): Promise<void> {
  const columns = (
    await t.dataSource.query<{ name: string }[]>(
      `SELECT column_name AS name FROM information_schema.columns WHERE table_name = $1 AND is_generated = 'NEVER' AND column_name <> 'id' ORDER BY ordinal_position`,
      [table],
    )
  ).map((c) => c.name);
  const values = columns.map((column) => set[column] ?? `x.${column}`);
  await t.dataSource.query(
    `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${table} x, generate_series(1, ${count}) n WHERE x.id = $1`,
    [id],
  );
}

describe.skipIf(!hasChromium)('a large territory’s figures on a phone (headless Chromium)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let coordinator: Member;
  let territoryId: string;
  const today = todayIn('Europe/Paris');
  const seasonStart = `${today.slice(0, 7)}-01`;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Grand Pays' })).id;
    coordinator = await t.member(territoryId, 'coordinator');
    // one of each through the API, then hundreds of copies by SQL: every host → producer pair used once
    const producer = await make.producer(territoryId, { name: 'Ferme modèle' });
    const offer = await make.publishedOffer(producer.id, { validFrom: `${today.slice(0, 4)}-01-01`, title: { fr: 'Panier', en: 'Basket' } });
    const gite = await make.accommodation(territoryId, { name: 'Gîte modèle' });
    const pass = (await t.http().post('/api/v1/passes').send({ accommodationId: gite.id, arrival: today, departure: today, guests: 2, lang: 'fr' }).expect(201))
      .body;
    const member = await t.member(territoryId, 'producer', { producerId: producer.id });
    const use = (
      await t
        .as(member.token)
        .post(`/api/v1/passes/${pass.code}/redemptions`)
        .set('idempotency-key', randomUUID())
        .send({ offerId: offer.id, amountCents: 1250 })
        .expect(201)
    ).body;
    const named = (prefix: string) => `'${prefix} n°' || lpad(n::text, 3, '0') || ' — ' || x.name`;
    await copies(t, 'producers', producer.id, PRODUCERS - 1, { name: named('Ferme'), slug: `x.slug || '-' || n`, code: 'tp_short_code(8)' });
    await copies(t, 'accommodations', gite.id, ACCOMMODATIONS - 1, {
      name: named('Gîte'),
      slug: `x.slug || '-' || n`,
      code: 'tp_short_code(8)',
      commune: `'Commune ' || (n % 25)`,
    });
    await t.dataSource.query(`
      INSERT INTO offers (territory_id, producer_id, title, kind, value, valid_from, status)
      SELECT p.territory_id, p.id, o.title, o.kind, o.value, o.valid_from, 'published' FROM producers p, offers o
       WHERE p.territory_id = '${territoryId}' AND o.id = '${offer.id}' AND p.id <> o.producer_id`);
    await t.dataSource.query(`
      INSERT INTO passes (territory_id, accommodation_id, arrival, departure, guests, lang)
      SELECT a.territory_id, a.id, x.arrival, x.departure, x.guests, x.lang FROM accommodations a, passes x
       WHERE a.territory_id = '${territoryId}' AND x.id = '${pass.id}' AND a.id <> x.accommodation_id`);
    // uses are history here: the trigger that checks a use happens today is off for this statement's transaction only
    await t.dataSource.transaction(async (tx) => {
      await tx.query('ALTER TABLE redemptions DISABLE TRIGGER redemptions_check');
      await tx.query(`
        INSERT INTO redemptions (territory_id, pass_id, offer_id, producer_id, accommodation_id, redeemed_on, amount_cents, idempotency_key)
        SELECT p.territory_id, p.id, o.id, o.producer_id, p.accommodation_id, x.redeemed_on, x.amount_cents, gen_random_uuid()::text
          FROM passes p JOIN offers o ON o.territory_id = p.territory_id, redemptions x
         WHERE p.territory_id = '${territoryId}' AND x.id = '${use.id}' AND NOT (p.id = x.pass_id AND o.id = x.offer_id)`);
      await tx.query('ALTER TABLE redemptions ENABLE TRIGGER redemptions_check');
    });
    // page openings this season and, fewer, the same day a year earlier: a season to compare with
    await t.dataSource.query(`
      INSERT INTO scans (accommodation_id, territory_id, day, lang, from_qr, count)
      SELECT a.id, a.territory_id, d.day, 'fr', true, d.count FROM accommodations a,
             (VALUES ('${today}'::date, 3), (('${today}'::date - interval '1 year')::date, 2)) AS d(day, count)
       WHERE a.territory_id = '${territoryId}'`);
    base = await t.listen();
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('shows its period first, keeps every table’s headers, and stays a few screens long with thousands of host → producer pairs', async () => {
    const figures = (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/figures`).expect(200)).body;
    expect(figures.flow).toHaveLength(ACCOMMODATIONS * PRODUCERS);
    expect(figures.previous).toMatchObject({ scans: 2 * ACCOMMODATIONS, redemptions: 0 });

    const page = await (await browser.newContext({ ...PHONE, locale: 'en-GB' })).newPage();
    const path = `/app/coordinator/${territoryId}/figures`;
    await signInInBrowser(page, base, coordinator.email, 'en', path);
    const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(`${seasonStart}T00:00:00Z`));
    const period = page.locator('p.period');
    expect(await period.textContent()).toContain(`Period shown: 1 ${month} ${seasonStart.slice(0, 4)} – `);
    // the period is the first thing under the title, before the form
    expect((await period.boundingBox())!.y).toBeLessThan(844);
    expect(await page.getByText(`${Number(seasonStart.slice(0, 4)) - 1}: 400 (+50%)`).count()).toBe(1);

    // every table, as a table or as cards, shows each number beside its column's name
    const tables = await page.evaluate(() =>
      [...document.querySelectorAll('main table')]
        .filter((table) => !table.closest('details'))
        .map((table) => {
          const headers = [...table.querySelectorAll('th')].map((th) => th.textContent ?? '');
          const headersShown = [...table.querySelectorAll('th')].every((th) => th.getBoundingClientRect().height > 1);
          const cellsLabelled = [...table.querySelectorAll('tbody tr')].every((row) =>
            [...row.querySelectorAll('td')].every((td, column) => column === 0 || getComputedStyle(td, '::before').content === JSON.stringify(headers[column])),
          );
          return { title: table.closest('section')?.querySelector('h2')?.textContent, headersShown, cellsLabelled };
        }),
    );
    // (no host has an account here: "Hosts" says there is nothing, without a table)
    expect(tables.map((table) => table.title)).toEqual([
      'By commune',
      'Producers',
      'Offers',
      'Accommodations',
      'From accommodations to producers',
      'Visits of the public site (0)',
    ]);
    for (const table of tables) expect(table.headersShown || table.cellsLabelled, table.title ?? '').toBe(true);
    expect(await page.getByRole('link', { name: `All ${(ACCOMMODATIONS * PRODUCERS).toLocaleString('en-GB')} rows as CSV` }).count()).toBe(1);

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(6_000);
  });
});
