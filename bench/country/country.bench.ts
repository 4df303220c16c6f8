/**
 * A country of associations on one database, and today's figures at that scale.
 *
 *   npm run bench:country                       (scale 0.1: 100 territories, one season)
 *   npm run bench:country -- --scale 1          (the issue's country: 1,000 territories)
 *   npm run bench:country -- --territories 250 --seasons 2
 *   npm run bench:country -- --scale 0.1 --regenerate   (drops that data set and writes it anew)
 *   npm run bench:country -- --scale 1 --skip pages,near,brochures   (the data set's queries only)
 *   npm run bench:country -- --scale 1 --skip pages,near,brochures,raw   (without the SQL of before between them)
 *
 * The data set is generated once into a database named by its sizes (terroir_country_t100_s1_v2)
 * on DATABASE_URL's server, or on an embedded server kept in COUNTRY_PG_DIR (default
 * $TMPDIR/terroir-country/pg), and reused by the next run with the same sizes. Drop one with
 * DROP DATABASE, or all of them with `rm -rf` of that folder. MEASURED (20) territories are
 * measured once per query, NEAR_RUNS (200) near searches. See docs/scale.md.
 */
import 'reflect-metadata';
import { statfs } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConfigModule, createLogger, loadConfig, PinoNestLogger } from '#common';
import { DatabaseModule } from '#database';
import { DirectoryModule } from '#directory';
import { InsightsModule } from '#insights';
import { PrintingModule } from '#printing';
import { ensureCountry } from './country-dataset.js';
import { COUNTRY_PG_DIR, countryServer } from './country-server.js';
import { sizesFrom } from './country-sizes.js';
import { extrasFrom, measureExtras } from './country-extras.js';
import { measureQueries } from './measure-queries.js';

const MEASURED = Number(process.env.MEASURED ?? 20);
const NEAR_RUNS = Number(process.env.NEAR_RUNS ?? 200);
const TABLES = [
  'territories',
  'producers',
  'accommodations',
  'offers',
  'users',
  'passes',
  'redemptions',
  'coupons',
  'scans',
  'offer_views',
  'edition_copies',
  'site_visits',
  'accommodation_days',
  'accommodation_months',
  'offer_months',
  'territory_days',
  'territory_edition_days',
];

const log = (line: string) => console.log(line);
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;

async function main() {
  const sizes = sizesFrom(process.argv.slice(2), process.env);
  const logger = createLogger('warn');
  const server = await countryServer(logger);
  try {
    const dataset = await ensureCountry(server, sizes, log, process.argv.includes('--regenerate'));
    @Module({
      imports: [
        ConfigModule.forRoot(loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' })),
        DatabaseModule.forRoot({ url: dataset.url, poolSize: 4 }),
        DirectoryModule,
        InsightsModule,
        PrintingModule,
      ],
    })
    class CountryBenchModule {}
    const app = await NestFactory.createApplicationContext(CountryBenchModule, { logger: new PinoNestLogger(logger) });
    try {
      const dataSource = app.get<DataSource>(getDataSourceToken());
      log('');
      log(`country data set: ${sizes.territories} territories, ${sizes.seasons} season(s), database ${dataset.database}`);
      const counts = await dataSource.query<{ table: string; rows: string; bytes: string }[]>(
        `SELECT t AS table, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', t), false, true, '')))[1]::text AS rows,
                coalesce((SELECT sum(pg_total_relation_size(p.relid)) FROM pg_partition_tree(t::regclass) p), pg_total_relation_size(t))::text AS bytes
           FROM unnest($1::text[]) t`,
        [TABLES],
      );
      for (const row of counts)
        log(`  ${row.table.padEnd(16)} ${Number(row.rows).toLocaleString('en-US').padStart(12)} rows  ${gib(Number(row.bytes)).padStart(10)}`);
      const [{ size }] = await dataSource.query<{ size: string }[]>('SELECT pg_database_size(current_database())::text AS size');
      log(`  database size    ${gib(Number(size))}; generated in ${dataset.generatedSeconds.toFixed(0)} s${dataset.reused ? ' (an earlier run; reused)' : ''}`);
      if (!process.env.DATABASE_URL) {
        const disk = await statfs(COUNTRY_PG_DIR);
        log(`  disk left        ${gib(disk.bavail * disk.bsize)} of ${gib(disk.blocks * disk.bsize)} where ${COUNTRY_PG_DIR} lies`);
      }

      const season = dataset.seasons[dataset.seasons.length - 1];
      log('');
      log(`today's queries, season ${season.startsOn} – ${season.endsOn}, ${MEASURED} territories (near search: ${NEAR_RUNS} points)`);
      // read before the measures: the machine's load while they ran lies between this and the end's
      const loadAtStart = loadavg();
      const timings = await measureQueries(app, season, MEASURED, NEAR_RUNS, extrasFrom(process.argv).has('raw'));
      log(
        `  load average at the start: ${loadAtStart
          .map((l) => l.toFixed(1))
          .join(' ')}; raw: the same figures by the SQL of before the rollups (bench/country/raw)`,
      );
      log(
        `  ${'query'.padEnd(36)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}  runs | ${'raw median'.padStart(10)} ${'p95'.padStart(9)} ${'max'.padStart(9)}`,
      );
      for (const t of timings) {
        const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
        const raw = t.raw ? ` | ${ms(t.raw.medianMs).padStart(10)} ${ms(t.raw.p95Ms)} ${ms(t.raw.maxMs)}` : '';
        log(`  ${t.query.padEnd(36)} ${ms(t.medianMs)} ${ms(t.p95Ms)} ${ms(t.maxMs)}  ${String(t.runs).padStart(4)}${raw}`);
      }
      log(`  slowest territory: ${timings.flatMap((t) => (t.slowest ? [`${t.query} ${t.slowest}`] : [])).join('; ')}`);
      log(
        `  load average at the end: ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await server.stop();
  }
  await measureExtras(extrasFrom(process.argv), log);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
