import 'reflect-metadata';
import { constants } from 'node:os';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createLogger, loadConfig, PinoNestLogger, type AppConfig } from '#common';
import { openDatabaseServer, runMigrations, type RunningDatabase } from '#database';
import { CliModule } from './cli.module.js';

/**
 * Runs a command's work on the migrated database: DATABASE_URL, or the embedded PostgreSQL the
 * running server started (left running), or one started for the command and stopped after it.
 */
export async function withAppContext(work: (app: INestApplicationContext, config: AppConfig) => Promise<number>): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const database = await openDatabaseServer(config, logger, { shareRunning: true });
  if (database.sharedWith) {
    console.error(
      `Using the embedded PostgreSQL the running server started (pid ${database.sharedWith.pid}, port ${database.sharedWith.port}); it keeps running.`,
    );
  } else {
    stopDatabaseOnSignals(database);
  }
  try {
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(config, database.url), { logger: new PinoNestLogger(logger) });
    try {
      const applied = await runMigrations(app.get<DataSource>(getDataSourceToken()));
      console.log(applied.length === 0 ? 'Database schema is up to date.' : `Applied migrations: ${applied.join(', ')}`);
      return await work(app, config);
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

/** A server this command started stops with it, even when the command is interrupted. */
function stopDatabaseOnSignals(database: RunningDatabase): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.error(`${signal}: stopping the embedded PostgreSQL`);
      void database.stop().finally(() => process.exit(128 + constants.signals[signal]));
    });
  }
}
