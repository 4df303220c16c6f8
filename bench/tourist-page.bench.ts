/**
 * Pages of the real app (Gâtine demo, 30 accommodations) under load with autocannon: the tourist
 * accommodation page GET /v/{code}?lang=fr and the public site's home page GET / on the demo
 * territory's host — each followed, in the same run, by a bare node:http server that answers the
 * very same bytes with the same content-type, as the ceiling on this machine.
 * Aim: the app serves at least half the requests per second of the bare server, for each page.
 *
 *   npm run bench:page            (CONNECTIONS=10 DURATION=10 seconds by default; PAGES=site for the home page alone)
 */
import 'reflect-metadata';
import { get, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import autocannon from 'autocannon';
import type { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/app.factory.js';
import { prepareDatabase } from '../apps/api/src/prepare-database.js';
import { createLogger, loadConfig } from '#common';
import { scratchDatabase } from './support.js';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const DURATION = Number(process.env.DURATION ?? 10);
const WARM_UP = 2;
const AIM = 0.5;

/** As a bare HTTP client asks, and as a phone's browser asks (the app then serves its cached Brotli bytes). */
const VARIANTS = [
  { label: 'uncompressed', headers: {}, encoding: 'none' },
  { label: 'as a phone asks (Accept-Encoding: gzip, deflate, br)', headers: { 'accept-encoding': 'gzip, deflate, br' }, encoding: 'br' },
] as const;

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** One plain GET on loopback, without Accept-Encoding: the body exactly as the server sends it. */
function fetchBytes(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { timeout: 10_000, headers }, (response) => {
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
async function load(url: string, headers: Record<string, string>): Promise<Figures> {
  const options = { url, headers, connections: CONNECTIONS, pipelining: 1, timeout: 10 };
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
    const [row] = await dataSource.query<{ code: string }[]>('SELECT code FROM accommodations ORDER BY name LIMIT 1');
    if (!row) throw new Error('no accommodation in the demo territory');
    const [site] = await dataSource.query<{ host: string }[]>(`SELECT domains[1] AS host FROM territories WHERE cardinality(domains) > 0 LIMIT 1`);
    if (!site) throw new Error('the demo territory has no site domain');
    const all: { key: string; label: string; path: string; headers: Record<string, string> }[] = [
      { key: 'tourist', label: 'tourist accommodation page', path: `/v/${row.code}?lang=fr`, headers: {} },
      // the demo's site answers on its first domain: the Host header says which territory's site
      { key: 'site', label: 'public site home page', path: '/', headers: { host: site.host } },
    ];
    const pages = all.filter((page) => !process.env.PAGES || process.env.PAGES.split(',').includes(page.key));

    console.log(`${CONNECTIONS} connections, ${DURATION} s each (after ${WARM_UP} s of warm-up), pipelining 1`);
    for (const { label: pageLabel, path: pagePath, headers: pageHeaders } of pages) {
      const pageUrl = `http://127.0.0.1:${appPort}${pagePath}`;
      for (const variant of VARIANTS) {
        const headers: Record<string, string> = { ...pageHeaders, ...variant.headers };
        const page = await fetchBytes(pageUrl, headers);
        if (page.status !== 200) throw new Error(`GET ${pagePath} answered ${page.status}`);
        const encoding = page.headers['content-encoding'] ?? 'none';
        if (encoding !== variant.encoding) throw new Error(`expected content-encoding ${variant.encoding}, got ${encoding}`);

        // The baseline: the same bytes, the same content-type and encoding, and nothing else.
        const served = page.body;
        const baselineHeaders = {
          'content-type': page.headers['content-type'] ?? 'application/octet-stream',
          ...(variant.encoding === 'none' ? {} : { 'content-encoding': variant.encoding }),
        };
        bare = createServer((_request, response) => {
          response.writeHead(200, { ...baselineHeaders, 'content-length': served.length });
          response.end(served);
        });
        const bareUrl = `http://127.0.0.1:${await listen(bare)}${pagePath}`;
        if (!(await fetchBytes(bareUrl, headers)).body.equals(served)) throw new Error('the bare server does not answer the same bytes');

        const viaApp = await load(pageUrl, headers);
        if (viaApp.non2xx > 0 || viaApp.errors > 0) {
          throw new Error(`the app answered ${viaApp.non2xx} non-2xx responses and had ${viaApp.errors} errors out of ${viaApp.requests} requests`);
        }
        const viaBare = await load(bareUrl, headers);
        if (viaBare.non2xx > 0 || viaBare.errors > 0) throw new Error(`the bare server had ${viaBare.non2xx} non-2xx and ${viaBare.errors} errors`);
        await close(bare);
        bare = undefined;

        const ratio = viaApp.requestsPerSecond / viaBare.requestsPerSecond;
        const line = (label: string, f: Figures) =>
          `  ${label.padEnd(34)} ${f.requestsPerSecond.toFixed(0).padStart(8)} ${String(f.p50).padStart(8)} ${String(f.p99).padStart(8)} ${String(f.requests).padStart(10)}`;
        console.log('');
        console.log(`${pageLabel} ${pagePath}, ${variant.label}: ${served.length} bytes (content-encoding: ${encoding})`);
        console.log(`  ${'target'.padEnd(34)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'requests'.padStart(10)}`);
        console.log(line('page via the app', viaApp));
        console.log(line('bare node:http, same bytes', viaBare));
        console.log(`  ratio app / bare                   ${ratio.toFixed(2)} of the requests per second`);
        console.log(`  aim                                at least ${AIM} — ${ratio >= AIM ? 'met' : 'NOT met'}`);
      }
    }
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
