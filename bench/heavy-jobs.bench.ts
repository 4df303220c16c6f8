/**
 * The heaviest legitimate jobs under the heap bound the API is deployed with (the Dockerfile's
 * NODE_OPTIONS, or NODE_OPTIONS_APP): a 5 MB workbook of 10,000 producers imported through the
 * API (a dry run, then for real), in a process of its own as deployed, and a batch of brochures
 * (brochure.bench.js --hosts, as the CLI's batch runs, in a process of its own). Printed: each
 * job's outcome and time, and the peak RSS of its process. A bound too low shows here as a crash
 * (or as a collector that never stops: the times), not in production.
 *
 *   npm run bench:heavy-jobs     (HOSTS=300 brochures; NODE_OPTIONS_APP="--max-old-space-size=N" to try another bound)
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { createLogger } from '#common';
import { deployedNodeOptions, Instance, withPeakRss, type MemoryFigures } from './page-load.js';
import { scratchDatabase } from './support.js';

const BROCHURE_BENCH = fileURLToPath(new URL('./brochure.bench.js', import.meta.url));
const ADMIN = { email: 'bench-admin@terroir-pass.example', password: 'a bench admin password, long enough' };
const MB = 1024 * 1024;
const TARGET_BYTES = 5 * MB - 64 * 1024;
const ROWS = 10_000;
const MAX_DESCRIPTION = 1990;

function call(port: number, method: string, path: string, headers: Record<string, string>, body?: Buffer | string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, timeout: 600_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const SYLLABLES = 'fa ro mi gé tan lou bo cha vi ne sar pré mo du lin ca ter gâ ti ve pom ri bla zé oc nu fro mage cid re'.split(' ');

/** A text of `length` characters, different for every seed, of made-up words: it compresses about as prose does (3×), not as a repeated string. */
function prose(seed: number, length: number): string {
  let state = seed * 2654435761;
  let text = '';
  while (text.length < length) {
    let word = '';
    for (let syllables = 1 + (state % 4); syllables > 0; syllables--) {
      state = (state * 1103515245 + 12345) >>> 0;
      word += SYLLABLES[(state >>> 8) % SYLLABLES.length];
    }
    text += `${word}${state % 9 === 0 ? '. ' : ' '}`;
  }
  return text.slice(0, length);
}

/**
 * A workbook of `ROWS` new producers of about 5 MB, written from the territory's own export (its
 * columns, its rows as models): every row a new name, no id nor reference, and descriptions long
 * enough to reach the size.
 */
async function producersWorkbook(exported: Buffer): Promise<Buffer> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.load(new Uint8Array(exported).buffer);
  const sheet = source.worksheets[0];
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const models: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) models.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  const column = (pattern: RegExp) => header.findIndex((name) => pattern.test(name));
  const [id, reference, name] = [column(/^id$/i), column(/r[ée]f[ée]rence/i), column(/^nom$/i)];
  const descriptions = header.flatMap((title, i) => (/^description/i.test(title) ? [i] : []));
  if (name < 0 || descriptions.length === 0) throw new Error(`the export has no name or description column: ${header.join(', ')}`);
  let descriptionLength = 300;
  for (;;) {
    const workbook = new ExcelJS.Workbook();
    const out = workbook.addWorksheet('Producteurs');
    out.addRow(header);
    for (let i = 0; i < ROWS; i++) {
      const row = [...models[i % models.length]];
      if (id >= 0) row[id] = null;
      if (reference >= 0) row[reference] = null;
      row[name] = `${typeof row[name] === 'string' ? row[name] : 'Producteur'} n° ${i + 1}`;
      // each language's description within the API's 2,000 characters
      for (const [k, description] of descriptions.entries()) row[description] = prose(i * descriptions.length + k + 1, descriptionLength);
      out.addRow(row);
    }
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    if ((bytes.length <= TARGET_BYTES && bytes.length > TARGET_BYTES * 0.95) || descriptionLength === MAX_DESCRIPTION) return bytes;
    descriptionLength = Math.min(MAX_DESCRIPTION, Math.floor((descriptionLength * TARGET_BYTES * 0.98) / bytes.length));
  }
}

