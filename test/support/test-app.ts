import type { AddressInfo, Server } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { expect } from 'vitest';
import { createApp } from '../../apps/api/src/app.factory.js';
import { UsersService } from '#accounts';
import { createLogger, loadConfig, type AppConfig, type Role } from '#common';
import { checkedAgainstContract } from './api-contract.js';
import { freshTestDatabase } from './database-server.js';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface Member {
  userId: string;
  email: string;
  token: string;
}

export interface TestApp {
  app: NestFastifyApplication;
  /** Requests as the platform admin (who may do everything): for tests of behaviour, not of access. */
  http: () => ReturnType<typeof request.agent>;
  /** Requests with this access token. */
  as: (token: string) => ReturnType<typeof request.agent>;
  /** Requests from nobody signed in. */
  anonymous: () => ReturnType<typeof request>;
  dataSource: DataSource;
  databaseUrl: string;
  config: AppConfig;
  adminToken: string;
  signIn(email: string, password?: string): Promise<string>;
  /** An active member with a password, signed in (invitations are tested on their own). */
  member(territoryId: string, role: Role, links?: { producerId?: string; accommodationIds?: string[] }): Promise<Member>;
  /** Its base URL: it listens on a free loopback port from the start, or moves to `port` (a restarted server on the same address). */
  listen(port?: number): Promise<string>;
  close(): Promise<void>;
}

let people = 0;

const listening = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

/**
 * The real app over HTTP, on a database of its own cloned from the migrated template — or, with
 * `sharing`, a second instance on the same database (as behind a load balancer). `reach` turns the
 * database's URL into the one the app connects to (through a `startDatabaseProxy`, say); the
 * test's `databaseUrl` stays the direct one.
 */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  sharing?: Pick<TestApp, 'databaseUrl'>,
  reach: (databaseUrl: string) => string = (url) => url,
): Promise<TestApp> {
  const database = sharing ? { url: sharing.databaseUrl, drop: () => Promise.resolve() } : await freshTestDatabase();
  const config = { ...loadConfig({ NODE_ENV: 'test', PUBLIC_BASE_URL: 'http://terroir.test', PASSWORD_HASH_COST: '10' }), seedDemo: false, ...overrides };
  const app = await createApp(config, reach(database.url), createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
  const server = app.getHttpServer();
  // listening from the start: supertest would otherwise open and close a port for every request
  await listening(server, 0);
  const users = app.get(UsersService);
  const dataSource = app.get<DataSource>(getDataSourceToken());

  const signIn = async (email: string, password = TEST_PASSWORD) => {
    const response = await checkedAgainstContract(request(server)).post('/api/v1/auth/login').send({ email, password });
    expect(response.status, `sign-in of ${email}: ${JSON.stringify(response.body)}`).toBe(200);
    return response.body.accessToken as string;
  };
  // every answer is checked against docs/openapi.json (see api-contract.ts)
  const as = (token: string) => checkedAgainstContract(request.agent(server).set('authorization', `Bearer ${token}`));

  const adminEmail = `admin-${++people}@test.test`;
  await users.createAdmin(adminEmail, TEST_PASSWORD);
  const adminToken = await signIn(adminEmail);

  return {
    app,
    http: () => as(adminToken),
    as,
    anonymous: () => checkedAgainstContract(request(server)),
    dataSource,
    databaseUrl: database.url,
    config,
    adminToken,
    signIn,
    async member(territoryId, role, links = {}) {
      const email = `${role}-${++people}@test.test`;
      const user = await dataSource.transaction((tx) =>
        users.createMember(tx, { email, name: `${role} ${people}`, password: TEST_PASSWORD, territoryId, role, ...links }),
      );
      return { userId: user.id, email, token: await signIn(email) };
    },
    async listen(port) {
      if (port !== undefined && port !== (server.address() as AddressInfo).port) {
        await new Promise<void>((resolve, reject) => server.close((error?: Error) => (error ? reject(error) : resolve())));
        await listening(server, port);
      }
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
