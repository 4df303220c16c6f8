import { isAbsolute, join, relative } from 'node:path';
import type { Logger } from 'pino';
import type { AppConfig } from '#common';
import { BackupProblem, backupEmbeddedDatabase, restoreEmbeddedDatabase } from '#database';

/** What to run instead when the database is a server of DATABASE_URL: its own tools, of its version. */
const DATABASE_URL_BACKUPS = `DATABASE_URL is set: back that server up with PostgreSQL's own tools, in a version at least the server's (pg_dump --version; the server's is SHOW server_version):
  pg_dump --format=custom --file terroir-$(date +%Y-%m-%dT%H%M).dump "$DATABASE_URL"
and restore into an empty database (or add --clean --if-exists to replace what is there):
  pg_restore --no-owner --dbname "$DATABASE_URL" terroir-….dump
cli backup and cli restore handle the embedded database (DATABASE_URL unset). See docs/operations.md.`;

/** Short inside the project (backups/…, .data/pg), whole elsewhere. */
const shown = (path: string) => {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
};

async function reportProblems(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof BackupProblem)) throw error;
    console.error(error.message);
    return 1;
  }
}

export function backupCommand(config: AppConfig, logger: Logger, options: { out?: string }): Promise<number> {
  if (config.databaseUrl) {
    console.error(DATABASE_URL_BACKUPS);
    return Promise.resolve(1);
  }
  return reportProblems(async () => {
    const startedAt = Date.now();
    const backup = await backupEmbeddedDatabase({ dataDir: join(config.dataDir, 'pg'), port: config.embeddedPostgresPort, out: options.out, logger });
    const megabytes = (backup.bytes / 1_048_576).toFixed(1);
    console.log(
      `Backup written to ${shown(backup.file)} (${megabytes} MB, ${((Date.now() - startedAt) / 1000).toFixed(1)} s, ` +
        `${backup.serverWasRunning ? 'taken while the app was running' : 'the database was started for it and stopped again'}).`,
    );
    console.log(`Restore it with: npm run cli -- restore ${shown(backup.file)}`);
    return 0;
  });
}

export function restoreCommand(config: AppConfig, logger: Logger, options: { file?: string }): Promise<number> {
  if (config.databaseUrl) {
    console.error(DATABASE_URL_BACKUPS);
    return Promise.resolve(1);
  }
  const { file } = options;
  if (!file) {
    console.error('Which backup? cli restore FILE (e.g. backups/terroir-2026-11-30T0810.tar.gz)');
    return Promise.resolve(2);
  }
  return reportProblems(async () => {
    const dataDir = join(config.dataDir, 'pg');
    const restored = await restoreEmbeddedDatabase({ archive: file, dataDir, port: config.embeddedPostgresPort, logger });
    console.log(`Restored ${shown(dataDir)} from ${file}${restored.takenAt ? ` (taken ${restored.takenAt})` : ''}: it starts, ${restored.tables} tables.`);
    if (restored.previous) console.log(`The database as it was is kept in ${shown(restored.previous)}: delete that folder once you no longer need it.`);
    console.log('Start the app as usual (npm start).');
    return 0;
  });
}
