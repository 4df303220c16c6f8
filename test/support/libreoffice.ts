import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { reportMissingTool } from './missing-tool.js';

const run = promisify(execFile);

/** LibreOffice Calc without a display (Debian's `libreoffice-calc-nogui`), what `.ci/run` installs. */
export const hasSoffice = ['/usr/bin', '/usr/local/bin', '/bin'].some((folder) => existsSync(join(folder, 'soffice')));

if (!hasSoffice) reportMissingTool('soffice (LibreOffice)', 'the spreadsheet round trips', 'apt-get install libreoffice-calc-nogui');

/**
 * CSV as French LibreOffice reads and writes it: semicolons, double quotes, UTF-8, from line 1,
 * no column types, French (1036). Reading: "format quoted fields as text" (7th) on, "detect special
 * numbers" (8th) off. Writing: no quotes around every text, cells as shown.
 */
export const FRENCH_CSV_IN = 'Text - txt - csv (StarCalc):59,34,76,1,,1036,true,false';
export const FRENCH_CSV_OUT = 'Text - txt - csv (StarCalc):59,34,76,1,,1036,false,true,true';

/**
 * Files opened in LibreOffice Calc with French settings and saved again, untouched: what a
 * coordinator does between an export and an import. All files go through one start of soffice
 * (about 4 s each start), under a profile of their own, so that runs side by side never share one.
 */
export async function throughLibreOffice(
  files: { name: string; bytes: Buffer | string }[],
  convertTo: string,
  options: { infilter?: string } = {},
): Promise<Buffer[]> {
  const folder = await mkdtemp(join(tmpdir(), 'terroir-soffice-'));
  try {
    const paths = files.map((file) => join(folder, 'in', file.name));
    await mkdir(join(folder, 'in'));
    await Promise.all(files.map((file, i) => writeFile(paths[i], file.bytes)));
    const args = [
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--headless',
      ...(options.infilter ? [`--infilter=${options.infilter}`] : []),
      '--convert-to',
      convertTo,
      '--outdir',
      join(folder, 'out'),
      ...paths,
    ];
    // French settings, as a French coordinator's LibreOffice has them: decimal commas, dates day first
    await run('soffice', args, { env: { ...process.env, LC_ALL: 'fr_FR.UTF-8', LANG: 'fr_FR.UTF-8' }, timeout: 60_000 });
    return await Promise.all(files.map((file) => readFile(join(folder, 'out', file.name))));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
