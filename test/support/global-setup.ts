import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { TestProject } from 'vitest/node';
import { createLogger } from '#common';
import { MIGRATIONS, runMigrations, startEmbeddedPostgres } from '#database';
import { adminQuery, templateDatabaseName, withDatabase } from './test-database.js';
import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
    templateDatabase: string;
  }
}

/**
 * One PostgreSQL server for the whole run: DATABASE_URL's, or a fresh embedded one in a
 * temporary folder. A template database is migrated once; each test file clones it.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger('warn');
  let serverUrl = process.env.DATABASE_URL;
  let cleanup = (): Promise<void> => Promise.resolve();
  if (!serverUrl) {
    const folder = await mkdtemp(join(tmpdir(), 'terroir-test-'));
    await chmod(folder, 0o755); // the embedded server may run as the "postgres" user
    // a throw-away server: Ctrl-C in the terminal stops it with the run
    const server = await startEmbeddedPostgres(join(folder, 'pg'), await freePort(), logger, { detached: false, throwAway: true });
    serverUrl = server.url;
    cleanup = async () => {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    };
  }

  const templateDatabase = templateDatabaseName();
  await adminQuery(serverUrl, `CREATE DATABASE ${templateDatabase}`);
  const template = new DataSource({
    type: 'postgres',
    url: withDatabase(serverUrl, templateDatabase),
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
  });
  await template.initialize();
  await runMigrations(template);
  await template.destroy();

  project.provide('databaseServerUrl', serverUrl);
  project.provide('templateDatabase', templateDatabase);
  const url = serverUrl;
  return async () => {
    await adminQuery(url, `DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`).catch(() => undefined);
    await cleanup();
  };
}
