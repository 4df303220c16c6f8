import { access, chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backupCommand } from '../../apps/cli/src/tasks/backup.js';
import { restoreCommand } from '../../apps/cli/src/tasks/restore.js';
import { createApp } from '../../apps/api/src/app.factory.js';
import { prepareDatabase } from '../../apps/api/src/prepare-database.js';
import { createLogger, loadConfig, type AppConfig } from '#common';
import { openDatabaseServer, startEmbeddedPostgres, type RunningDatabase } from '#database';
import { freePort } from '../support/free-port.js';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Every user table's rows, as one digest per table: equal digests, identical rows. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const digests: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS digest FROM public."${name}" t`,
      );
      digests[name] = `${rows[0].n} rows ${rows[0].digest}`;
    }
    return digests;
  } finally {
    await client.end();
  }
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('backing up and restoring the embedded database (cli backup, cli restore)', () => {
  const logger = createLogger('silent');
  let folder: string;
  let config: AppConfig;
  let database: RunningDatabase | undefined;
  let out: string[];

  /** Runs a command with what it prints kept. */
  const run = async (command: () => Promise<number>) => {
    out = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void out.push(line));
    try {
      return await command();
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  };
  const start = async () => (database = await openDatabaseServer(config, logger));
  const stop = async () => {
    await database?.stop();
    database = undefined;
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'terroir-backup-'));
    await chmod(folder, 0o755); // the embedded server may run as the "postgres" user
    config = loadConfig({ NODE_ENV: 'development', DATA_DIR: folder, EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'silent' });
  });
  afterAll(async () => {
    await stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('backs up the demo database while the app runs and writes, refuses to restore under it, and restores every row as it was at the backup', async () => {
    const { url } = await start();
    const app = await createApp(config, url, logger);
    await prepareDatabase(app, config, logger); // migrations and the demo territory with its simulated season
    const atBackup = await fingerprint(url);
    expect(Number(atBackup.redemptions.split(' ')[0])).toBeGreaterThan(100);

    // Someone keeps writing during the backup, one acknowledged row after another.
    await query(url, `CREATE TABLE backup_probe (id int PRIMARY KEY)`);
    const writer = new pg.Client({ connectionString: url });
    await writer.connect();
    let written = 0;
    let writing = true;
    const writes = (async () => {
      while (writing) await writer.query('INSERT INTO backup_probe VALUES ($1)', [written + 1]).then(() => written++);
    })();
    await vi.waitFor(() => expect(written).toBeGreaterThan(20), { timeout: 10_000 });
    const beforeBackup = written;
    const file = join(folder, 'backups', 'demo.tar.gz');
    expect(await run(() => backupCommand(config, logger, { out: file }))).toBe(0);
    const afterBackup = written + 1; // the insert in flight when the backup ended may be in it
    writing = false;
    await writes;
    await writer.end();
    expect(out[0]).toMatch(/^Backup written to .*demo\.tar\.gz \([\d.]+ MB, [\d.]+ s, taken while the app was running\)\.$/);
    expect(out[1]).toMatch(/npm run cli -- restore .*demo\.tar\.gz$/);

    // Life goes on: uses of offers deleted, a territory added, producers renamed.
    await query(url, `DELETE FROM redemptions WHERE ctid IN (SELECT ctid FROM redemptions LIMIT 50)`);
    await query(url, `INSERT INTO territories (name, slug) VALUES ('Après la sauvegarde', 'apres')`);
    await query(url, `UPDATE producers SET name = name || ' (renamed)'`);
    const changed = await fingerprint(url);

    expect(await run(() => restoreCommand(config, logger, { file }))).toBe(1);
    expect(out.join('\n')).toMatch(/The embedded PostgreSQL is running on .*\(pid \d+, port \d+\).*Stop it first/);
    expect(await fingerprint(url)).toEqual(changed);

    await app.close();
    await stop();
    expect(await run(() => restoreCommand(config, logger, { file }))).toBe(0);
    expect(out[0]).toMatch(/^Restored .* from .*demo\.tar\.gz \(taken .*\): it starts, \d+ tables\.$/);
    const kept = (await readdir(folder)).filter((name) => name.startsWith('pg.before-restore-'));
    expect(kept).toHaveLength(1);
    expect(out[1]).toContain(kept[0]);

    const { url: restoredUrl } = await start();
    const { backup_probe: probe, ...restored } = await fingerprint(restoredUrl);
    expect(restored).toEqual(atBackup);
    // the writes acknowledged before the backup, and then up to a point with none missing: 1…last
    const [{ n, last }] = (await query(restoredUrl, `SELECT count(*)::int AS n, coalesce(max(id), 0) AS last FROM backup_probe`)).rows;
    expect(probe).toBeDefined();
    expect(n).toBe(last);
    expect(n).toBeGreaterThan(beforeBackup); // some written during the copy, brought back by the WAL
    expect(n).toBeLessThanOrEqual(afterBackup);
    await stop();

    // the data as it was before the restore is still there, whole
    const previous = await startEmbeddedPostgres(join(folder, kept[0]), config.embeddedPostgresPort, logger);
    try {
      expect(await fingerprint(previous.url)).toEqual(changed);
    } finally {
      await previous.stop();
    }
  }, 120_000);

  it('with the app stopped, starts the database for the backup and stops it after; the restore brings back what was deleted', async () => {
    const { url } = await start();
    const atBackup = await fingerprint(url);
    await stop();

    expect(await run(() => backupCommand(config, logger, { out: join(folder, 'backups', 'cold.tar.gz') }))).toBe(0);
    expect(out[0]).toMatch(/the database was started for it and stopped again/);
    expect(await exists(join(folder, 'pg', 'postmaster.pid'))).toBe(false);

    const again = await start();
    await query(again.url, `DELETE FROM scans`);
    await query(again.url, `DELETE FROM offer_views`);
    await stop();
    expect(await run(() => restoreCommand(config, logger, { file: join(folder, 'backups', 'cold.tar.gz') }))).toBe(0);
    expect(await fingerprint((await start()).url)).toEqual(atBackup);
    await stop();
  }, 60_000);

  it('refuses a file that is not a backup, changing nothing', async () => {
    const { url } = await start();
    const before = await fingerprint(url);
    await stop();
    const entries = await readdir(folder);
    const wrong = join(folder, 'not-a-backup.tar.gz');
    await writeFile(wrong, gzipSync(Buffer.from('id;name\n1;honey\n'.repeat(100))));

    expect(await run(() => restoreCommand(config, logger, { file: wrong }))).toBe(1);
    expect(out.join('\n')).toMatch(/could not be read as a backup/);
    expect(await run(() => restoreCommand(config, logger, { file: join(folder, 'missing.tar.gz') }))).toBe(1);
    expect(out.join('\n')).toMatch(/There is no file .*missing\.tar\.gz/);
    expect(await readdir(folder)).toEqual(entries.concat('not-a-backup.tar.gz').sort());
    expect(await fingerprint((await start()).url)).toEqual(before);
    await stop();
  }, 60_000);

  it('with DATABASE_URL, says to use pg_dump and pg_restore of a matching version', async () => {
    const withServer = { ...config, databaseUrl: 'postgres://terroir:secret@db.internal:5432/terroir' };
    expect(await run(() => backupCommand(withServer, logger, {}))).toBe(1);
    expect(out.join('\n')).toMatch(/DATABASE_URL is set.*\n.*pg_dump --format=custom --file terroir-.*"\$DATABASE_URL"/);
    expect(out.join('\n')).toMatch(/pg_restore --no-owner --dbname "\$DATABASE_URL"/);
    expect(await run(() => restoreCommand(withServer, logger, { file: 'x.dump' }))).toBe(1);
    expect(out.join('\n')).toMatch(/pg_restore/);
  });
});
