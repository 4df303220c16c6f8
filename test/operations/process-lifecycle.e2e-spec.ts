import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliModule } from '../../apps/cli/src/cli.module.js';
import { UsersService } from '#accounts';
import { createLogger, loadConfig } from '#common';
import { startEmbeddedPostgres } from '#database';
import { isAlive, postmasterPid, runCli, startApi, until, type RunningProcess } from '../support/api-process.js';
import { freePort } from '../support/free-port.js';
import { compileSources } from '../support/compiled-sources.js';
import { factories } from '../support/factories.js';

const ADMIN = { email: 'operator@process.test', password: 'a-long-operator-password' };

interface Answer {
  status?: number;
  error?: string;
  body: Buffer;
  /** When the answer (or the failure) came. */
  at: number;
}

/** One GET, its whole body read: what a client finally got, and when. */
function get(url: string, options: { agent: http.Agent | false; headers?: Record<string, string>; onSent?: () => void }): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: options.agent, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks), at: Date.now() }));
      res.on('error', (error) => resolve({ status: res.statusCode, error: error.message, body: Buffer.concat(chunks), at: Date.now() }));
    });
    req.on('finish', () => options.onSent?.());
    req.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message, body: Buffer.alloc(0), at: Date.now() }));
  });
}

const portIsClosed = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

