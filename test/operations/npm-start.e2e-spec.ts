import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/transpile.mjs';
import { isAlive, postmasterPid, until } from '../support/api-process.js';
import { freePort } from '../support/free-port.js';

describe('npm start, stopped by a process manager that signals npm itself', () => {
  let folder: string | undefined;
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('SIGTERM to npm reaches the app, which stops in order, stops its PostgreSQL and exits 0', async () => {
    folder = await mkdtemp(join(tmpdir(), 'terroir-npm-start-'));
    await chmod(folder, 0o755); // the embedded server may run as the "postgres" user
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      DATA_DIR: folder,
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_PORT: String(await freePort()),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
    };
    delete env.DATABASE_URL;
    const npm = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [npm.stdout, npm.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    try {
      // its own word that it is ready, not only an answer on its port
      await until('ready', () => output.includes('Terroir Pass ready'), 90_000);
      expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
      const postgres = await postmasterPid(join(folder, 'pg'));
      expect(postgres).toBeGreaterThan(0);

      npm.kill('SIGTERM');

      expect(await exited, output).toBe(0);
      expect(output).toMatch(/app closed: counts written, database pool closed[^]*embedded PostgreSQL stopped/);
      expect(isAlive(postgres!)).toBe(false);
      expect(await postmasterPid(join(folder, 'pg'))).toBeUndefined();
    } finally {
      if (npm.exitCode === null) npm.kill('SIGKILL');
    }
  }, 120_000);
});
