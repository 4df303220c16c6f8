import 'reflect-metadata';
import { ConfigError, createLogger, loadConfig } from '#common';
import { EmbeddedPostgresError, openDatabaseServer } from '#database';
import { createApp } from './app.factory.js';
import { prepareDatabase } from './prepare-database.js';
import { Shutdown } from './shutdown.js';

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
  // From here on, whatever happens, PostgreSQL is stopped last and by us.
  const shutdown = new Shutdown(database, logger).listen();
  try {
    const app = await createApp(config, database.url, logger);
    shutdown.attach(app);
    await prepareDatabase(app, config, logger);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    logger.error({ err: error }, 'the API could not start');
    await shutdown.run('failed start', 1);
    return;
  }
  const base = `http://localhost:${config.port}`;
  logger.info({ url: base, memberPages: `${base}/app`, docs: `${base}/docs` }, `Terroir Pass ready: member pages ${base}/app, API documentation ${base}/docs`);
}

main().catch((error) => {
  console.error(error instanceof EmbeddedPostgresError ? error.message : error);
  process.exit(1);
});
