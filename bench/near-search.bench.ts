/**
 * Near-a-point search over 100,000 producers: the 20 nearest within 30 km, through the
 * same service as GET /api/v1/producers?near=…&radiusKm=30&limit=20 — first with the GiST
 * index on producers.location (ll_to_earth(latitude, longitude), stored), then, in the same run,
 * with that index dropped.
 *
 *   npm run bench:near            (PRODUCERS=100000 RUNS=200 by default)
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Module } from '@nestjs/common';
import { Actor, ConfigModule, createLogger, loadConfig, PinoNestLogger } from '#common';
import { DatabaseModule, runMigrations } from '#database';
import { DirectoryModule, ProducerQueryDto, ProducersService } from '#directory';
import { median, percentile, scratchDatabase } from './support.js';

const PRODUCERS = Number(process.env.PRODUCERS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 200);
const SLOW_RUNS = Math.max(10, Math.round(RUNS / 10));

async function main() {
  const logger = createLogger('warn');
  const database = await scratchDatabase(logger);
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
  const producers = app.get(ProducersService);
  try {
    await runMigrations(dataSource);
    const started = performance.now();
    // 1,000 territories of 100 producers spread over metropolitan France.
    await dataSource.query(`
      INSERT INTO territories (slug, name)
      SELECT 'territory-' || t, 'Territory ' || t FROM generate_series(1, ${Math.ceil(PRODUCERS / 100)}) t`);
    await dataSource.query(`
      INSERT INTO producers (territory_id, slug, name, categories, address, postcode, commune, latitude, longitude)
      SELECT t.id, 'producer-' || n, 'Producer ' || n, ARRAY['honey'], '1 rue du Bourg', '79200', 'Commune ' || (n % 5000),
             43 + random() * 7, -1.5 + random() * 8.5
      FROM generate_series(1, ${PRODUCERS}) n
      JOIN territories t ON t.slug = 'territory-' || (1 + n % ${Math.ceil(PRODUCERS / 100)})`);
    await dataSource.query('VACUUM ANALYZE producers');
    console.log(`${PRODUCERS} producers generated in ${Math.round(performance.now() - started)} ms`);

    const points = Array.from({ length: RUNS }, () => `${(44 + Math.random() * 5).toFixed(4)},${(0 + Math.random() * 6).toFixed(4)}`);
    const query = (near: string) => Object.assign(new ProducerQueryDto(), { near, radiusKm: 30, limit: 20, page: 1 });

    const time = async (runs: number) => {
      const times: number[] = [];
      let found = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const page = await producers.list(query(points[i]), Actor.anonymous());
        times.push(performance.now() - t0);
        found += page.items.length;
      }
      return { times, found };
    };

    await time(20); // warm-up
    const indexed = await time(RUNS);

    const plan = await dataSource.query<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN SELECT id FROM producers p WHERE earth_box(ll_to_earth(46.6, -0.25), 30000) @> p.location
       ORDER BY p.location <-> ll_to_earth(46.6, -0.25) LIMIT 20`,
    );
    const usesIndex = plan.some((row) => row['QUERY PLAN'].includes('producers_location_idx'));

    // The same query, same data, same process, once the index is gone.
    await dataSource.query(`DROP INDEX producers_location_idx`);
    await dataSource.query('ANALYZE producers');
    const unindexed = await time(SLOW_RUNS);

    const fast = median(indexed.times);
    const slow = median(unindexed.times);
    console.log('');
    console.log(`near-a-point search, ${PRODUCERS} producers, 20 nearest within 30 km (service call incl. count)`);
    console.log(
      `  with GiST index    : median ${fast.toFixed(2)} ms, p95 ${percentile(indexed.times, 95).toFixed(2)} ms over ${RUNS} runs (plan uses index: ${usesIndex})`,
    );
    console.log(`  without the index  : median ${slow.toFixed(2)} ms, p95 ${percentile(unindexed.times, 95).toFixed(2)} ms over ${SLOW_RUNS} runs`);
    console.log(`  ratio              : ${(slow / fast).toFixed(1)}× faster with the index`);
    console.log(`  rows found         : ${(indexed.found / RUNS).toFixed(1)} per query on average`);
  } finally {
    await app.close();
    await database.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
