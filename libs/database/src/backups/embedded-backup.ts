import { access, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { startEmbeddedPostgres, useRunningEmbeddedPostgres } from '../embedded-postgres.js';
import { writeBaseBackup, type BaseBackupSummary } from './base-backup.js';
import { BackupProblem } from './backup-problem.js';
import { fileStamp } from './file-stamp.js';

export interface EmbeddedBackupOptions {
  /** The embedded server's data directory, DATA_DIR/pg. */
  dataDir: string;
  /** Where to start the server when it is not running. */
  port: number;
  /** The archive to write; default backups/terroir-<local date and time>.tar.gz. */
  out?: string;
  logger: Logger;
  now?: Date;
}

export interface EmbeddedBackupSummary extends BaseBackupSummary {
  /** Whether the app's server was running (an online backup) or started for the backup and stopped. */
  serverWasRunning: boolean;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** backups/terroir-2026-11-30T0810.tar.gz, or …T0810-2.tar.gz for a second one that minute. */
async function defaultFile(now: Date): Promise<string> {
  const base = resolve('backups', `terroir-${fileStamp(now, false)}`);
  for (let n = 1; ; n++) {
    const file = n === 1 ? `${base}.tar.gz` : `${base}-${n}.tar.gz`;
    if (!(await exists(file))) return file;
  }
}

/**
 * Backs up the embedded database into one file, whether the app runs or not: through the
 * running server when its postmaster.pid says there is one (the app keeps answering), else
 * through a server started for the purpose on the data directory, and stopped after.
 */
export async function backupEmbeddedDatabase(options: EmbeddedBackupOptions): Promise<EmbeddedBackupSummary> {
  if (!(await exists(join(options.dataDir, 'PG_VERSION')))) {
    throw new BackupProblem(`There is no embedded database in ${options.dataDir} to back up: start the app once (npm start), or point DATA_DIR at the folder that holds pg/.`);
  }
  const file = options.out ? resolve(options.out) : await defaultFile(options.now ?? new Date());
  if (await exists(file)) throw new BackupProblem(`${file} already exists: choose another --out, a backup never replaces a file.`);
  await mkdir(dirname(file), { recursive: true });

  const running = await useRunningEmbeddedPostgres(options.dataDir);
  if (running) return { ...(await writeBaseBackup(running.url, options.dataDir, file)), serverWasRunning: true };
  const server = await startEmbeddedPostgres(options.dataDir, options.port, options.logger);
  try {
    return { ...(await writeBaseBackup(server.url, options.dataDir, file)), serverWasRunning: false };
  } finally {
    await server.stop();
  }
}
