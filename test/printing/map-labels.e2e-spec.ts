import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSeeder } from '#demo';
import { binary } from '../support/binary.js';
import { hasPoppler, pdfWords, type Word } from '../support/system-tools.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const run = promisify(execFile);
const MAP_PAGE = 2;

/** Pixels darker than light grey on a page rendered in grey at 50 dpi: the ink a map puts on paper. */
async function inkOnPage(pdf: Buffer, page: number): Promise<number> {
  const folder = await mkdtemp(join(tmpdir(), 'terroir-map-'));
  try {
    await writeFile(join(folder, 'document.pdf'), pdf);
    await run('pdftoppm', ['-r', '50', '-gray', '-f', String(page), '-l', String(page), '-singlefile', join(folder, 'document.pdf'), join(folder, 'page')]);
    const image = await readFile(join(folder, 'page.pgm'));
    const [, width, height] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.toString('latin1', 0, 40))!.map(Number);
    return image.subarray(image.length - width * height).filter((pixel) => pixel < 230).length;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Two word boxes sharing more than a hair (poppler rounds to hundredths of a point). */
const overlap = (a: Word, b: Word) => Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > 0.2 && Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > 0.2;

describe.skipIf(!hasPoppler)('the brochure’s map, on the crowded demo territory with its base layers', () => {
  let t: TestApp;
  let territoryId: string;
  let giteId: string;
  const brochure = async (query: string) => {
    const response = await t.http().get(`/api/v1/accommodations/${giteId}/brochure.pdf?${query}`).buffer(true).parse(binary).expect(200);
    return response.body as Buffer;
  };

  beforeAll(async () => {
    t = await startTestApp();
    territoryId = (await t.app.get(DemoSeeder).seed(new Date(), { season: false })).territoryId;
    // in Secondigny, among the thickest of the demo's places (where "Votre hébergement" once met "Vernoux-en-Gâtine" and "Le Tallud")
    [{ id: giteId }] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM accommodations WHERE territory_id = $1 AND commune = 'Secondigny' ORDER BY name LIMIT 1`,
      [territoryId],
    );
  }, 60_000);
  afterAll(() => t.close());

  it('no two words of the map intersect and no label is cut, in A4 and A5, in French and English', async () => {
    for (const lang of ['fr', 'en'])
      for (const format of ['A4', 'A5']) {
        const query = `lang=${lang}&format=${format}`;
        const words = (await pdfWords(await brochure(query))).filter((w) => w.page === MAP_PAGE);
        expect(words.length, query).toBeGreaterThan(30);
        const overlapping = words.flatMap((a, i) =>
          words
            .slice(i + 1)
            .filter((b) => overlap(a, b))
            .map((b) => `${a.text} × ${b.text}`),
        );
        expect(overlapping, query).toEqual([]);
        expect(
          words.filter((w) => w.text.includes('…')).map((w) => w.text),
          query,
        ).toEqual([]);
        const texts = words.map((w) => w.text);
        if (lang === 'en') expect(texts, query).toEqual(expect.arrayContaining(['Your', 'accommodation']));
        else expect(texts, query).toEqual(expect.arrayContaining(['Votre', 'hébergement']));
        // every producer's number is on the map, once (the scale bar's "10 km" aside)
        const badges = texts.filter((text, i) => /^\d+$/.test(text) && texts[i + 1] !== 'km');
        expect(
          badges.sort((a, b) => +a - +b),
          query,
        ).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
      }
  }, 60_000);

  it('draws the territory’s base layers under the points, commune names included, and the map on white once they are removed', async () => {
    const withLayers = await brochure('lang=fr&format=A5');
    const communeNames = (await pdfWords(withLayers)).filter((w) => w.page === MAP_PAGE && ['Pompaire', 'Fenioux', 'Vouhé'].includes(w.text));
    expect(communeNames.length).toBeGreaterThan(0);
    await t.http().delete(`/api/v1/territories/${territoryId}/base-layers`).expect(204);
    const onWhite = await brochure('lang=fr&format=A5');
    const [inked, white] = [await inkOnPage(withLayers, MAP_PAGE), await inkOnPage(onWhite, MAP_PAGE)];
    expect(inked).toBeGreaterThan(white * 1.3);
  }, 60_000);
});
