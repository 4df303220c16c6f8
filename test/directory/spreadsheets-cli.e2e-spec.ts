import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportCommand } from '../../apps/cli/src/tasks/export.js';
import { importCommand } from '../../apps/cli/src/tasks/import.js';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('cli import / cli export', () => {
  let t: TestApp;
  let folder: string;
  let out: string[];
  beforeAll(async () => {
    t = await startTestApp();
    folder = await mkdtemp(join(tmpdir(), 'terroir-sheets-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await t.close();
  });

  /** Runs a command with its stdout lines kept (stderr, the progress bar, silenced). */
  const run = async (command: () => Promise<number>) => {
    out = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void out.push(line));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      return await command();
    } finally {
      log.mockRestore();
      error.mockRestore();
      stderr.mockRestore();
    }
  };

  it('imports the sample with a summary, prints every problem of a wrong file on its line with exit code 1, and exports what it imported', async () => {
    const territory = await factories(t).territory({ name: 'Gâtine CLI', slug: 'gatine-cli' });
    const sample = new URL('../../docs/samples/producteurs-gatine.csv', import.meta.url).pathname;

    expect(await run(() => importCommand(t.app, { kind: 'producers', territory: 'gatine-cli', file: sample, dryRun: true }))).toBe(0);
    expect(out.join('\n')).toMatch(/26 row\(s\), 26 to create, 0 to update, 0 unchanged \(dry run: nothing written/);
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM producers WHERE territory_id = $1`, [territory.id]))[0].n)).toBe(0);

    expect(await run(() => importCommand(t.app, { kind: 'producers', territory: territory.id, file: sample, dryRun: false }))).toBe(0);
    expect(out.join('\n')).toMatch(/26 row\(s\), 26 created, 0 updated, 0 unchanged \(written in one transaction/);

    const wrong = join(folder, 'wrong.csv');
    await writeFile(
      wrong,
      'nom;adresse;code_postal;commune;latitude;longitude;email\nA;1 rue;79200;Parthenay;;-0,2;a@b.test\nB;1 rue;792;Parthenay;46,6;-0,2;pas-un-email\n',
    );
    expect(await run(() => importCommand(t.app, { kind: 'producers', territory: 'gatine-cli', file: wrong, dryRun: false }))).toBe(1);
    expect(out.slice(1)).toEqual([
      '3 problem(s):',
      '  row 2, latitude: latitude is missing: every place needs both coordinates',
      '  row 3, email: email "pas-un-email" is not an e-mail address: write it as name@example.fr',
      '  row 3, code_postal: code_postal must be 5 digits',
    ]);
    expect(out[0]).toMatch(/nothing written/);

    const file = join(folder, 'export.csv');
    expect(await run(() => exportCommand(t.app, { kind: 'producers', territory: 'gatine-cli', out: file, delimiter: ';' }))).toBe(0);
    expect(out).toEqual([expect.stringMatching(/^26 producers of Gâtine CLI written to .*export\.csv/)]);
    expect((await readFile(file, 'utf8')).startsWith('\uFEFFreference;nom;')).toBe(true);
    expect(await run(() => importCommand(t.app, { kind: 'producers', territory: 'gatine-cli', file, dryRun: false }))).toBe(0);
    expect(out.join('\n')).toMatch(/0 created, 0 updated, 26 unchanged \(nothing to change/);

    // a file wrong throughout: the count says what is listed, and the last line where the check stopped
    const hopeless = join(folder, 'hopeless.csv');
    await writeFile(
      hopeless,
      ['nom;adresse;code_postal;commune;latitude;longitude', ...Array.from({ length: 250 }, (_, i) => `F${i};1 rue;79200;Parthenay;nord;-0,2`)].join('\n'),
    );
    expect(await run(() => importCommand(t.app, { kind: 'producers', territory: 'gatine-cli', file: hopeless, dryRun: true }))).toBe(1);
    expect(out[1]).toBe('200 problem(s) listed, and more from row 202 on (the check stopped there):');
    expect(out.slice(2, -1).filter((line) => /^ {2}row \d+, latitude: latitude must be a number/.test(line))).toHaveLength(200);
    expect(out.at(-1)).toBe('  row 202: and more problems from this row on: correct these and check again');

    expect(await run(() => importCommand(t.app, { kind: 'producers', territory: 'nowhere', file, dryRun: true }))).toBe(1);
    expect(out).toEqual(['No territory with id or slug "nowhere"']);
  });
});
