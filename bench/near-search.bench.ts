/**
 * Near-a-point search over 1,000,000 producers (generated in SQL): the 20 nearest within 30 km,
 * count included, through the same service as GET /api/v1/producers?near=…&radiusKm=30&limit=20
 * — with the project's indexes, each query the service sent shown with EXPLAIN ANALYZE; in the same
 * run, over the same points, the search as it was before the counts per cell (each point searched
 * both ways in turn: the baseline) and that count alone, then the search without the location index.
 *
 *   npm run bench:near            (PRODUCERS=1000000 RUNS=200 by default; SLOW=0 skips the run without the index)
 *   CELL_SIZES=25,50,100 npm run bench:near      also times the count with cells of 1/25, 1/50, 1/100 of a degree
 *   PENDING=2000 npm run bench:near               producers moved (100 a statement) before the search is timed again with their changes not yet folded
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Module } from '@nestjs/common';
import pg from 'pg';
import { Actor, ConfigModule, createLogger, loadConfig, PinoNestLogger } from '#common';
import { DatabaseModule, runMigrations } from '#database';
import { DirectoryModule, listPage, NEAR_POINT, Producer, ProducerQueryDto, ProducersService } from '#directory';
import { cellSizeTimings, type CellSizeTiming } from './near-cell-size.js';
import { median, percentile, scratchDatabase } from './support.js';

export interface NearSearchOptions {
  producers?: number;
  runs?: number;
  /** Also time the search without the location index (a sequential scan: slow at a million). */
  withoutIndex?: boolean;
  /** Also time the count with cells of these sizes (cells per degree). */
  cellSizes?: number[];
  /** Producers moved, 100 a statement, whose changes the search then reads unfolded (0: not timed). */
  pending?: number;
  /** An existing database whose producers are searched (nothing generated); otherwise a scratch one. */
  databaseUrl?: string;
  progress?: (line: string) => void;
}

export interface NearSearchResult {
  producers: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** Rows on a page and producers counted within the radius, on average. */
  foundPerQuery: number;
  countedPerQuery: number;
  /** EXPLAIN (ANALYZE, BUFFERS) of each statement the service sent for one search. */
  plans: string[];
  /** The count alone as the service made it before the counts per cell, over the same points. */
  countBefore: { medianMs: number; p95Ms: number };
  /** The whole search as before the counts per cell, each point in turn with today's; searches whose totals differ (should be 0). */
  searchBefore: { medianMs: number; p95Ms: number; countsDiffering: number };
  withoutIndex?: { medianMs: number; p95Ms: number; runs: number };
  cellSizes?: CellSizeTiming[];
  /** The search again with the changes of `moved` producers waiting to be folded; totals compared with the same points' once folded. */
  changesWaiting?: {
    moved: number;
    changes: number;
    medianMs: number;
    p95Ms: number;
    foldMs: number;
    /** The same points once folded (the producers moved alike: what the changes themselves cost). */
    folded: { medianMs: number; p95Ms: number };
    countsDiffering: number;
  };
}

/**
 * 100 producers a territory spread over metropolitan France, in one session whose triggers are off
 * (each producer would bump its territory's content version), the indexes that back no constraint
 * dropped during the load and built again after it, from their own definitions (one build each
 * instead of a million insertions into each).
 */
async function generate(dataSource: DataSource, producers: number): Promise<void> {
  const territories = Math.ceil(producers / 100);
  const indexes = await dataSource.query<{ name: string; definition: string }[]>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes i
      WHERE tablename = 'producers' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  );
  const runner = dataSource.createQueryRunner();
  try {
    for (const { name } of indexes) await runner.query(`DROP INDEX ${name}`);
    await runner.query(`SET session_replication_role = replica`);
    await runner.query(`INSERT INTO territories (slug, name) SELECT 'territory-' || t, 'Territory ' || t FROM generate_series(1, ${territories}) t`);
    await runner.query(`
      INSERT INTO producers (territory_id, slug, name, categories, address, postcode, commune, latitude, longitude, code)
      SELECT t.id, 'producer-' || n, 'Producer ' || n, ARRAY['honey'], '1 rue du Bourg', '79200', 'Commune ' || (n % 5000),
             43 + random() * 7, -1.5 + random() * 8.5, 'b' || lpad(to_hex(n), 7, '0')
      FROM generate_series(1, ${producers}) n
      JOIN territories t ON t.slug = 'territory-' || (1 + n % ${territories})`);
    for (const { definition } of indexes) await runner.query(definition);
    // the counts per cell, which the triggers switched off above did not keep
    await runner.query('SELECT tp_recount_producer_cells()');
  } finally {
    // back into the pool with its triggers on again
    await runner.query(`RESET session_replication_role`);
    await runner.release();
  }
  await dataSource.query('VACUUM ANALYZE producers, producer_cells, producer_cell_changes');
}

