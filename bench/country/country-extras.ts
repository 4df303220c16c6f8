import { brochureBatch } from '../brochure-batch.js';
import { nearSearchBenchmark } from '../near-search.bench.js';
import { describeAims, pageBenchmark } from '../tourist-page.bench.js';

/**
 * What `--skip` may leave out of a country run: each part costs minutes. `raw` is the SQL of before
 * the rollups run between the service's calls: each reads gigabytes, and the pages it pushes out
 * of the caches are what the next territory's figures read cold.
 */
export const EXTRAS = ['pages', 'near', 'brochures', 'raw'] as const;
export type Extra = (typeof EXTRAS)[number];

export function extrasFrom(argv: string[]): Set<Extra> {
  const at = argv.indexOf('--skip');
  const skipped = at >= 0 ? (argv[at + 1] ?? '').split(',') : [];
  return new Set(EXTRAS.filter((extra) => !skipped.includes(extra)));
}

/**
 * The parts of the country's run that are not queries of its data set: the tourist page against
 * bare node:http with one and two API processes, near search among a million points, and the
 * brochures of 1,000 hosts. Each on data of its own (bench/page-load.ts, near-search, brochure-batch).
 */
export async function measureExtras(extras: Set<Extra>, log: (line: string) => void): Promise<void> {
  if (extras.has('pages')) {
    log('');
    log('tourist page and site home under load: one, then two API processes, against bare node:http in the same run');
    for (const line of describeAims(await pageBenchmark([1, 2]))) log(line);
  }
  if (extras.has('near')) {
    const producers = Number(process.env.NEAR_POINTS ?? 1_000_000);
    log('');
    log(`near search among ${producers.toLocaleString('en-US')} producers (generated on a scratch database)`);
    const near = await nearSearchBenchmark({ producers, runs: 200, progress: log });
    log(
      `  20 nearest within 30 km, count included: median ${near.medianMs.toFixed(2)} ms, p95 ${near.p95Ms.toFixed(2)} ms over ${near.runs} runs; ${near.countedPerQuery.toFixed(0)} counted per query (aim: median under 5 ms)`,
    );
  }
  if (extras.has('brochures')) {
    log('');
    log('brochures of 1,000 hosts, one after the other in this process');
    const batch = await brochureBatch({ hosts: 1000, progress: log });
    log(
      `  ${batch.hosts} brochures in ${(batch.totalMs / 1000).toFixed(1)} s: median ${batch.medianMs.toFixed(1)} ms, p95 ${batch.p95Ms.toFixed(1)} ms, max ${batch.maxMs.toFixed(1)} ms each; RSS ${batch.rssStartMb} → ${batch.rssPeakMb} MB`,
    );
  }
}
