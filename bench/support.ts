import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { startEmbeddedPostgres } from '#database';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A scratch database for a benchmark: on DATABASE_URL's server, or on a throw-away embedded one. */
export async function scratchDatabase(logger: Logger): Promise<{ url: string; dispose(): Promise<void> }> {
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = (): Promise<void> => Promise.resolve();
  if (!serverUrl) {
    const folder = await mkdtemp(join(tmpdir(), 'terroir-bench-'));
    await chmod(folder, 0o755);
    // a throw-away server: Ctrl-C in the terminal stops it with the run
    const server = await startEmbeddedPostgres(join(folder, 'pg'), await freePort(), logger, { detached: false });
    serverUrl = server.url;
    stopServer = async () => {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    };
  }
  const name = `terroir_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: serverUrl.replace(/\/[^/]*$/, `/${name}`),
    dispose: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl.replace(/\/[^/]*$/, '/postgres') });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
      await stopServer();
    },
  };
}
