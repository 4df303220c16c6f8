import { join } from 'node:path';
import type { Logger } from 'pino';
import { redactUrl, type AppConfig } from '#common';
import { startEmbeddedPostgres, useRunningEmbeddedPostgres, type RunningDatabase } from './embedded-postgres.js';

/**
 * The PostgreSQL the app talks to: DATABASE_URL when set, else the embedded server. With
 * `shareRunning` (the command line), an embedded server already running on DATA_DIR is used
 * and left running rather than a second one started on the same files.
 */
export async function openDatabaseServer(config: AppConfig, logger: Logger, options: { shareRunning?: boolean } = {}): Promise<RunningDatabase> {
  if (config.databaseUrl) {
    logger.info({ database: redactUrl(config.databaseUrl) }, 'using the PostgreSQL server of DATABASE_URL');
    return { url: config.databaseUrl, stop: () => Promise.resolve() };
  }
  const dir = join(config.dataDir, 'pg');
  if (options.shareRunning) {
    const running = await useRunningEmbeddedPostgres(dir);
    if (running) return running;
  }
  return startEmbeddedPostgres(dir, config.embeddedPostgresPort, logger);
}
