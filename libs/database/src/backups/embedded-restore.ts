import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { access, lchown, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream';
import { promisify } from 'node:util';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import type { Logger } from 'pino';
import { startEmbeddedPostgres } from '../embedded-postgres.js';
import { ARCHIVE_ROOT } from './base-backup.js';
import { BackupProblem } from './backup-problem.js';
import { fileStamp } from './file-stamp.js';
import { readPostmaster } from '../embedded/postmaster.js';
import { extractTar } from './tar-reader.js';

export interface EmbeddedRestoreOptions {
  /** The archive written by backupEmbeddedDatabase. */
  archive: string;
  /** The embedded server's data directory, DATA_DIR/pg. */
  dataDir: string;
  /** Where to start the restored server to check it. */
  port: number;
  logger: Logger;
  now?: Date;
}

export interface EmbeddedRestoreSummary {
  /** When the backup was taken, from its backup_label. */
  takenAt?: string;
  tables: number;
  /** Where the data directory as it was before the restore is kept; undefined when there was none. */
  previous?: string;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Who must own the restored files: whoever owns the data directory today; as root on a
 * first restore, the "postgres" user the embedded package runs PostgreSQL as.
 */
async function ownerOf(dataDir: string): Promise<{ uid: number; gid: number } | undefined> {
  const current = await stat(dataDir).catch(() => undefined);
  if (current) return { uid: current.uid, gid: current.gid };
  if (process.getuid?.() !== 0) return undefined;
  const id = async (flag: string) => Number.parseInt((await promisify(execFile)('id', [flag, 'postgres'])).stdout, 10);
  return { uid: await id('-u'), gid: await id('-g') };
}

async function checkStarts(dataDir: string, port: number, logger: Logger): Promise<number> {
  const server = await startEmbeddedPostgres(dataDir, port, logger).catch((error: unknown) => {
    throw new Error(error instanceof Error ? error.message : 'PostgreSQL stopped while starting (run with LOG_LEVEL=debug to see its messages)');
  });
  try {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ tables: number }>(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`);
      return rows[0].tables;
    } finally {
      await client.end();
    }
  } finally {
    await server.stop();
  }
}

/**
 * Puts a backup in place of the embedded database: refused while a server runs on it;
 * unpacked beside it first (a damaged file changes nothing); the data directory as it was is
 * moved aside, never deleted; the restored one is started once to prove it starts (on
 * failure, the previous one is put back).
 */
export async function restoreEmbeddedDatabase(options: EmbeddedRestoreOptions): Promise<EmbeddedRestoreSummary> {
  const { archive, dataDir } = options;
  if (!(await exists(archive))) throw new BackupProblem(`There is no file ${archive}.`);
  const found = await readPostmaster(dataDir);
  if (found.state === 'running') {
    const running = found.postmaster;
    throw new BackupProblem(
      `The embedded PostgreSQL is running on ${dataDir} (pid ${running.pid}, port ${running.port}): the app is probably running. ` +
        `Stop it first (Ctrl-C where npm start runs), then run the restore again. ` +
        `If no app is running, it is a server left behind: stop it with \`kill ${running.pid}\`.`,
    );
  }

  const stamp = fileStamp(options.now ?? new Date(), true);
  const staging = join(dirname(dataDir), `${basename(dataDir)}.restoring-${stamp}`);
  try {
    // pipeline, not pipe: a read error must end the extraction, not leave it waiting
    const unzipped = pipeline(createReadStream(archive, { highWaterMark: 1 << 20 }), createGunzip({ chunkSize: 1 << 18 }), () => undefined);
    const paths = await extractTar(unzipped, staging).catch((error: unknown) => {
      throw new BackupProblem(`${archive} could not be read as a backup: ${error instanceof Error ? error.message : String(error)}`);
    });
    const restored = join(staging, ARCHIVE_ROOT);
    if (!(await exists(join(restored, 'PG_VERSION'))) || !(await exists(join(restored, 'backup_label')))) {
      throw new BackupProblem(`${archive} is not a backup made by cli backup (it has no ${ARCHIVE_ROOT}/PG_VERSION and ${ARCHIVE_ROOT}/backup_label).`);
    }
    const owner = await ownerOf(dataDir);
    if (owner && owner.uid !== process.getuid?.()) {
      for (const path of paths) await lchown(join(staging, path), owner.uid, owner.gid);
    }
    const label = await readFile(join(restored, 'backup_label'), 'utf8');
    const takenAt = /^START TIME: (.+)$/m.exec(label)?.[1];

    const previous = (await exists(dataDir)) ? `${dataDir}.before-restore-${stamp}` : undefined;
    if (previous) await rename(dataDir, previous);
    await rename(restored, dataDir);
    try {
      const tables = await checkStarts(dataDir, options.port, options.logger);
      return { takenAt, tables, previous };
    } catch (error) {
      const failed = `${dataDir}.failed-restore-${stamp}`;
      await rename(dataDir, failed);
      if (previous) await rename(previous, dataDir);
      throw new BackupProblem(
        `The restored database did not start (${error instanceof Error ? error.message : String(error)}). ` +
          `${previous ? `${dataDir} is back as it was before` : 'Nothing was in place before'}; the restored copy is kept in ${failed}.`,
      );
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
