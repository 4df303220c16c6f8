import 'reflect-metadata';
import { ConfigError, createLogger, loadConfig } from '../../../libs/common/src/index.js';
import { openDatabaseServer } from '../../../libs/database/src/index.js';
import { createApp } from './app.factory.js';
import { prepareDatabase } from './prepare-database.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const database = await openDatabaseServer(config, logger);
  let closing = false;
  const app = await createApp(config, database.url, logger).catch(async (error) => {
    await database.stop();
    throw error;
  });

  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    await app.close().catch((error) => logger.error({ err: error }, 'error while closing the app'));
    await database.stop().catch((error) => logger.error({ err: error }, 'error while stopping PostgreSQL'));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await prepareDatabase(app, config, logger);
  await app.listen({ port: config.port, host: config.host });
  logger.info({ url: `http://localhost:${config.port}`, docs: `http://localhost:${config.port}/docs` }, `Terroir Pass API ready: open http://localhost:${config.port}/docs`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