/** Runs `work` and returns the statements it sent to PostgreSQL, with their parameters. */
async function statementsOf(work: () => Promise<unknown>): Promise<{ text: string; values: unknown[] }[]> {
  const sent: { text: string; values: unknown[] }[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    if (typeof args[0] === 'string') sent.push({ text: args[0], values: (args[1] as unknown[]) ?? [] });
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return sent;
}

export async function nearSearchBenchmark(options: NearSearchOptions = {}): Promise<NearSearchResult> {
  const { producers: count = 1_000_000, runs = 200, progress = () => undefined } = options;
  const logger = createLogger('warn');
  const database = options.databaseUrl ? { url: options.databaseUrl, dispose: () => Promise.resolve() } : await scratchDatabase(logger);
  @Module({
    imports: [
      ConfigModule.forRoot(loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' })),
      DatabaseModule.forRoot({ url: database.url, poolSize: 2 }),
      DirectoryModule,
    ],
  })
  class BenchModule {}
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: new PinoNestLogger(logger) });
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const service = app.get(ProducersService);
  try {
    await runMigrations(dataSource);
    if (!options.databaseUrl) {
      const started = performance.now();
      await generate(dataSource, count);
      progress(`${count} producers generated in ${Math.round(performance.now() - started)} ms`);
    }
    const [{ producers }] = await dataSource.query<{ producers: number }[]>(`SELECT count(*)::int AS producers FROM producers`);

    const points = Array.from({ length: runs }, () => `${(44 + Math.random() * 5).toFixed(4)},${(0 + Math.random() * 6).toFixed(4)}`);
    const query = (near: string) => Object.assign(new ProducerQueryDto(), { near, radiusKm: 30, limit: 20, page: 1 });
    // the search as it was before the counts per cell: the same query and page, counted one by one
    const searchBefore = (near: string) => {
      const qb = dataSource
        .getRepository(Producer)
        .createQueryBuilder('p')
        .andWhere(`(p.status = 'active' OR p.territory_id IN (:...none) OR p.id IN (:...none))`, { none: ['00000000-0000-0000-0000-000000000000'] })
        .andWhere(`p.status <> 'archived'`);
      return listPage(qb, query(near), { location: 'p.location' }, (q) => q.orderBy('p.name', 'ASC'));
    };
    const time = async (n: number, search = (near: string) => service.list(query(near), Actor.anonymous())) => {
      const times: number[] = [];
      let found = 0;
      let counted = 0;
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const page = await search(points[i]);
        times.push(performance.now() - t0);
        found += page.items.length;
        counted += page.total;
      }
      return { times, found, counted };
    };

    await time(20); // warm-up
    await time(20, searchBefore);
    // each point searched both ways in turn, so that the machine's load weighs on both alike
    const indexed = { times: [] as number[], found: 0, counted: 0 };
    const searchedBefore: number[] = [];
    let countsDiffering = 0;
    for (const near of points) {
      const t0 = performance.now();
      const page = await service.list(query(near), Actor.anonymous());
      indexed.times.push(performance.now() - t0);
      indexed.found += page.items.length;
      indexed.counted += page.total;
      const t1 = performance.now();
      const before = await searchBefore(near);
      searchedBefore.push(performance.now() - t1);
      if (before.total !== page.total) countsDiffering++;
    }
    progress(`near search timed over ${runs} points, now and as before in turn`);

    // the count before the counts per cell: every producer an anonymous reader sees within the radius, as listPage asked it
    const countOneByOne = (near: string) => {
      const [nearLatitude, nearLongitude] = near.split(',').map(Number);
      return dataSource
        .getRepository(Producer)
        .createQueryBuilder('p')
        .andWhere(`(p.status = 'active' OR p.territory_id IN (:...none) OR p.id IN (:...none))`, { none: ['00000000-0000-0000-0000-000000000000'] })
        .andWhere(`p.status <> 'archived'`)
        .andWhere(`earth_box(${NEAR_POINT}, :radiusM) @> p.location`)
        .andWhere(`earth_distance(${NEAR_POINT}, p.location) <= :radiusM`)
        .setParameters({ nearLatitude, nearLongitude, radiusM: 30_000 })
        .getCount();
    };
    for (const near of points.slice(0, 20)) await countOneByOne(near);
    const before: number[] = [];
    for (const near of points) {
      const t0 = performance.now();
      await countOneByOne(near);
      before.push(performance.now() - t0);
    }
    progress(`count before the cells timed over ${runs} points`);

    const sent = await statementsOf(() => service.list(query('46.6000,-0.2500'), Actor.anonymous()));
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const plans: string[] = [];
    try {
      for (const { text, values } of sent) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
        plans.push(`${text}\n${rows.map((row) => `  ${row['QUERY PLAN']}`).join('\n')}`);
      }
    } finally {
      await client.end();
    }

    const result: NearSearchResult = {
      producers,
      runs,
      medianMs: median(indexed.times),
      p95Ms: percentile(indexed.times, 95),
      foundPerQuery: indexed.found / runs,
      countedPerQuery: indexed.counted / runs,
      plans,
      countBefore: { medianMs: median(before), p95Ms: percentile(before, 95) },
      searchBefore: { medianMs: median(searchedBefore), p95Ms: percentile(searchedBefore, 95), countsDiffering },
    };
    if (options.cellSizes?.length) {
      const latLngs = points.map((near) => {
        const [latitude, longitude] = near.split(',').map(Number);
        return { latitude, longitude };
      });
      result.cellSizes = await cellSizeTimings(dataSource, latLngs, 30, options.cellSizes);
    }
    if (options.pending && !options.databaseUrl)
      result.changesWaiting = await timedWithChangesWaiting(database.url, dataSource, options.pending, points, (near) =>
        service.list(query(near), Actor.anonymous()),
      );
    if (options.withoutIndex && !options.databaseUrl) {
      // the same search, same data, same process, once the index is gone
      await dataSource.query(`DROP INDEX producers_location_idx`);
      await dataSource.query('ANALYZE producers');
      const slowRuns = Math.max(10, Math.round(runs / 20));
      const unindexed = await time(slowRuns);
      result.withoutIndex = { medianMs: median(unindexed.times), p95Ms: percentile(unindexed.times, 95), runs: slowRuns };
    }
    return result;
  } finally {
    await app.close();
    await database.dispose();
  }
}

