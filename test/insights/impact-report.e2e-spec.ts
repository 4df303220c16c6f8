import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { binary } from '../support/binary.js';
import { factories } from '../support/factories.js';
import { signedInAgent } from '../support/portal.js';
import { hasPoppler, pdfText, pdfWords } from '../support/system-tools.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const asBuffer = (response: { body: unknown }) => response.body as Buffer;

describe('the impact report a coordinator hands to funders (PDF and CSV)', () => {
  let t: TestApp;
  let territoryId: string;
  let coordinator: Member;
  const today = todayIn('Europe/Paris');
  const year = today.slice(0, 4);
  // everything happens today: the default period, the season, is this month up to today
  const seasonStart = `${today.slice(0, 7)}-01`;
  const monthName = (lang: string) => new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(`${seasonStart}T00:00:00Z`));

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (
      await make.territory({ name: 'Pays de Gâtine', funders: ['Région Nouvelle-Aquitaine', 'Fonds LEADER'], contactEmail: 'contact@gatine.test' })
    ).id;
    coordinator = await t.member(territoryId, 'coordinator');
    const gite = (await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' })).id;
    const camping = (await make.accommodation(territoryId, { name: 'Camping du Lac' })).id;
    // 18 producers with one use each (two for the first): more than the report's top 15
    for (let i = 1; i <= 18; i++) {
      const producerId = (await make.producer(territoryId, { name: `Ferme n°${String(i).padStart(2, '0')} — Élevage` })).id;
      const n = String(i).padStart(2, '0');
      const title = { fr: `Panier du marché n°${n}`, en: `Market basket no. ${n}` };
      const offerId = (await make.publishedOffer(producerId, { title, validFrom: `${year}-01-01` })).id;
      const producer = await t.member(territoryId, 'producer', { producerId });
      const uses = i === 1 ? 2 : 1;
      for (let u = 0; u < uses; u++) {
        const pass = await t
          .http()
          .post('/api/v1/passes')
          .send({ accommodationId: i % 2 ? gite : camping, arrival: today, departure: today, guests: 2, lang: 'fr' })
          .expect(201);
        await t
          .as(producer.token)
          .post(`/api/v1/passes/${pass.body.code}/redemptions`)
          .set('idempotency-key', randomUUID())
          // the first producer's first use is a large one: 1 472 € for it, in thousands
          .send({ offerId, amountCents: i === 1 && u === 0 ? 146200 : 1000 })
          .expect(201);
      }
    }
    // the gîte's page opened 3 times today and twice the same day a year earlier: a season to compare with
    await t.dataSource.query(
      `INSERT INTO scans (accommodation_id, territory_id, day, lang, from_qr, count)
       VALUES ($1, $2, $3, 'fr', true, 3), ($1, $2, ($3::date - interval '1 year')::date, 'fr', true, 2)`,
      [gite, territoryId, today],
    );
  });
  afterAll(() => t.close());

  const report = (query = '') => t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/impact-report.pdf${query}`).buffer(true).parse(binary);

  it.skipIf(!hasPoppler)(
    'the PDF holds the period, the key figures, the top producers and hosts, the method and the funders — all inside the page',
    async () => {
      const response = await report().expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="impact-pays-de-gatine-${seasonStart}-${today}-fr.pdf"`);
      const pdf = asBuffer(response);
      const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
      expect(text).toContain('Rapport d’impact');
      expect(text).toContain('Pays de Gâtine');
      expect(text).toContain(`Du 1er ${monthName('fr')} ${year} au`);
      // the key figures stand in tiles, two by two: the words of a row interleave in the extracted text
      for (const words of [
        'usages des offres chez les producteurs',
        'pass remis aux voyageurs',
        'pour 38 voyageurs',
        'de dépenses déclarées chez les producteurs',
      ])
        expect(text).toContain(words);
      // one way of writing numbers: French spaces and decimal commas, never a program's 1472.00
      expect(text).toMatch(/1\s472,00/);
      expect(text).toMatch(/1\s642,00\s€/);
      expect(text).not.toMatch(/\d\.\d\d\b/);
      expect(text).toContain('18 producteurs sur 18 ont accueilli des visiteurs');
      expect(text).toContain('Ferme n°01 — Élevage');
      expect(text).toContain('Producteurs (les 15 premiers)');
      expect(text).not.toContain('Ferme n°18 — Élevage 1 10,00'); // the 16th and after are left to the CSV
      expect(text).toContain('Panier du marché n°01');
      expect(text).toContain('Gîte des Tilleuls');
      expect(text).toContain('Méthode');
      expect(text).toContain('Région Nouvelle-Aquitaine · Fonds LEADER');
      expect(text).toContain('contact@gatine.test');
      const words = await pdfWords(pdf);
      const outside = words.filter((w) => w.xMin < 0 || w.yMin < 0 || w.xMax > w.pageWidth || w.yMax > w.pageHeight);
      expect(outside).toEqual([]);
    },
  );

  it.skipIf(!hasPoppler)('in English, offers by their English titles and English numbers; unchanged figures answer 304', async () => {
    const response = await report('?lang=en').expect(200);
    const text = (await pdfText(asBuffer(response))).replace(/\s+/g, ' ');
    expect(text).toContain('Impact report');
    expect(text).toContain(`From 1 ${monthName('en')} ${year} to`);
    expect(text).toContain('uses of offers at producers');
    expect(text).toContain('Market basket no. 01');
    expect(text).not.toContain('Panier du marché');
    expect(text).toContain('€1,642.00');
    expect(text).toContain('1,472.00');
    expect(text).not.toMatch(/\d,\d\d\b/);
    expect(text).toContain('Uses per 100 openings');
    // the same span a year earlier: 2 openings then, 3 now
    const before = String(Number(year) - 1);
    expect(text).toContain(`${before}: 2 (+50%)`);
    expect(text).toContain(`Same months of ${before}`);
    expect(text).toContain('Method');
    await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/impact-report.pdf?lang=en`).set('if-none-match', response.headers.etag).expect(304);
  });

  it('each table is a CSV a French spreadsheet opens and sums: BOM, semicolons, euros with a decimal comma, every row (not only the top 15)', async () => {
    const response = await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/figures.csv?table=producers`).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(response.text.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('Producteur;Usages des offres;Dépenses déclarées (€)');
    expect(lines).toHaveLength(19);
    expect(lines[1]).toBe('Ferme n°01 — Élevage;2;1472,00');
    const summary = (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/figures.csv?table=summary&lang=en`).expect(200)).text;
    expect(summary).toContain('Uses of offers at producers;19');
    const refused = await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/figures.csv?table=everything`).expect(400);
    expect(refused.body.errors[0].field).toBe('table');
  });

  it('from the member pages: the coordinator downloads the report and a table; a host may not', async () => {
    const agent = await signedInAgent(t, coordinator.email);
    const pdf = await agent.get(`/app/coordinator/${territoryId}/figures/report.pdf?lang=en`).buffer(true).parse(binary).expect(200);
    expect(asBuffer(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    // the report's language is the file's: the member pages stay in the reader's
    expect([pdf.headers['set-cookie'] ?? []].flat().filter((cookie: string) => cookie.startsWith('lang='))).toEqual([]);
    const csv = await agent.get(`/app/coordinator/${territoryId}/figures/table.csv?table=flow`).expect(200);
    expect(csv.text).toContain('Hébergement;Producteur;Usages des offres');
    const host = await t.member(territoryId, 'host');
    const hostAgent = await signedInAgent(t, host.email);
    expect((await hostAgent.get(`/app/coordinator/${territoryId}/figures/report.pdf`)).status).toBe(403);
  });
});
