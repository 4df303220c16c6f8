import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
  await writeFile(join(folder, 'package.json'), '{ "type": "module" }\n');
  await transpile(folder, ['apps', 'libs']);
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}