/**
 * Producers moved by a few kilometres, 100 a statement, with the folds held off (their advisory lock
 * taken, as while another instance folds): the search then reads their changes unfolded. Then one
 * fold, timed, and the same points searched again: the totals must not move.
 */
async function timedWithChangesWaiting(
  url: string,
  dataSource: DataSource,
  moved: number,
  points: string[],
  search: (near: string) => Promise<{ total: number }>,
): Promise<NonNullable<NearSearchResult['changesWaiting']>> {
  const totals = async () => {
    const times: number[] = [];
    const found: number[] = [];
    for (const near of points) {
      const t0 = performance.now();
      found.push((await search(near)).total);
      times.push(performance.now() - t0);
    }
    return { times, found };
  };
  const holder = new pg.Client({ connectionString: url });
  await holder.connect();
  try {
    await holder.query('SELECT pg_advisory_lock(764494600)');
    const ids = (await dataSource.query<{ id: string }[]>(`SELECT id FROM producers ORDER BY random() LIMIT $1`, [moved])).map((row) => row.id);
    for (let i = 0; i < ids.length; i += 100)
      await dataSource.query(`UPDATE producers SET latitude = latitude + 0.03, longitude = longitude - 0.02 WHERE id = ANY ($1)`, [ids.slice(i, i + 100)]);
    const [{ changes }] = await dataSource.query<{ changes: number }[]>(`SELECT count(*)::int AS changes FROM producer_cell_changes`);
    // the moved producers' pages all-visible again on both sides of the fold (autovacuum would otherwise do it in between)
    await dataSource.query('VACUUM producers');
    for (const near of points.slice(0, 20)) await search(near);
    const waiting = await totals();
    await holder.query('SELECT pg_advisory_unlock(764494600)');
    const t0 = performance.now();
    await dataSource.query('SELECT tp_fold_producer_cell_changes()');
    const foldMs = performance.now() - t0;
    const folded = await totals();
    return {
      moved,
      changes,
      medianMs: median(waiting.times),
      p95Ms: percentile(waiting.times, 95),
      foldMs,
      folded: { medianMs: median(folded.times), p95Ms: percentile(folded.times, 95) },
      countsDiffering: waiting.found.filter((total, i) => total !== folded.found[i]).length,
    };
  } finally {
    await holder.end();
  }
}

