// `npm start`'s build: every TypeScript file of apps/, libs/ and bench/ turned into dist/ by SWC,
// only those changed since they were last written. No type-checking here: `npm test` and
// `npm run typecheck` do it, and `npm run build` (tsc) builds what ships.
import { transformFile } from '@swc/core';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { swcOptions } from './swc-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const SOURCES = ['apps', 'libs', 'bench'];

async function* typeScriptFiles(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* typeScriptFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

const modified = (path) => stat(path).then((s) => s.mtimeMs, () => 0);

const started = performance.now();
let written = 0;
const jobs = [];
for (const source of SOURCES) {
  for await (const file of typeScriptFiles(join(root, source))) {
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
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
console.log(`transpiled ${written} of ${jobs.length} files in ${Math.round(performance.now() - started)} ms`);
