import { join } from 'node:path';
import type { Logger } from 'pino';
import { redactUrl, type AppConfig } from '../../common/src/index.js';
import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres.js';

/** The PostgreSQL the app talks to: DATABASE_URL when set, else the embedded server. */
export async function openDatabaseServer(config: AppConfig, logger: Logger): Promise<RunningDatabase> {
  if (config.databaseUrl) {
    logger.info({ database: redactUrl(config.databaseUrl) }, 'using the PostgreSQL server of DATABASE_URL');
    return { url: config.databaseUrl, stop: async () => undefined };
  }
  return startEmbeddedPostgres(join(config.dataDir, 'pg'), config.embeddedPostgresPort, logger);
}
