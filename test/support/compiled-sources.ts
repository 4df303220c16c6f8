import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, transpile } from '../../scripts/transpile.mjs';

/**
 * The apps and libs compiled by SWC as `npm start` compiles them, for tests that need the real
 * process (signals, `kill -9`): `node <folder>/apps/api/src/main.js`. Inside node_modules, so
 * that the packages resolve as from the repository. Seconds, where `npm run build` type-checks.
 */
export async function compileSources(): Promise<{ folder: string; remove(): Promise<void> }> {
  const cache = join(ROOT, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const folder = await mkdtemp(join(cache, 'terroir-compiled-'));
  // The libs by name, as the repository's package.json maps them, but to this folder's JavaScript.
  const { imports } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { imports: Record<string, { default: string }> };
  const here = Object.fromEntries(Object.entries(imports).map(([name, target]) => [name, target.default.replace('./dist/', './')]));
  await writeFile(join(folder, 'package.json'), `${JSON.stringify({ type: 'module', imports: here })}\n`);
  await transpile(folder, ['apps', 'libs']);
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}
