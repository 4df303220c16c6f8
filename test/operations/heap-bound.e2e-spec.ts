import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/transpile.mjs';

const run = promisify(execFile);
const MB = 1024 * 1024;

/** The heap limit of the node that `npm run start:prod`'s command line starts, with the environment given. */
async function heapLimitUnderStartProd(env: NodeJS.ProcessEnv): Promise<number> {
  const { scripts } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const command = scripts['start:prod'].replace('node dist/apps/api/src/main.js', `node -p "require('node:v8').getHeapStatistics().heap_size_limit"`);
  const { stdout } = await run('sh', ['-c', command], { env });
  return Number(stdout.trim()) / MB;
}

describe('the heap bound an API process is deployed with (docs/pagespeed.md, memory)', () => {
  it('is the same under npm run start:prod as in the Docker image, unless NODE_OPTIONS says otherwise', async () => {
    const dockerfile = await readFile(join(ROOT, 'Dockerfile'), 'utf8');
    const bound = Number(/^ENV NODE_OPTIONS="--max-old-space-size=(\d+)"/m.exec(dockerfile)?.[1]);
    expect(bound).toBeGreaterThanOrEqual(512);

    const env = { PATH: process.env.PATH };
    // the limit V8 reports is the old generation's bound and the young generation's few megabytes
    const deployed = await heapLimitUnderStartProd(env);
    expect(deployed).toBeGreaterThanOrEqual(bound);
    expect(deployed).toBeLessThan(bound + 64);

    const own = await heapLimitUnderStartProd({ ...env, NODE_OPTIONS: '--max-old-space-size=1024' });
    expect(own).toBeGreaterThanOrEqual(1024);
    expect(own).toBeLessThan(1024 + 64);
  });
});

/** Libraries of tens of megabytes each that a serving API rarely needs: loaded on first use (a `require` behind a function). */
const LOADED_ON_FIRST_USE = ['exceljs', 'pdfkit', 'fontkit', 'sharp', '@resvg/resvg-js'];

describe('what an API process holds when it starts (docs/pagespeed.md, memory)', () => {
  it('loads the heavy libraries on first use: no file of the server imports them but for their types', async () => {
    const files: string[] = [];
    for (const folder of ['apps', 'libs']) {
      for (const file of await readdir(join(ROOT, folder), { recursive: true })) {
        if (file.endsWith('.ts') && !file.endsWith('.spec.ts')) files.push(join(folder, file));
      }
    }
    expect(files.length).toBeGreaterThan(100);
    const names = LOADED_ON_FIRST_USE.map((name) => name.replace(/[/.]/g, '\\$&')).join('|');
    // `import … from 'x'` or `import 'x'`, but not `import type …`
    const eager = new RegExp(`^\\s*import\\s+(?!type\\b)(?:[^;]*?\\sfrom\\s+)?'(?:${names})(?:/[^']*)?';`, 'm');
    const importing: string[] = [];
    for (const file of files) if (eager.test(await readFile(join(ROOT, file), 'utf8'))) importing.push(file);
    expect(importing).toEqual([]);
    // the check sees an eager import when there is one
    expect(eager.test("import ExcelJS from 'exceljs';")).toBe(true);
    expect(eager.test("import type Sharp from 'sharp';")).toBe(false);
  });
});
