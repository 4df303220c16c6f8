import { createWriteStream } from 'node:fs';
import { open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { TarWriter } from './tar-writer.js';

/** Inside the archive the data directory is `pg/`, as in DATA_DIR: `tar xzf` gives a folder, not a scattering of files. */
export const ARCHIVE_ROOT = 'pg';

/**
 * What a base backup leaves out, as pg_basebackup does: directories whose contents the
 * server recreates (pg_wal gets only the segments the backup needs, added at the end),
 * and files that describe the running server rather than the data.
 */
const EMPTIED_DIRECTORIES = new Set(['pg_dynshmem', 'pg_notify', 'pg_replslot', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans', 'pg_wal']);
const LEFT_OUT_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'current_logfiles', 'pg_internal.init']);
const WAL_SEGMENT = /^[0-9A-F]{24}$/;
// Written last: the backup_label written at the end says where recovery starts, whatever pg_control said when copied.
const CONTROL_FILE = 'global/pg_control';

export interface BaseBackupSummary {
  file: string;
  bytes: number;
  walSegments: number;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** The first `size` bytes of a file (fewer if it shrank meanwhile), in pieces of at most 1 MiB. */
async function* chunksOf(handle: FileHandle, size: number): AsyncGenerator<Buffer> {
  for (let left = size; left > 0; ) {
    const piece = Math.min(left, 1 << 20);
    const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(piece), 0, piece, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
    left -= bytesRead;
  }
}

/** Adds a file as it is now; one dropped since the directory was listed is no loss (the WAL says so). */
async function addFile(tar: TarWriter, path: string, name: string): Promise<boolean> {
  const handle = await open(path).catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
  if (!handle) return false;
  try {
    const stats = await handle.stat();
    await tar.file(name, stats.size, stats.mode, stats.mtime, chunksOf(handle, stats.size));
    return true;
  } finally {
    await handle.close();
  }
}

async function addDirectory(tar: TarWriter, dataDir: string, relative: string): Promise<void> {
  const path = relative ? join(dataDir, relative) : dataDir;
  const entries = await readdir(path, { withFileTypes: true }).catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
  if (!entries) return;
  const { mode } = await stat(path);
  await tar.directory(relative ? `${ARCHIVE_ROOT}/${relative}` : ARCHIVE_ROOT, mode);
  const emptied = EMPTIED_DIRECTORIES.has(relative);
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) throw new Error(`${child} is a symbolic link (a tablespace?): this backup copies one data directory only`);
    if (entry.isDirectory()) {
      // pg_wal/archive_status and pg_wal/summaries must exist at start, empty; a slot's folder (ours) must not
      if (emptied) {
        if (relative === 'pg_wal') await tar.directory(`${ARCHIVE_ROOT}/${child}`, mode);
      } else if (!entry.name.startsWith('pgsql_tmp')) await addDirectory(tar, dataDir, child);
    } else if (entry.isFile() && !emptied && !LEFT_OUT_FILES.has(entry.name) && !entry.name.startsWith('pgsql_tmp') && child !== CONTROL_FILE) {
      await addFile(tar, join(dataDir, child), `${ARCHIVE_ROOT}/${child}`);
    }
  }
}

/**
 * An online base backup of the server at `serverUrl` (a superuser), whose data directory
 * is `dataDir` on this machine, into one tar.gz file: PostgreSQL's low-level backup API.
 * The data files are copied while the server runs and writes (pg_backup_start makes it log
 * whole pages, so torn copies are repaired), then the WAL written meanwhile is added, kept
 * from recycling by a temporary replication slot, with the backup_label pg_backup_stop
 * hands back. The result starts like a data directory after a crash: PostgreSQL replays
 * that WAL up to the end of the backup, a consistent copy as of pg_backup_stop.
 */
export async function writeBaseBackup(serverUrl: string, dataDir: string, file: string): Promise<BaseBackupSummary> {
  const client = new pg.Client({ connectionString: serverUrl, application_name: 'terroir-backup' });
  await client.connect();
  const partial = `${file}.partial`;
  const gzip = createGzip({ level: 1 });
  const written = pipeline(gzip, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
  // if the copy fails first, its error is the one to report; this one would be a consequence
  written.catch(() => undefined);
  try {
    await client.query('SELECT pg_create_physical_replication_slot($1, true, true)', [`terroir_backup_${process.pid}`]);
    const start = await client.query<{ segment: string }>('SELECT pg_walfile_name(pg_backup_start($1, true)) AS segment', [`terroir-pass ${file}`]);
    const tar = new TarWriter(gzip);
    await addDirectory(tar, dataDir, '');
    await addFile(tar, join(dataDir, CONTROL_FILE), `${ARCHIVE_ROOT}/${CONTROL_FILE}`);
    const stop = await client.query<{ segment: string; labelfile: string; spcmapfile: string }>(
      'SELECT pg_walfile_name(lsn) AS segment, labelfile, spcmapfile FROM pg_backup_stop(false)',
    );
    const { segment: last, labelfile, spcmapfile } = stop.rows[0];
    const first = start.rows[0].segment;
    const needed = (await readdir(join(dataDir, 'pg_wal'))).filter((name) => (WAL_SEGMENT.test(name) && name >= first && name <= last) || name.endsWith('.history')).sort();
    for (const name of needed) await addFile(tar, join(dataDir, 'pg_wal', name), `${ARCHIVE_ROOT}/pg_wal/${name}`);
    if (!needed.includes(last)) throw new Error(`the WAL segment ${last} the backup needs is missing from pg_wal`);
    await tar.buffer(`${ARCHIVE_ROOT}/backup_label`, Buffer.from(labelfile));
    if (spcmapfile) await tar.buffer(`${ARCHIVE_ROOT}/tablespace_map`, Buffer.from(spcmapfile));
    await tar.finish();
    gzip.end();
    await written;
    await rename(partial, file);
    return { file, bytes: (await stat(file)).size, walSegments: needed.filter((name) => WAL_SEGMENT.test(name)).length };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    // ends backup mode if it is still on, and drops the temporary slot
    await client.end();
  }
}
