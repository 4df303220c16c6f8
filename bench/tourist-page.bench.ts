/**
 * The tourist accommodation page GET /v/{code}?lang=fr of the real app (Gâtine demo, 30
 * accommodations), under load with autocannon — then, in the same run, a bare node:http server
 * that answers the very same bytes with the same content-type, as the ceiling on this machine.
 * Aim: the app serves at least half the requests per second of the bare server.
 *
 *   npm run bench:page            (CONNECTIONS=10 DURATION=10 seconds by default)
 */
import 'reflect-metadata';
import { get, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import autocannon from 'autocannon';
import type { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/app.factory.js';
import { prepareDatabase } from '../apps/api/src/prepare-database.js';
import { createLogger, loadConfig } from '../libs/common/src/index.js';
import { scratchDatabase } from './support.js';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const DURATION = Number(process.env.DURATION ?? 10);
const WARM_UP = 2;
const AIM = 0.5;

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** One plain GET on loopback, without Accept-Encoding: the body exactly as the server sends it. */
function fetchBytes(url: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { timeout: 10_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer from ${url} within 10 s`)));
    request.on('error', reject);
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** A discarded warm-up run, then the measured one. */
async function load(url: string): Promise<Figures> {
  const options = { url, connections: CONNECTIONS, pipelining: 1, timeout: 10 };
  await autocannon({ ...options, duration: WARM_UP });
  const result = await autocannon({ ...options, duration: DURATION });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function main() {
  const logger = createLogger('silent');
  const database = await scratchDatabase(createLogger('warn'));
  const config = { ...loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' }), seedDemo: true };
  let app: NestFastifyApplication | undefined;
  let bare: Server | undefined;
  try {
    app = await createApp(config, database.url, logger);
    await prepareDatabase(app, config, logger);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const appPort = (app.getHttpServer().address() as AddressInfo).port;

    const dataSource = app.get<DataSource>(getDataSourceToken());
    const [row] = (await dataSource.query('SELECT code FROM accommodations ORDER BY name LIMIT 1')) as { code: string }[];
    if (!row) throw new Error('no accommodation in the demo territory');
    const pageUrl = `http://127.0.0.1:${appPort}/v/${row.code}?lang=fr`;

    const page = await fetchBytes(pageUrl);
    if (page.status !== 200) throw new Error(`GET /v/${row.code}?lang=fr answered ${page.status}`);
    const contentType = page.headers['content-type'] ?? 'application/octet-stream';
    const body = page.body;

    // The baseline: the same bytes, the same content-type, and nothing else.
    bare = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
      response.end(body);
    });
    const barePort = await listen(bare);
    const bareUrl = `http://127.0.0.1:${barePort}/v/${row.code}?lang=fr`;
    const check = await fetchBytes(bareUrl);
    if (!check.body.equals(body)) throw new Error('the bare server does not answer the same bytes');

    console.log(`loading /v/${row.code}?lang=fr: ${CONNECTIONS} connections, ${DURATION} s each (after ${WARM_UP} s of warm-up), pipelining 1`);
    const viaApp = await load(pageUrl);
    if (viaApp.non2xx > 0 || viaApp.errors > 0) {
      throw new Error(`the app answered ${viaApp.non2xx} non-2xx responses and had ${viaApp.errors} errors out of ${viaApp.requests} requests`);
    }
    const viaBare = await load(bareUrl);
    if (viaBare.non2xx > 0 || viaBare.errors > 0) throw new Error(`the bare server had ${viaBare.non2xx} non-2xx and ${viaBare.errors} errors`);

    const ratio = viaApp.requestsPerSecond / viaBare.requestsPerSecond;
    const line = (label: string, f: Figures) =>
      `  ${label.padEnd(34)} ${f.requestsPerSecond.toFixed(0).padStart(8)} ${String(f.p50).padStart(8)} ${String(f.p99).padStart(8)} ${String(f.requests).padStart(10)}`;
    console.log('');
    console.log(`tourist accommodation page /v/{code}?lang=fr, ${CONNECTIONS} connections, ${DURATION} s`);
    console.log(`  ${'target'.padEnd(34)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'requests'.padStart(10)}`);
    console.log(line('page via the app', viaApp));
    console.log(line('bare node:http, same bytes', viaBare));
    console.log(
      `  body                               ${body.length} bytes (${contentType}, content-encoding: ${page.headers['content-encoding'] ?? 'none'}); ` +
        `${gzipSync(body).length} bytes gzipped (transferred if compressed)`,
    );
    console.log(`  ratio app / bare                   ${ratio.toFixed(2)} of the requests per second`);
    console.log(`  aim                                at least ${AIM} — ${ratio >= AIM ? 'met' : 'NOT met'}`);
  } finally {
    if (bare) await close(bare);
    if (app) await app.close();
    await database.dispose();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
