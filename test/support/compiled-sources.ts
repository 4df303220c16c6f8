import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from '@swc/core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function sourcesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')).map((e) => join(e.parentPath, e.name));
}

/**
 * The apps and libs compiled by swc as the test runner compiles them, for tests that need the
 * real process (signals, `kill -9`): `node <folder>/apps/api/src/main.js`. Inside node_modules,
 * so that the packages resolve as from the repository. Seconds, where `npm run build` type-checks.
 */
export async function compileSources(): Promise<{ folder: string; remove(): Promise<void> }> {
  const cache = join(ROOT, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const folder = await mkdtemp(join(cache, 'terroir-compiled-'));
  await writeFile(join(folder, 'package.json'), '{ "type": "module" }\n');
  const files = [...(await sourcesUnder(join(ROOT, 'apps'))), ...(await sourcesUnder(join(ROOT, 'libs')))];
  await Promise.all(
    files.map(async (file) => {
      const { code } = await transform(await readFile(file, 'utf8'), {
        filename: file,
        module: { type: 'es6' },
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
      });
      const out = join(folder, relative(ROOT, file)).replace(/\.ts$/, '.js');
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, code);
    }),
  );
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}