/** The API as deployed, with the bound: the demo loaded (and an admin made) by a first process, as in page-load.ts. */
async function importJob(databaseUrl: string, nodeOptions: string[]): Promise<string[]> {
  await (
    await Instance.start({ BENCH_DATABASE_URL: databaseUrl, BENCH_SEED_DEMO: '1', BENCH_ADMIN_EMAIL: ADMIN.email, BENCH_ADMIN_PASSWORD: ADMIN.password })
  ).stop();
  const api = await Instance.start({ BENCH_DATABASE_URL: databaseUrl, BENCH_SEED_DEMO: '0' }, [...nodeOptions, '--expose-gc']);
  const lines: string[] = [];
  try {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM territories ORDER BY name LIMIT 1`);
    await client.end();
    const territory = rows[0].id;
    const login = await call(api.port, 'POST', '/api/v1/auth/login', { 'content-type': 'application/json' }, JSON.stringify(ADMIN));
    if (login.status !== 200) throw new Error(`sign-in answered ${login.status}: ${login.body}`);
    const auth = { authorization: `Bearer ${(JSON.parse(login.body) as { accessToken: string }).accessToken}` };
    const exported = await new Promise<Buffer>((resolve, reject) => {
      request({ host: '127.0.0.1', port: api.port, path: `/api/v1/territories/${territory}/exports/producers.csv?format=xlsx`, headers: auth }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => (response.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`export answered ${response.statusCode}`))));
      })
        .on('error', reject)
        .end();
    });
    const workbook = await producersWorkbook(exported);
    const idle = Math.round((await api.memory()).memory.rss / MB);
    lines.push(`API process: idle ${idle} MB of RSS; workbook ${(workbook.length / MB).toFixed(2)} MB, ${ROWS} producers`);
    for (const dryRun of [true, false]) {
      const memory: MemoryFigures = { idleMb: [], peakMb: [], heapAtPeakMb: [], externalAtPeakMb: [], afterMb: [] };
      const started = performance.now();
      const answer = await withPeakRss([api], memory, () =>
        call(
          api.port,
          'POST',
          `/api/v1/territories/${territory}/imports/producers?dryRun=${dryRun}&allowSimilar=true`,
          { ...auth, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
          workbook,
        ).catch((error: Error) => ({ status: 0, body: `no answer: ${error.message}` })),
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const report = answer.status === 200 || answer.status === 201 ? (JSON.parse(answer.body) as { rows?: number; created?: number }) : undefined;
      const live = api.alive() ? Math.round((await api.memory('collect')).memory.heapUsed / MB) : undefined;
      lines.push(
        `  import ${dryRun ? '(dry run)' : '(for real)'}: ${answer.status} in ${seconds} s${report ? `, ${report.rows ?? '?'} rows, ${report.created ?? 0} created` : `: ${answer.body.slice(0, 300)}`}; ` +
          `RSS peak ${memory.peakMb[0]} MB (V8 heap used ${memory.heapAtPeakMb[0]} MB then)${live === undefined ? ', THE PROCESS DIED' : `, heap live after it ${live} MB`}`,
      );
      if (!api.alive()) break;
    }
  } finally {
    await api.stop();
  }
  return lines;
}

/** brochure.bench.js --hosts in a process of its own with the bound; its last line says the times and the RSS. */
function brochureJob(hosts: number, nodeOptions: string[]): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeOptions, BROCHURE_BENCH, '--hosts', String(hosts)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code, signal) => {
      const last = output.trim().split('\n').at(-1) ?? '';
      resolve(code === 0 ? `  ${last}` : `  THE BATCH FAILED (exit ${code ?? signal}): ${output.trim().split('\n').slice(-3).join(' / ')}`);
    });
  });
}

async function main() {
  const nodeOptions = process.env.NODE_OPTIONS_APP !== undefined ? process.env.NODE_OPTIONS_APP.split(' ').filter(Boolean) : await deployedNodeOptions();
  const hosts = Number(process.env.HOSTS ?? 300);
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  console.log(`node options of the processes: ${nodeOptions.join(' ') || '(none)'}; load average at start ${load()}`);
  const database = await scratchDatabase(createLogger('warn'));
  try {
    for (const line of await importJob(database.url, nodeOptions)) console.log(line);
  } finally {
    await database.dispose();
  }
  console.log(`brochures of ${hosts} hosts in turn:`);
  console.log(await brochureJob(hosts, nodeOptions));
  console.log(`load average at the end ${load()}`);
}

if (process.argv[1]?.endsWith('heavy-jobs.bench.js')) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
