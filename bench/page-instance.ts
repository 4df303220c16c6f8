/**
 * One server of the page benchmark, in a process of its own (its memory is its own, as an API
 * instance's is): the API on a database (`BENCH_DATABASE_URL`; `BENCH_SEED_DEMO=1` for the first,
 * which migrates and loads the demo), or a bare node:http server answering the bytes of
 * `BENCH_BODY_FILE` with the headers of `BENCH_HEADERS`. The seeding one also makes a platform
 * admin `BENCH_ADMIN_EMAIL` with `BENCH_ADMIN_PASSWORD` when they are set. It tells its parent its
 * port, answers `memory` with its process.memoryUsage() and cpuUsage(), `collect` with its memory
 * after a full collection (when started with --expose-gc, which only exposes `gc()`: the heap that
 * is live, not garbage), and ends on `stop`. Started by page-load.ts.
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../apps/api/src/app.factory.js';
import { prepareDatabase } from '../apps/api/src/prepare-database.js';
import { UsersService } from '#accounts';
import { createLogger, loadConfig } from '#common';

export type InstanceMessage = { port: number } | { memory: NodeJS.MemoryUsage; cpu: NodeJS.CpuUsage } | { failed: string };

const send = (message: InstanceMessage) => process.send?.(message);

async function startApp(): Promise<{ port: number; stop(): Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('BENCH_DATABASE_URL is not set');
  // the configuration a deployment runs with (its log level too), on the benchmark's database
  const config = { ...loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(48), ...process.env }), seedDemo: process.env.BENCH_SEED_DEMO === '1' };
  const logger = createLogger(config.logLevel);
  const app: NestFastifyApplication = await createApp(config, url, logger);
  await prepareDatabase(app, config, logger);
  const { BENCH_ADMIN_EMAIL: email, BENCH_ADMIN_PASSWORD: password } = process.env;
  if (config.seedDemo && email && password) await app.get(UsersService).createAdmin(email, password);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { port: (app.getHttpServer().address() as AddressInfo).port, stop: () => app.close() };
}

async function startBare(): Promise<{ port: number; stop(): Promise<void> }> {
  const body = await readFile(process.env.BENCH_BODY_FILE ?? '');
  const headers = { ...(JSON.parse(process.env.BENCH_HEADERS ?? '{}') as Record<string, string>), 'content-length': body.length };
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main() {
  const server = process.env.BENCH_ROLE === 'bare' ? await startBare() : await startApp();
  process.on('message', (message: string) => {
    if (message === 'memory') send({ memory: process.memoryUsage(), cpu: process.cpuUsage() });
    if (message === 'collect') {
      globalThis.gc?.();
      send({ memory: process.memoryUsage(), cpu: process.cpuUsage() });
    }
    if (message === 'stop') void server.stop().then(() => process.exit(0));
  });
  send({ port: server.port });
}

main().catch((error: unknown) => {
  send({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
