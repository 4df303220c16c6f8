/**
 * Pages of the real app (Gâtine demo, 30 accommodations) under load with autocannon: the tourist
 * accommodation page as a scan asks for it (GET /v/{code}?qr=1, a French phone's Accept-Language)
 * and the public site's home page GET / on the demo
 * territory's host — through one API process, then two on the same database with the load split
 * between them, each against as many bare node:http processes answering the very same bytes with
 * the same content-type, measured in the same run, as the ceiling on this machine. The API runs
 * as deployed (production, one log line per request, to /dev/null here) in processes of its own,
 * apart from the load generator; their RSS is printed: idle, peak under load, after it.
 * Aim: the app serves at least 0.6 of the bare server's requests per second, p99 under 20 ms, and
 * stays under 250 MB of RSS.
 *
 *   npm run bench:page     (CONNECTIONS=10 DURATION=10 seconds; PAGES=tourist or site; INSTANCES=1,2;
 *                           the API processes run with the Dockerfile's NODE_OPTIONS; NODE_OPTIONS_APP replaces them,
                           e.g. "--max-old-space-size=512 --cpu-prof --cpu-prof-dir=/tmp/prof" to profile, "" for none)
 */
import { cpus, loadavg } from 'node:os';
import { createLogger } from '#common';
import { pageThroughput, type PageLoadOptions, type PageThroughput, type MemoryFigures } from './page-load.js';
import { scratchDatabase } from './support.js';

const AIM = { ratio: 0.6, p99Ms: 20, rssMb: 250 };

export interface PageBenchResult {
  instances: number;
  pages: PageThroughput[];
  memory: MemoryFigures;
}

/** The page benchmark on a scratch database with the demo, for one and then two instances (or as `instances` says). */
export async function pageBenchmark(instances: number[] = [1, 2], options: PageLoadOptions = {}): Promise<PageBenchResult[]> {
  const database = await scratchDatabase(createLogger('warn'));
  try {
    const results: PageBenchResult[] = [];
    for (const count of instances) results.push({ instances: count, ...(await pageThroughput(database.url, count, options)) });
    return results;
  } finally {
    await database.dispose();
  }
}

/** The verdict lines of a run: each ratio, each p99, each process's memory, against the aims. */
export function describeAims(results: PageBenchResult[]): string[] {
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const lines: string[] = [];
  for (const { instances, pages, memory } of results) {
    lines.push('', `${instances === 1 ? 'one API process' : `${instances} API processes`}:`);
    for (const page of pages) {
      lines.push(
        `  ${`${page.label}, ${page.encoding}`.padEnd(42)} ratio ${page.ratio.toFixed(2)} (aim ≥ ${AIM.ratio}: ${met(page.ratio >= AIM.ratio)}), p99 ${page.app.p99} ms (aim < ${AIM.p99Ms}: ${met(page.app.p99 < AIM.p99Ms)})`,
      );
    }
    // the aim is on every sample of every process: idle, under load, after it
    const highest = Math.max(...memory.idleMb, ...memory.peakMb, ...memory.afterMb);
    lines.push(
      `  RSS per API process (node options: ${memory.nodeOptions?.join(' ') || 'none'}): idle ${memory.idleMb.join(', ')} MB, peak under load ${memory.peakMb.join(', ')} MB (V8 heap used ${memory.heapAtPeakMb.join(', ')} MB, external ${memory.externalAtPeakMb.join(', ')} MB), 5 s after ${memory.afterMb.join(', ')} MB`,
      `    V8 heap live after a full collection: ${memory.liveAfterMb?.join(', ') ?? '?'} MB (the rest of the heap at the peak was garbage not yet collected)`,
      `    RSS aim < ${AIM.rssMb} MB in every sample: ${met(highest < AIM.rssMb)} (highest ${highest} MB)`,
    );
  }
  return lines;
}

async function main() {
  const options: PageLoadOptions = {
    connections: Number(process.env.CONNECTIONS ?? 10),
    duration: Number(process.env.DURATION ?? 10),
    pages: process.env.PAGES ? (process.env.PAGES.split(',') as ('tourist' | 'site')[]) : undefined,
    // NODE_OPTIONS_APP replaces the deployed options (the Dockerfile's NODE_OPTIONS); NODE_OPTIONS_APP= for none
    nodeOptions: process.env.NODE_OPTIONS_APP?.split(' ').filter(Boolean),
    progress: (line) => console.log(line),
  };
  const instances = (process.env.INSTANCES ?? '1,2').split(',').map(Number);
  console.log(`${options.connections} connections, ${options.duration} s each (after 2 s of warm-up), pipelining 1`);
  console.log(
    `machine: ${cpus().length} cores, load average at start ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  const results = await pageBenchmark(instances, options);
  for (const line of describeAims(results)) console.log(line);
  console.log(
    `load average at the end ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
}

if (process.argv[1]?.endsWith('tourist-page.bench.js')) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