async function main() {
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const result = await nearSearchBenchmark({
    producers: Number(process.env.PRODUCERS ?? 1_000_000),
    runs: Number(process.env.RUNS ?? 200),
    withoutIndex: process.env.SLOW !== '0',
    cellSizes: process.env.CELL_SIZES ? process.env.CELL_SIZES.split(',').map(Number) : undefined,
    pending: Number(process.env.PENDING ?? 2000),
    progress: (line) => console.log(line),
  });
  console.log('');
  for (const plan of result.plans) console.log(`${plan}\n`);
  console.log(
    `near-a-point search, ${result.producers} producers, 20 nearest within 30 km (service call incl. count), load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `  with the indexes   : median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms over ${result.runs} runs (aim: median under 5 ms)`,
  );
  const whole = result.searchBefore;
  console.log(
    `  as before cells    : median ${whole.medianMs.toFixed(2)} ms, p95 ${whole.p95Ms.toFixed(2)} ms (same points in turn: the baseline; ${(whole.medianMs / result.medianMs).toFixed(1)}× faster now; totals differing: ${whole.countsDiffering})`,
  );
  const before = result.countBefore;
  console.log(`  count before cells : median ${before.medianMs.toFixed(2)} ms, p95 ${before.p95Ms.toFixed(2)} ms (the count alone, one by one)`);
  for (const size of result.cellSizes ?? []) {
    console.log(
      `  cells of 1/${size.perDegree}°    : count median ${size.medianMs.toFixed(2)} ms, p95 ${size.p95Ms.toFixed(2)} ms, ${size.summedRows.toFixed(0)} counts summed, ${size.rimProducers.toFixed(0)} rim producers checked`,
    );
  }
  if (result.changesWaiting) {
    const waiting = result.changesWaiting;
    console.log(
      `  changes waiting    : median ${waiting.medianMs.toFixed(2)} ms, p95 ${waiting.p95Ms.toFixed(2)} ms with ${waiting.changes} changes unfolded (${waiting.moved} producers moved); folded in ${waiting.foldMs.toFixed(0)} ms; totals differing once folded: ${waiting.countsDiffering}`,
    );
    console.log(
      `  once folded        : median ${waiting.folded.medianMs.toFixed(2)} ms, p95 ${waiting.folded.p95Ms.toFixed(2)} ms (same points, the same producers moved: the baseline of the line above)`,
    );
  }
  if (result.withoutIndex) {
    const slow = result.withoutIndex;
    console.log(`  without the index  : median ${slow.medianMs.toFixed(2)} ms, p95 ${slow.p95Ms.toFixed(2)} ms over ${slow.runs} runs`);
    console.log(`  ratio              : ${(slow.medianMs / result.medianMs).toFixed(1)}× faster with the index`);
  }
  console.log(`  rows found         : ${result.foundPerQuery.toFixed(1)} per query on average, ${result.countedPerQuery.toFixed(0)} counted within the radius`);
}

if (process.argv[1]?.endsWith('near-search.bench.js')) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
