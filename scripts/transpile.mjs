// `npm start`'s build: every TypeScript file of apps/, libs/ and bench/ turned into dist/ by SWC,
// only those changed since they were last written. No type-checking here: `npm test` and
// `npm run typecheck` do it, and `npm run build` (tsc) builds what ships. The tests that run the
// real processes build the same way into a folder of their own.
import { transformFile } from '@swc/core';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { swcOptions } from './swc-options.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function* typeScriptFiles(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* typeScriptFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

const modified = (path) =>
  stat(path).then(
    (s) => s.mtimeMs,
    () => 0,
  );

/** Transpiles the sources' folders into `out`, skipping files whose output is newer; answers how many of how many it wrote. */
export async function transpile(out, sources = ['apps', 'libs', 'bench']) {
  let written = 0;
  const jobs = [];
  for (const source of sources) {
    for await (const file of typeScriptFiles(join(ROOT, source))) {
      const target = join(out, relative(ROOT, file)).replace(/\.ts$/, '.js');
      jobs.push(
        (async () => {
          if ((await modified(target)) >= (await modified(file))) return;
          const { code, map } = await transformFile(file, { ...swcOptions, sourceMaps: true, sourceFileName: relative(dirname(target), file) });
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
          await writeFile(`${target}.map`, map);
          written++;
        })(),
      );
    }
  }
  await Promise.all(jobs);
  return { written, files: jobs.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { written, files } = await transpile(join(ROOT, 'dist'));
  console.log(`transpiled ${written} of ${files} files in ${Math.round(performance.now() - started)} ms`);
}
