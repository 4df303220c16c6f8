import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binary } from '../support/binary.js';
import { factories, type Place } from '../support/factories.js';
import { signedInAgent } from '../support/portal.js';
import { fontSizeOf, hasPoppler, hasZbar, pdfQrCodes, pdfWords } from '../support/system-tools.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const run = promisify(execFile);
const DATE = '2026-07-14';
const SEASON = { validFrom: '2026-04-01', validTo: '2026-10-31' };
const MM = 72 / 25.4;
const A4_LANDSCAPE = [841.89, 595.28];

/** The darkest pixel within `mm` of the paper's edge on each page, rendered in grey at 50 dpi (255: white). */
async function inkNearEdge(pdf: Buffer, mm: number): Promise<number[]> {
  const folder = await mkdtemp(join(tmpdir(), 'terroir-edge-'));
  try {
    await writeFile(join(folder, 'document.pdf'), pdf);
    const { stdout } = await run('pdfinfo', [join(folder, 'document.pdf')]);
    const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
    const darkest: number[] = [];
    for (let page = 1; page <= pages; page++) {
      await run('pdftoppm', ['-r', '50', '-gray', '-f', String(page), '-l', String(page), '-singlefile', join(folder, 'document.pdf'), join(folder, 'page')]);
      // binary PGM: "P5", width, height, maximum, then one byte per pixel
      const image = await readFile(join(folder, 'page.pgm'));
      const [, width, height] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.toString('latin1', 0, 40))!.map(Number);
      const pixels = image.subarray(image.length - width * height);
      const band = Math.ceil((mm / 25.4) * 50);
      let min = 255;
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) if (x < band || y < band || x >= width - band || y >= height - band) min = Math.min(min, pixels[y * width + x]);
      darkest.push(min);
    }
    return darkest;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe.skipIf(!hasPoppler || !hasZbar)('printed matter a cheap printer and a photocopy keep legible', () => {
  let t: TestApp;
  let host: Member;
  let gite: Place;
  let territory: Place;
  const producers: Place[] = [];
  const brochure = (query: string) =>
    t
      .as(host.token)
      .get(`/api/v1/accommodations/${gite.id}/brochure.pdf?date=${DATE}&${query}`)
      .buffer(true)
      .parse(binary)
      .then((response) => {
        expect(response.status, query).toBe(200);
        return response.body as Buffer;
      });

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territory = await make.territory({
      name: 'Les Bons Plans de Gâtine',
      contactEmail: 'contact@gatine.test',
      funders: ['Région Nouvelle-Aquitaine', 'Fonds LEADER', 'Département des Deux-Sèvres'],
    });
    const territoryId = territory.id;
    gite = await make.accommodation(territoryId, {
      name: 'Chambres d’hôtes du Moulin',
      latitude: 46.576,
      longitude: -0.265,
      commune: 'Vasles',
      postcode: '79340',
    });
    // enough producers for two pages of entries in A5, each with a long description and an offer whose title says it all
    for (let i = 0; i < 5; i++) {
      const producer = await make.producer(territoryId, {
        name: `Miellerie n° ${i + 1}`,
        categories: ['honey'],
        commune: 'Azay-sur-Thouet',
        postcode: '79130',
        latitude: 46.62 + i / 80,
        longitude: -0.36 + i / 90,
        phone: '+33 5 49 00 00 01',
        openingHours: 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00',
        description: { fr: 'Miels de printemps, de châtaignier et de bruyère récoltés dans le bocage. '.repeat(3) },
      });
      producers.push(producer);
      await make.publishedOffer(producer.id, {
        title: { fr: '1,50 € offert dès 12 € d’achat', en: '€1.50 off from €12' },
        kind: 'amount_off',
        value: 150,
        minPurchaseCents: 1200,
        conditions: { fr: 'Sur présentation du pass, dans la limite des stocks.' },
        ...SEASON,
      });
    }
    host = await t.member(territoryId, 'host', { accommodationIds: [gite.id] });
    // the brochure as it is mostly printed: a logo, photos for most producers and the gîte, funders with and without a logo
    const upload = (path: string, bytes: Buffer) =>
      t.http().put(`/api/v1${path}`).attach('file', bytes, { filename: 'image', contentType: 'image/jpeg' }).expect(200);
    const photo = (width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
        .jpeg()
        .toBuffer();
    const logo = (width: number, height: number, colour: string) =>
      sharp({ create: { width, height, channels: 4, background: colour } })
        .png()
        .toBuffer();
    await upload(`/territories/${territoryId}/logo`, await logo(400, 400, '#2a6'));
    await upload(`/territories/${territoryId}/funders/0/logo`, await logo(600, 200, '#c33'));
    await upload(`/territories/${territoryId}/funders/1/logo`, await logo(200, 300, '#06c'));
    await upload(`/accommodations/${gite.id}/photo`, await photo(1200, 800));
    for (const producer of producers.slice(0, 4)) await upload(`/producers/${producer.id}/photo`, await photo(800, 600));
  });
  afterAll(() => t.close());

  const FORMATS = ['format=A4', 'format=A5', 'format=A5&imposition=booklet'];

  it('every QR code decodes at 100 dpi without anti-aliasing, in A4, A5 and booklets (the cover’s and each producer’s) and on the QR card', async () => {
    const expected = [
      `http://terroir.test/v/${gite.code}?qr=1`,
      ...producers.map((p) => `http://terroir.test/f/${p.code}?qr=1`),
      `http://terroir.test/t/${territory.code}?qr=1`,
    ].sort();
    for (const query of FORMATS) {
      const codes = (await pdfQrCodes(await brochure(query), 100, { antialias: false })).flat().sort();
      expect(codes, query).toEqual(expected);
    }
    const card = await t.as(host.token).get(`/api/v1/accommodations/${gite.id}/qr-card.pdf`).buffer(true).parse(binary);
    expect((await pdfQrCodes(card.body as Buffer, 100, { antialias: false })).flat()).toEqual([`http://terroir.test/v/${gite.code}?qr=1`]);
  });

  it('prints no text under 8 pt and nothing within 5 mm of the paper’s edge, in A4, A5 and booklets', async () => {
    for (const query of FORMATS) {
      const pdf = await brochure(query);
      // with its images: the logo, the funders' two, the gîte's photo and four producers' (a booklet prints a producer's photo on the cover too)
      expect(pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length, query).toBeGreaterThanOrEqual(8);
      const words = await pdfWords(pdf);
      expect(words.length, query).toBeGreaterThan(200);
      const small = words.filter((w) => fontSizeOf(w) < 7.95).map((w) => `${w.text} (${fontSizeOf(w).toFixed(1)} pt)`);
      expect(small, query).toEqual([]);
      const nearEdge = words.filter((w) => Math.min(w.xMin, w.yMin, w.pageWidth - w.xMax, w.pageHeight - w.yMax) < 5 * MM).map((w) => w.text);
      expect(nearEdge, query).toEqual([]);
      // nor any shape (a number's badge, the cover's band): the 5 mm along the edge stay white
      expect(new Set(await inkNearEdge(pdf, 5)), query).toEqual(new Set([255]));
    }
  });

  it('prints under every QR code the address a guest can type (brochure and QR card), and each offer in one phrase', async () => {
    const words = await pdfWords(await brochure('format=A5&lang=fr'));
    const pageOf = (text: string) => words.find((w) => w.text === text)?.page;
    expect(pageOf(`terroir.test/v/${gite.code}`)).toBe(1);
    // and on the QR card
    const card = await t.as(host.token).get(`/api/v1/accommodations/${gite.id}/qr-card.pdf`).buffer(true).parse(binary);
    expect((await pdfWords(card.body as Buffer)).map((w) => w.text)).toContain(`terroir.test/v/${gite.code}`);
    for (const producer of producers) expect(pageOf(`terroir.test/f/${producer.code}`), producer.code).toBeGreaterThan(1);
    const text = words.map((w) => w.text).join(' ');
    expect(text.split('1,50 € offert dès 12 € d’achat').length - 1).toBe(producers.length);
    expect(text).not.toContain('de remise');
  });

  it('a booklet is A5 pages on A4 landscape sheets, even when A4 pages were asked: never A3', async () => {
    for (const query of ['format=A5&imposition=booklet', 'format=A4&imposition=booklet']) {
      const words = await pdfWords(await brochure(query));
      const sheets = new Set(words.map((w) => `${Math.round(w.pageWidth)}×${Math.round(w.pageHeight)}`));
      expect([...sheets], query).toEqual([A4_LANDSCAPE.map(Math.round).join('×')]);
    }
  });

  it('the host’s print page offers the booklet with how to print it, and gives it', async () => {
    const agent = await signedInAgent(t, host.email);
    const page = await agent.get(`/app/host/accommodations/${gite.id}/print`).expect(200);
    expect(page.text).toContain('<option value="booklet" >Livret A5 sur feuilles A4</option>');
    expect(page.text).toContain('imprimez en recto verso, retournement sur le bord court');
    const booklet = await agent.get(`/app/host/accommodations/${gite.id}/brochure.pdf?lang=fr&format=A4&imposition=booklet`).buffer(true).parse(binary);
    expect(booklet.status).toBe(200);
    expect(booklet.headers['content-disposition']).toContain('-fr-A5-booklet.pdf');
    expect(Math.round((await pdfWords(booklet.body as Buffer))[0].pageWidth)).toBe(842);
  });
});
