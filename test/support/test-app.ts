import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createApp } from '../../apps/api/src/app.factory.js';
import { createLogger, loadConfig, type AppConfig } from '../../libs/common/src/index.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: NestFastifyApplication;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real app over HTTP, on a database of its own cloned from the migrated template. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase(inject('databaseServerUrl'));
  const config = { ...loadConfig({ NODE_ENV: 'test', PUBLIC_BASE_URL: 'http://terroir.test' }), seedDemo: false, ...overrides };
  const app = await createApp(config, database.url, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
  return {
    app,
    http: () => request(app.getHttpServer()),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    databaseUrl: database.url,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
