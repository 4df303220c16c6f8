/**
 * What reading from a streaming replica costs and gives: one primary and one hot standby (started
 * as the replica's test does), one app without DATABASE_READ_URL and one with it, on the demo
 * territory. Each measure runs both apps in the order A B B A. Printed: the tourist page (cached: no read per request) and the open data feed (read
 * on every request) under load for each app, the feed again while a producer is edited 10 times a
 * second (every edit sends content reads to the primary until the replica has replayed it), and
 * the cost of the lag rule's own queries.
 *
 *   npm run bench:replica            (CONNECTIONS=10 DURATION=5 seconds by default)
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import autocannon from 'autocannon';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/app.factory.js';
import { prepareDatabase } from '../apps/api/src/prepare-database.js';
import { createLogger, loadConfig } from '#common';
import { ReadDatabase } from '#database';
import { freePort, median, percentile } from './support.js';
import { startStreamingPair } from './streaming-pair.js';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const DURATION = Number(process.env.DURATION ?? 5);

async function load(url: string): Promise<autocannon.Result> {
  const options = { url, connections: CONNECTIONS, pipelining: 1, timeout: 10 };
  await autocannon({ ...options, duration: 1 });
  const result = await autocannon({ ...options, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result;
}

/** Each app twice, in the order A B B A, so that neither gains from running second on a busy machine. */
async function compare(primaryOnly: string, withReplica: string): Promise<void> {
  const runs = { primaryOnly: [] as autocannon.Result[], withReplica: [] as autocannon.Result[] };
  runs.primaryOnly.push(await load(primaryOnly));
  runs.withReplica.push(await load(withReplica));
  runs.withReplica.push(await load(withReplica));
  runs.primaryOnly.push(await load(primaryOnly));
  const line = (results: autocannon.Result[]) =>
    results.map((r) => `${r.requests.average.toFixed(0).padStart(6)} req/s (p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms)`).join('  ');
  console.log(`  primary only       ${line(runs.primaryOnly)}`);
  console.log(`  with the replica   ${line(runs.withReplica)}`);
}

/** Median and p99 in ms of `n` runs of one query on its own connection. */
async function timed(url: string, sql: string, n = 2_000): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    await client.query(sql);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await client.end();
  return `median ${median(times).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms`;
}

async function main() {
  const logger = createLogger('silent');
  // crash-safe: with synchronous_commit off a commit reaches the standby only at the WAL writer's next flush (200 ms)
  const pair = await startStreamingPair(freePort, { throwAway: false });
  const apps: NestFastifyApplication[] = [];
  try {
    const base = { ...loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' }), seedDemo: true };
    const start = async (readUrl?: string) => {
      const config = { ...base, databaseReadUrl: readUrl };
      const app = await createApp(config, pair.primaryUrl, logger);
      await prepareDatabase(app, config, logger);
      await app.listen({ port: 0, host: '127.0.0.1' });
      apps.push(app);
      return { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}` };
    };
    const primaryOnly = await start();
    const withReplica = await start(pair.replicaUrl);
    const dataSource = primaryOnly.app.get<DataSource>(getDataSourceToken());
    const [{ code, territoryId }] = await dataSource.query<{ code: string; territoryId: string }[]>(
      'SELECT code, territory_id AS "territoryId" FROM accommodations ORDER BY name LIMIT 1',
    );
    const [{ producerId }] = await dataSource.query<{ producerId: string }[]>('SELECT id AS "producerId" FROM producers WHERE territory_id = $1 LIMIT 1', [
      territoryId,
    ]);
    const paths = { 'tourist page (cached)': `/v/${code}?lang=fr`, 'open data feed (read each time)': `/api/v1/territories/${territoryId}/producers.geojson` };

    console.log(`${CONNECTIONS} connections, ${DURATION} s each after 1 s of warm-up; both servers and the apps on this machine`);
    for (const [label, path] of Object.entries(paths)) {
      console.log(`\n${label} ${path}`);
      await compare(primaryOnly.url + path, withReplica.url + path);
    }

    console.log('\nopen data feed while a producer is edited 10 times a second (each edit: a notification, the fence raised)');
    let edits = 0;
    const editing = setInterval(() => {
      edits += 1;
      void dataSource.query(`UPDATE producers SET hours_note = $2 WHERE id = $1`, [producerId, `bench ${edits}`]);
    }, 100);
    try {
      const path = paths['open data feed (read each time)'];
      const reads = withReplica.app.get(ReadDatabase).answered;
      const before = { ...reads };
      await compare(primaryOnly.url + path, withReplica.url + path);
      const onReplica = reads.replica - before.replica;
      const onPrimary = reads.primary - before.primary;
      console.log(`  reads of the app with the replica: ${onReplica} on the replica, ${onPrimary} on the primary (${edits} edits)`);
    } finally {
      clearInterval(editing);
    }

    console.log('\nthe lag rule’s own queries (one connection, 2,000 runs)');
    console.log(`  primary: pg_current_wal_insert_lsn()     ${await timed(pair.primaryUrl, 'SELECT pg_current_wal_insert_lsn()')}`);
    console.log(`  replica: pg_last_wal_replay_lsn()        ${await timed(pair.replicaUrl, 'SELECT pg_last_wal_replay_lsn()')}`);
  } finally {
    for (const app of apps) await app.close();
    await pair.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