describe('the API process: stopping, crashing and sharing its embedded PostgreSQL', () => {
  let compiled: Awaited<ReturnType<typeof compileSources>>;
  let folder: string;
  let pgDir: string;
  let pgPort: number;
  let env: Record<string, string>;
  let base: string;
  let api: RunningProcess;
  let token: string;
  let world: { territoryId: string; code: string };

  const ready = () =>
    fetch(`${base}/health/ready`).then(
      (response) => response.status,
      () => 0,
    );
  const territories = async () => ((await (await fetch(`${base}/api/v1/territories`)).json()) as { total: number }).total;

  beforeAll(async () => {
    compiled = await compileSources();
    folder = await mkdtemp(join(tmpdir(), 'terroir-process-'));
    await chmod(folder, 0o755); // the embedded server may run as the "postgres" user
    pgDir = join(folder, 'pg');
    pgPort = await freePort();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    env = {
      NODE_ENV: 'development',
      DATA_DIR: folder,
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_PORT: String(pgPort),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
    };
    api = await startApi(compiled.folder, env);

    // The platform admin, as `cli users create-admin` makes it, then a territory with a gîte and a producer.
    const context = await NestFactory.createApplicationContext(
      CliModule.forRoot(loadConfig({ NODE_ENV: 'test' }), `postgres://terroir:terroir-embedded@127.0.0.1:${pgPort}/terroir`),
      { logger: false },
    );
    await context.get(UsersService).createAdmin(ADMIN.email, ADMIN.password);
    await context.close();
    token = (await request(base).post('/api/v1/auth/login').send(ADMIN).expect(200)).body.accessToken;
    const make = factories({ http: () => request.agent(base).set('authorization', `Bearer ${token}`) });
    const territory = await make.territory({ name: 'Gâtine des processus', slug: 'gatine-processus' });
    await make.producer(territory.id, { name: 'Ferme du Signal' });
    const gite = await make.accommodation(territory.id, { name: 'Gîte du Redémarrage' });
    world = { territoryId: territory.id, code: gite.code };
  }, 180_000);

  afterAll(async () => {
    if (api && isAlive(api.pid)) api.child.kill('SIGKILL');
    const leftover = pgDir ? await postmasterPid(pgDir) : undefined;
    if (leftover && isAlive(leftover)) {
      process.kill(leftover, 'SIGQUIT');
      await until('the test server stopped', () => !isAlive(leftover), 20_000).catch(() => undefined);
    }
    if (folder) await rm(folder, { recursive: true, force: true });
    await compiled?.remove();
  }, 60_000);

  it('runs a command line beside the running server: it uses the server’s PostgreSQL and leaves it running', async () => {
    const postgres = await postmasterPid(pgDir);
    const out = join(folder, 'producteurs.csv');

    const cli = await runCli(compiled.folder, ['export', 'producers', '--territory', 'gatine-processus', '--out', out], env);

    expect(cli.code, cli.output).toBe(0);
    expect(cli.output).toMatch(/Using the embedded PostgreSQL the running server started \(pid \d+, port \d+\); it keeps running/);
    expect(await readFile(out, 'utf8')).toContain('Ferme du Signal');
    expect(await postmasterPid(pgDir)).toBe(postgres);
    expect(isAlive(postgres!)).toBe(true);
    expect(await ready()).toBe(200);
  }, 90_000);

  it('starts PostgreSQL again when it is killed under the running API, which answers again', async () => {
    const killed = (await postmasterPid(pgDir))!;
    process.kill(killed, 'SIGKILL');

    await until('answering with a new PostgreSQL', async () => {
      const now = await postmasterPid(pgDir);
      return now !== undefined && now !== killed && (await ready()) === 200;
    });
    expect(await territories()).toBe(1);
    expect(api.output()).toMatch(/the embedded PostgreSQL stopped unexpectedly: starting it again/);
  }, 60_000);

  it('starts after a kill -9 that left its PostgreSQL running, and serves the same data', async () => {
    const orphan = (await postmasterPid(pgDir))!;
    api.child.kill('SIGKILL');
    await api.exited;
    expect(isAlive(orphan)).toBe(true);

    api = await startApi(compiled.folder, env);

    expect(await territories()).toBe(1);
    expect(await postmasterPid(pgDir)).not.toBe(orphan);
    // It removed its postmaster.pid as its last step; the system reaps it a moment later.
    await until('the server left running gone', () => !isAlive(orphan), 10_000);
    expect(api.output()).toMatch(/left running by a start that crashed or was killed: stopping it/);
  }, 120_000);

  it('on SIGTERM finishes the requests in flight, writes every page opening, then stops PostgreSQL and exits 0', async () => {
    const pages = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const pageUrl = `${base}/v/${world.code}?lang=fr`;
    let signalAt = Number.POSITIVE_INFINITY;
    const pageAnswers: Answer[] = [];
    // Tourists opening the gîte's page, one after the other on 8 connections, until the server turns them away.
    const tourist = async () => {
      for (;;) {
        const answer = await get(pageUrl, { agent: pages });
        pageAnswers.push(answer);
        if (answer.status !== 200) return;
      }
    };
    const tourists = Array.from({ length: 8 }, tourist);
    await until('pages answered', () => pageAnswers.length >= 40);

    // Impact reports, genuinely slow, each on a connection of its own; once the server has read them, the signal.
    let sent = 0;
    const reports = Array.from({ length: 10 }, () =>
      get(`${base}/api/v1/territories/${world.territoryId}/impact-report.pdf?lang=en`, {
        agent: false,
        headers: { authorization: `Bearer ${token}` },
        onSent: () => sent++,
      }),
    );
    await until('reports sent', () => sent === reports.length);
    expect((await get(`${base}/health/live`, { agent: false })).status).toBe(200);
    signalAt = Date.now();
    api.child.kill('SIGTERM');

    const answered = await Promise.all(reports);
    await Promise.all(tourists);
    pages.destroy();
    const { code } = await api.exited;

    expect(answered.map((a) => a.status)).toEqual(answered.map(() => 200));
    expect(answered.every((a) => a.body.subarray(0, 5).toString() === '%PDF-')).toBe(true);
    expect(answered.filter((a) => a.at > signalAt).length, 'reports still in flight at the signal').toBeGreaterThan(0);
    // Turned away only once stopping: a 503 or a connection closed, never a 500 or a cut answer.
    const refused = pageAnswers.filter((a) => a.status !== 200);
    expect(refused.every((a) => a.at >= signalAt && (a.status === 503 || (a.status === undefined && a.error !== undefined)))).toBe(true);
    const opened = pageAnswers.filter((a) => a.status === 200).length;

    expect(code).toBe(0);
    expect(await postmasterPid(pgDir)).toBeUndefined();
    expect(await portIsClosed(pgPort)).toBe(true);
    const log = api.output();
    expect(log.indexOf('app closed: counts written, database pool closed')).toBeGreaterThan(-1);
    expect(log.indexOf('app closed: counts written, database pool closed')).toBeLessThan(log.indexOf('embedded PostgreSQL stopped'));

    // Every page answered is counted, once.
    const server = await startEmbeddedPostgres(pgDir, pgPort, createLogger('silent'));
    try {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const [{ counted }] = (await client.query(`SELECT coalesce(sum(count), 0)::int AS counted FROM scans WHERE territory_id = $1`, [world.territoryId])).rows;
      await client.end();
      expect(counted).toBe(opened);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('starts over a postmaster.pid whose pid now belongs to another program', async () => {
    expect(await postmasterPid(pgDir)).toBeUndefined();
    // After a reboot, the pid of a server that is gone may be any live process: this one, say.
    await writeFile(join(pgDir, 'postmaster.pid'), `${process.pid}\n${pgDir}\n1700000000\n${pgPort}\n/tmp\n127.0.0.1\n  0 0\nready   \n`);

    const server = await startEmbeddedPostgres(pgDir, pgPort, createLogger('silent'));
    try {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      expect((await client.query('SELECT count(*)::int AS n FROM territories')).rows[0].n).toBe(1);
      await client.end();
    } finally {
      await server.stop();
    }
    expect(await postmasterPid(pgDir)).toBeUndefined();
  }, 60_000);

  it('says in PostgreSQL’s own words why the embedded server cannot start', async () => {
    if (isAlive(api.pid)) {
      api.child.kill('SIGTERM');
      await api.exited;
    }
    // Another program on the port the server is given.
    const busy = await freePort();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(busy, '127.0.0.1', resolve));
    try {
      await expect(startEmbeddedPostgres(pgDir, busy, createLogger('silent'))).rejects.toThrow(
        new RegExp(`did not start: it exited \\(code 1\\) saying:\\n[^]*could not bind IPv4 address "127\\.0\\.0\\.1": Address already in use`),
      );
    } finally {
      squatter.close();
    }
    expect(await postmasterPid(pgDir)).toBeUndefined();
  }, 60_000);
});
