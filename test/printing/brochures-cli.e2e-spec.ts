import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { brochuresCommand } from '../../apps/cli/src/tasks/brochures.js';
import { factories } from '../support/factories.js';
import { hasPoppler, pdfWords } from '../support/system-tools.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('cli brochures: every accommodation’s brochure of a territory in one run', () => {
  let t: TestApp;
  let folder: string;
  let slug: string;
  const said: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territory = await make.territory({ name: 'Gâtine CLI' });
    slug = territory.slug;
    const producer = await make.producer(territory.id);
    await make.publishedOffer(producer.id, { validFrom: '2020-01-01' });
    for (const name of ['Gîte des Tilleuls', 'Gîte du Moulin', 'Camping du Lac']) await make.accommodation(territory.id, { name });
    folder = await mkdtemp(join(tmpdir(), 'brochures-'));
    vi.spyOn(console, 'log').mockImplementation((line: string) => void said.push(line));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await rm(folder, { recursive: true, force: true });
    await t.close();
  });

  it('writes one PDF per accommodation into a folder; one that cannot be written is reported and the others are made', async () => {
    const out = join(folder, 'pdf');
    // a folder standing where one brochure should go: that one fails, the run goes on
    await mkdir(join(out, 'brochure-gite-du-moulin-fr-A4.pdf'), { recursive: true });
    said.length = 0;
    expect(await brochuresCommand(t.app, { territory: slug, out, lang: 'fr', format: 'A4' })).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toEqual(['brochure-camping-du-lac-fr-A4.pdf', 'brochure-gite-des-tilleuls-fr-A4.pdf', 'brochure-gite-du-moulin-fr-A4.pdf']);
    for (const file of ['brochure-camping-du-lac-fr-A4.pdf', 'brochure-gite-des-tilleuls-fr-A4.pdf'])
      expect((await readFile(join(out, file))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(said.some((line) => line.startsWith('2 brochure(s) of Gâtine CLI written to'))).toBe(true);
    expect(said).toContain('1 failed:');
    expect(said.some((line) => line.includes('Gîte du Moulin'))).toBe(true);
  });

  it.skipIf(!hasPoppler)('writes a ZIP of A5 booklets ready to fold, in English', async () => {
    const zip = join(folder, 'brochures.zip');
    expect(await brochuresCommand(t.app, { territory: slug, out: zip, lang: 'en', format: 'A5', booklet: true })).toBe(0);
    const bytes = await readFile(zip);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const names = [...bytes.toString('latin1').matchAll(/brochure-[a-z-]+-en-A5-booklet\.pdf/g)].map((m) => m[0]);
    expect(new Set(names)).toEqual(
      new Set(['brochure-gite-des-tilleuls-en-A5-booklet.pdf', 'brochure-gite-du-moulin-en-A5-booklet.pdf', 'brochure-camping-du-lac-en-A5-booklet.pdf']),
    );
    // the booklet's sheets are A4 landscape: checked on a brochure built the same way
    const file = join(folder, 'one');
    await brochuresCommand(t.app, { territory: slug, out: file, lang: 'en', format: 'A5', booklet: true });
    const words = await pdfWords(await readFile(join(file, 'brochure-camping-du-lac-en-A5-booklet.pdf')));
    expect(Math.round(words[0].pageWidth)).toBe(842);
    expect(Math.round(words[0].pageHeight)).toBe(595);
  });

  it('an unknown territory is an error, not an empty run', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await brochuresCommand(t.app, { territory: 'nowhere', out: join(folder, 'x'), lang: 'fr', format: 'A4' })).toBe(1);
    expect(errors).toHaveBeenCalledWith('No territory with slug "nowhere"');
  });
});
