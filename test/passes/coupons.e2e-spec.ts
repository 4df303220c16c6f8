import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { degrees, PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { checkedCode, CODE_ALPHABET, codeForReaders } from '#directory';
import { binary } from '../support/binary.js';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent, submit } from '../support/portal.js';
import { fontSizeOf, hasPoppler, pdfWords } from '../support/system-tools.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const run = promisify(execFile);

interface Line {
  line: number;
  serial: string | null;
  outcome: string;
  message: string;
  source?: string;
  accommodationName: string | null;
  edition: number | null;
}
interface Pile {
  recorded: boolean;
  counts: Record<string, number>;
  lines: Line[];
  pages?: { source: string; codes: number; milliseconds: number }[];
}

/** Each page of a PDF rendered at `dpi` (with pdftoppm's `options`), as PNG files' bytes. */
async function pagesAt(pdf: Buffer, dpi: number, options: string[] = []): Promise<Buffer[]> {
  const folder = await mkdtemp(join(tmpdir(), 'terroir-coupons-'));
  try {
    await writeFile(join(folder, 'sheet.pdf'), pdf);
    await run('pdftoppm', ['-r', String(dpi), ...options, '-png', join(folder, 'sheet.pdf'), join(folder, 'page')]);
    const names = (await readdir(folder)).filter((name) => name.endsWith('.png')).sort();
    return Promise.all(names.map((name) => readFile(join(folder, name))));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The serial with one character swapped for another of the alphabet: a slip of the pen. */
const slip = (serial: string) => `${serial.slice(0, 4)}${CODE_ALPHABET[(CODE_ALPHABET.indexOf(serial[4]) + 1) % CODE_ALPHABET.length]}${serial.slice(5)}`;

describe.skipIf(!hasPoppler)('coupons: printed with an edition, torn off at the producers’, recorded in bulk at the season’s end', () => {
  let t: TestApp;
  let territoryId: string;
  let coordinator: Member;
  let edition: { id: string; number: number };
  const gites: { id: string; name: string }[] = [];
  const serials = new Map<string, string>();
  const today = todayIn('Europe/Paris');

  const couponUses = async () =>
    (await t.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM redemptions WHERE recorded_via = 'coupon' AND voided_at IS NULL`))[0]
      .count;
  const sheetOf = async (accommodationId: string) =>
    (await t.as(coordinator.token).get(`/api/v1/editions/${edition.id}/accommodations/${accommodationId}/coupons.pdf`).buffer(true).parse(binary).expect(200))
      .body as Buffer;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    coordinator = await t.member(territoryId, 'coordinator');
    const season = { validFrom: `${today.slice(0, 4)}-01-01` };
    const goats = (await make.producer(territoryId, { name: 'Chèvrerie des Brandes' })).id;
    await make.publishedOffer(goats, { title: { fr: 'Fromages de chèvre −10 %', en: 'Goat cheeses −10%' }, ...season });
    const honey = (await make.producer(territoryId, { name: 'Miellerie d’Azay' })).id;
    await make.publishedOffer(honey, { title: { fr: 'Un pot de miel offert', en: 'A free jar of honey' }, kind: 'gift', value: null, ...season });
    for (const name of ['Gîte des Tilleuls', 'Camping du Lac']) gites.push({ id: (await make.accommodation(territoryId, { name })).id, name });
    edition = (await t.as(coordinator.token).post(`/api/v1/territories/${territoryId}/editions`).send({ name: 'Saison', format: 'A5', lang: 'fr' }).expect(201))
      .body as typeof edition;
    await t.as(coordinator.token).put(`/api/v1/editions/${edition.id}/copies/${gites[0].id}`).send({ copies: 4 }).expect(200);
    await t.as(coordinator.token).put(`/api/v1/editions/${edition.id}/copies/${gites[1].id}`).send({ copies: 2 }).expect(200);

    // one coupon per offer per copy, for every host with copies; issuing again makes nothing more
    const issued = await t.as(coordinator.token).post(`/api/v1/editions/${edition.id}/coupons`).send({}).expect(200);
    expect(issued.body).toMatchObject({ offers: 2, issued: 12 });
    const again = await t.as(coordinator.token).post(`/api/v1/editions/${edition.id}/coupons`).send({}).expect(200);
    expect(again.body.issued).toBe(0);
    expect(again.body.hosts.map((h: { name: string; copies: number; coupons: number }) => [h.name, h.copies, h.coupons])).toEqual([
      ['Camping du Lac', 2, 4],
      ['Gîte des Tilleuls', 4, 8],
    ]);
    for (const row of await t.dataSource.query<{ serial: string; name: string }[]>(
      `SELECT c.serial, a.name FROM coupons c JOIN accommodations a ON a.id = c.accommodation_id`,
    ))
      serials.set(row.serial, row.name);
  });
  afterAll(() => t.close());

  it('typed serials: a slip of the check character and an unknown serial are named on their lines; the valid ones are previewed, then recorded', async () => {
    const [first, second] = [...serials.keys()];
    const lines = [{ serial: codeForReaders(first).toLowerCase() }, { serial: slip(second) }, { serial: checkedCode(9) }, { serial: second, date: today }];
    const send = (record: boolean) =>
      t.as(coordinator.token).post(`/api/v1/territories/${territoryId}/coupons/uses`).set('accept-language', 'en').send({ lines, record }).expect(200);

    const preview = (await send(false)).body as Pile;
    expect(preview.lines.map((l) => l.outcome)).toEqual(['valid', 'mistyped', 'unknown', 'valid']);
    expect(preview.lines[1].message).toMatch(/typing mistake/);
    expect(preview.lines[0]).toMatchObject({ serial: first, accommodationName: serials.get(first), edition: edition.number });
    expect(await couponUses()).toBe(0);

    const recorded = (await send(true)).body as Pile;
    expect(recorded.recorded).toBe(true);
    expect(recorded.counts).toEqual({ recorded: 2, mistyped: 1, unknown: 1 });
    expect(await couponUses()).toBe(2);
  });

  it('a PDF of scanned coupons, rotated and at 150 dpi, decodes every serial; a coupon scanned twice, or typed before, counts once', async () => {
    // the sheets as printed, scanned at 150 dpi by an office scanner: turned, slightly askew, one sheet fed twice
    const sheets = [await sheetOf(gites[0].id), await sheetOf(gites[1].id)];
    const pages = [...(await pagesAt(sheets[0], 150)), ...(await pagesAt(sheets[1], 150))];
    expect(pages).toHaveLength(2);
    // as printed: no text under 8 pt, nothing within 5 mm of the paper's edge
    const words = await pdfWords(sheets[0]);
    expect(Math.min(...words.map(fontSizeOf))).toBeGreaterThan(7.9);
    const edge = (5 * 72) / 25.4;
    for (const w of words)
      expect(
        [w.xMin, w.yMin, w.pageWidth - w.xMax, w.pageHeight - w.yMax].every((gap) => gap >= edge),
        w.text,
      ).toBe(true);
    // and a photocopy's: 100 dpi, each pixel black or white
    const [photocopy] = await pagesAt(sheets[0], 100, ['-aa', 'no', '-aaVector', 'no']);
    const scan = await PDFDocument.create();
    const fed = [
      { page: pages[0], angle: 90, as: 'jpeg', dpi: 150 },
      { page: pages[1], angle: -4, as: 'png', dpi: 150 },
      { page: pages[0], angle: 183, as: 'jpeg', dpi: 150 },
      { page: photocopy, angle: 0, as: 'png', dpi: 100 },
    ] as const;
    for (const { page, angle, as, dpi } of fed) {
      const turned = sharp(page).rotate(angle, { background: '#ffffff' }).flatten({ background: '#ffffff' });
      const image = as === 'jpeg' ? await scan.embedJpg(await turned.jpeg({ quality: 85 }).toBuffer()) : await scan.embedPng(await turned.png().toBuffer());
      // a scanner's page: its image at its resolution
      const size = { width: (image.width * 72) / dpi, height: (image.height * 72) / dpi };
      scan.addPage([size.width, size.height]).drawImage(image, { x: 0, y: 0, ...size });
    }
    // some drivers turn the page itself a quarter
    scan.getPage(0).setRotation(degrees(90));
    const pdf = Buffer.from(await scan.save());

    const upload = await t
      .as(coordinator.token)
      .post(`/api/v1/territories/${territoryId}/coupons/scans`)
      .set('accept-language', 'en')
      .field('record', 'true')
      .attach('files', pdf, { filename: 'pile.pdf', contentType: 'application/pdf' });
    expect(upload.status, JSON.stringify(upload.body)).toBe(200);
    const pile = upload.body as Pile;
    expect(pile.pages?.map((p) => [p.source, p.codes])).toEqual([
      ['pile.pdf p. 1', 8],
      ['pile.pdf p. 2', 4],
      ['pile.pdf p. 3', 8],
      ['pile.pdf p. 4', 8],
    ]);
    const decoded = new Set(pile.lines.map((l) => l.serial));
    expect([...decoded].sort()).toEqual([...serials.keys()].sort());
    // the two typed before are already recorded; the third and fourth pages repeat the first
    expect(pile.counts).toEqual({ recorded: 10, already_recorded: 2, repeated: 16 });
    for (const line of pile.lines.filter((l) => l.outcome === 'recorded')) expect(line.accommodationName).toBe(serials.get(line.serial as string));
    expect(await couponUses()).toBe(12);
    // a file told by its content, not its name
    const fake = await t
      .as(coordinator.token)
      .post(`/api/v1/territories/${territoryId}/coupons/scans`)
      .attach('files', Buffer.from('a list of serials'), { filename: 'pile.png', contentType: 'image/png' });
    expect([fake.status, fake.body.errors?.[0]?.field, fake.body.errors?.[0]?.code]).toEqual([400, 'files[0]', 'scan_format']);
    console.info(`coupons: decoded ${pile.pages?.map((p) => `${p.source} ${p.milliseconds} ms`).join(', ')}`);
  });

  it('in the member pages, the coordinator prints a host’s sheet, types serials (a slip said beside its line) and sends a scan to check', async () => {
    const browser = await signedInAgent(t, coordinator.email);
    const path = `/app/coordinator/${territoryId}/coupons`;
    const page = await browser.get(`${path}?edition=${edition.number}`).expect(200);
    expect(page.text).toContain('Gîte des Tilleuls');
    const sheet = /href="([^"]*sheet\.pdf[^"]*)"/.exec(page.text)?.[1].replaceAll('&amp;', '&');
    const pdf = await browser
      .get(sheet as string)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    const [first] = [...serials.keys()];
    const typed = await submit(
      browser,
      `${path}/uses`,
      { edition: String(edition.number), 'serial-1': slip(first), 'serial-2': first, 'day-2': 'hier', action: 'check' },
      path,
    );
    expect(typed.status).toBe(400);
    expect(typed.text).toMatch(/id="coupon-error-2">[^<]*14\/07/);
    const checked = await submit(
      browser,
      `${path}/uses`,
      { edition: String(edition.number), 'serial-1': slip(first), 'serial-2': first, action: 'check' },
      path,
    );
    expect(checked.status).toBe(200);
    expect(checked.text).toContain('faute de frappe');
    expect(checked.text).toContain('Déjà enregistré');

    const [photocopy] = await pagesAt(await sheetOf(gites[1].id), 100, ['-aa', 'no', '-aaVector', 'no']);
    const scanned = await browser
      .post(`${path}/scans`)
      .field('_csrf', csrfOf(page.text))
      .attach('files', photocopy, { filename: 'camping.png', contentType: 'image/png' });
    expect(scanned.status).toBe(200);
    expect(scanned.text.match(/Lu dans camping\.png/g)).toHaveLength(4);
    expect(await couponUses()).toBe(12);
  });

  it('a coupon use counts in the figures, by way of coupon, and in the edition’s funnel, credited to its host, once', async () => {
    const figures = (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/figures?from=${today}&to=${today}`).expect(200)).body as {
      redemptions: number;
      usesRecordedVia: { phone: number; tallySheet: number; coupon: number };
    };
    expect(figures.redemptions).toBe(12);
    expect(figures.usesRecordedVia).toEqual({ phone: 0, tallySheet: 0, coupon: 12 });
    const funnel = (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/funnel?edition=${edition.number}`).expect(200)).body as {
      editions: { total: { uses: number; passes: number }; hosts: { accommodationName: string; uses: number }[] }[];
    };
    expect(funnel.editions[0].total).toMatchObject({ uses: 12, passes: 0 });
    expect(funnel.editions[0].hosts.map((h) => [h.accommodationName, h.uses])).toEqual([
      ['Camping du Lac', 4],
      ['Gîte des Tilleuls', 8],
    ]);
  });
});
