/**
 * Tourist page throughput, as functions the page benchmark and the country benchmark call: the
 * API in one or two processes of its own on one database, under autocannon (in this process),
 * against bare node:http servers answering the very same bytes in as many processes — the
 * ceiling on this machine, measured in the same run. With two, the load is split between the two
 * ports, as a reverse proxy would. The API's RSS is sampled all along: idle, peak, after the load.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import type { InstanceMessage } from './page-instance.js';

const INSTANCE_SCRIPT = fileURLToPath(new URL('./page-instance.js', import.meta.url));
const MB = 1024 * 1024;
const DOCKERFILE = fileURLToPath(new URL('../../Dockerfile', import.meta.url));

/** The NODE_OPTIONS the Docker image sets (`ENV NODE_OPTIONS="…"`, which `npm run start:prod` applies too): what the API runs with when deployed. */
export async function deployedNodeOptions(): Promise<string[]> {
  const line = /^ENV NODE_OPTIONS="([^"]*)"/m.exec(await readFile(DOCKERFILE, 'utf8'));
  return line ? line[1].split(' ').filter(Boolean) : [];
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** CPU time (user + system) the server processes spent per request: what the machine's other load does not change. */
  cpuMicrosPerRequest: number;
}

export interface MemoryFigures {
  /** Each API process's RSS in MB: before the load, its peak during it, a few seconds after it. */
  idleMb: number[];
  /** V8's heap in use and the memory held outside it (buffers), at the peak's sampling, in MB. */
  heapAtPeakMb: number[];
  externalAtPeakMb: number[];
  peakMb: number[];
  afterMb: number[];
  /** V8's heap in use after a full collection, after the load: what the process holds; the rest of the heap at the peak was garbage. */
  liveAfterMb?: number[];
  /** The node options the API processes ran with. */
  nodeOptions?: string[];
}

export interface PageThroughput {
  label: string;
  path: string;
  encoding: string;
  bytes: number;
  instances: number;
  app: LoadFigures;
  bare: LoadFigures;
  ratio: number;
}

export interface PageLoadOptions {
  /** autocannon connections in all (split between the instances). */
  connections?: number;
  /** Seconds measured for each page and target, after `warmUp` seconds discarded. */
  duration?: number;
  warmUp?: number;
  /** Load the demo into the database when it holds no territory (default); false for a data set of its own (e.g. the country's). */
  seedDemo?: boolean;
  /**
   * Node options of the API processes: by default those it is deployed with (deployedNodeOptions()),
   * e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] or ['--trace-gc'] to add to them. --expose-gc is
   * always added (it only exposes `gc()`, for the live heap after the load).
   */
  nodeOptions?: string[];
  /** Which pages: the tourist accommodation page, the public site's home page. */
  pages?: ('tourist' | 'site')[];
  /** Printed as each measurement ends; silent when not given. */
  progress?: (line: string) => void;
}

/** One server process of page-instance.js, spoken to by messages. */
export class Instance {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  static start(env: Record<string, string>, nodeOptions: string[] = []): Promise<Instance> {
    const child = fork(INSTANCE_SCRIPT, [], { env: { ...process.env, ...env }, execArgv: nodeOptions, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    return new Promise((resolve, reject) => {
      const onMessage = (message: InstanceMessage) => {
        if ('port' in message) resolve(new Instance(child, message.port));
        if ('failed' in message) reject(new Error(`a benchmark server did not start: ${message.failed}`));
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`a benchmark server exited with ${code} before it listened`)));
    });
  }

  /** Its memory now; `collect`: after a full collection (when it runs with --expose-gc), what is live. */
  memory(ask: 'memory' | 'collect' = 'memory'): Promise<{ memory: NodeJS.MemoryUsage; cpu: NodeJS.CpuUsage }> {
    if (!this.alive()) return Promise.reject(new Error('the server process has exited'));
    return new Promise((resolve, reject) => {
      const onExit = () => reject(new Error('the server process has exited'));
      const onMessage = (message: InstanceMessage) => {
        if (!('memory' in message)) return;
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        resolve(message);
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(ask);
    });
  }

  alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  stop(): Promise<void> {
    if (!this.alive()) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.send('stop');
    });
  }
}

/** One plain GET on loopback: the body exactly as the server sends it. */
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

/** autocannon on every port at once, the connections split between them; requests per second add up, the worst p99 is kept. */
async function load(servers: Instance[], path: string, headers: Record<string, string>, connections: number, duration: number): Promise<LoadFigures> {
  const cpuTime = async () => (await Promise.all(servers.map((server) => server.memory()))).reduce((sum, { cpu }) => sum + cpu.user + cpu.system, 0);
  const cpuBefore = await cpuTime();
  const results = await Promise.all(
    servers.map(({ port }, i) =>
      autocannon({
        url: `http://127.0.0.1:${port}${path}`,
        headers,
        connections: Math.floor(connections / servers.length) + (i < connections % servers.length ? 1 : 0),
        pipelining: 1,
        timeout: 10,
        duration,
      }),
    ),
  );
  const cpuMicros = (await cpuTime()) - cpuBefore;
  const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
  return {
    cpuMicrosPerRequest: cpuMicros / Math.max(1, requests),
    requestsPerSecond: results.reduce((sum, r) => sum + r.requests.average, 0),
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    requests,
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
  };
}

/** Samples the instances' memory every half second while `work` runs: the peak RSS of each, with its heap and external memory then. */
export async function withPeakRss<T>(instances: Instance[], memory: MemoryFigures, work: () => Promise<T>): Promise<T> {
  let running = true;
  // a process that dies under the load ends the sampling; the work says what happened
  const sampling = (async () => {
    while (running && instances.every((instance) => instance.alive())) {
      const samples = await Promise.all(instances.map(async (instance) => (await instance.memory()).memory));
      samples.forEach((sample, i) => {
        if (sample.rss / MB <= (memory.peakMb[i] ?? 0)) return;
        memory.peakMb[i] = Math.round(sample.rss / MB);
        memory.heapAtPeakMb[i] = Math.round(sample.heapUsed / MB);
        memory.externalAtPeakMb[i] = Math.round(sample.external / MB);
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })().catch(() => undefined);
  try {
    return await work();
  } finally {
    running = false;
    await sampling;
  }
}

export const rssOf = async (instances: Instance[]) => Promise.all(instances.map(async (instance) => Math.round((await instance.memory()).memory.rss / MB)));

/** The pages to load, read from the database the API serves. */
async function pagesOf(databaseUrl: string, wanted: ('tourist' | 'site')[]): Promise<{ label: string; path: string; headers: Record<string, string> }[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const pages: { label: string; path: string; headers: Record<string, string> }[] = [];
    if (wanted.includes('tourist')) {
      const { rows } = await client.query<{ code: string }>(`SELECT code FROM accommodations WHERE status = 'active' ORDER BY name LIMIT 1`);
      if (!rows[0]) throw new Error('no active accommodation in the database');
      // as a guest's phone scanning the gîte's QR code asks: the printed address, the phone's languages
      pages.push({ label: 'tourist accommodation page', path: `/v/${rows[0].code}?qr=1`, headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' } });
    }
    if (wanted.includes('site')) {
      const { rows } = await client.query<{ host: string }>(`SELECT domains[1] AS host FROM territories WHERE cardinality(domains) > 0 ORDER BY name LIMIT 1`);
      // the site answers on a territory's domain: the Host header says which territory's site
      if (rows[0]) pages.push({ label: 'public site home page', path: '/', headers: { host: rows[0].host } });
    }
    return pages;
  } finally {
    await client.end();
  }
}

/** As a bare HTTP client asks, and as a phone's browser asks (the app then serves its cached Brotli bytes). */
export const VARIANTS = [
  { label: 'uncompressed', headers: {}, encoding: 'none' },
  { label: 'as a phone asks (Accept-Encoding: gzip, deflate, br)', headers: { 'accept-encoding': 'gzip, deflate, br' }, encoding: 'br' },
] as const;

/**
 * Each page in each variant through `instances` API processes on `databaseUrl` (the first of them
 * loads the demo when the database is empty), then through as many bare node:http processes.
 */
export async function pageThroughput(
  databaseUrl: string,
  instances: number,
  options: PageLoadOptions = {},
): Promise<{ pages: PageThroughput[]; memory: MemoryFigures }> {
  const { connections = 10, duration = 10, warmUp = 2, progress = () => undefined } = options;
  const nodeOptions = options.nodeOptions ?? (await deployedNodeOptions());
  const folder = await mkdtemp(join(tmpdir(), 'terroir-page-bench-'));
  const apps: Instance[] = [];
  const bares: Instance[] = [];
  try {
    if (options.seedDemo !== false) {
      // the demo is loaded by a process of its own, as a first start would: the measured ones start on a database that has it, as after a restart
      await (await Instance.start({ BENCH_DATABASE_URL: databaseUrl, BENCH_SEED_DEMO: '1' })).stop();
    }
    while (apps.length < instances) apps.push(await Instance.start({ BENCH_DATABASE_URL: databaseUrl, BENCH_SEED_DEMO: '0' }, [...nodeOptions, '--expose-gc']));
    const pages = await pagesOf(databaseUrl, options.pages ?? ['tourist', 'site']);
    const memory: MemoryFigures = { idleMb: await rssOf(apps), peakMb: [], heapAtPeakMb: [], externalAtPeakMb: [], afterMb: [], nodeOptions };
    const results: PageThroughput[] = [];
    for (const page of pages) {
      for (const variant of VARIANTS) {
        const headers: Record<string, string> = { ...page.headers, ...variant.headers };
        const served = await fetchBytes(`http://127.0.0.1:${apps[0].port}${page.path}`, headers);
        if (served.status !== 200) throw new Error(`GET ${page.path} answered ${served.status}`);
        const encoding = served.headers['content-encoding'] ?? 'none';
        if (encoding !== variant.encoding) throw new Error(`expected content-encoding ${variant.encoding}, got ${encoding}`);

        // The baseline: the same bytes, the same content-type and encoding, and nothing else.
        const bodyFile = join(folder, 'body');
        await writeFile(bodyFile, served.body);
        const bareHeaders = {
          'content-type': served.headers['content-type'] ?? 'application/octet-stream',
          ...(variant.encoding === 'none' ? {} : { 'content-encoding': variant.encoding }),
        };
        for (let i = 0; i < instances; i++)
          bares.push(await Instance.start({ BENCH_ROLE: 'bare', BENCH_BODY_FILE: bodyFile, BENCH_HEADERS: JSON.stringify(bareHeaders) }));
        if (!(await fetchBytes(`http://127.0.0.1:${bares[0].port}${page.path}`, headers)).body.equals(served.body)) {
          throw new Error('the bare server does not answer the same bytes');
        }

        await load(apps, page.path, headers, connections, warmUp);
        const viaApp = await withPeakRss(apps, memory, () => load(apps, page.path, headers, connections, duration));
        if (viaApp.non2xx > 0 || viaApp.errors > 0) {
          throw new Error(`the app answered ${viaApp.non2xx} non-2xx responses and had ${viaApp.errors} errors out of ${viaApp.requests} requests`);
        }
        await load(bares, page.path, headers, connections, warmUp);
        const viaBare = await load(bares, page.path, headers, connections, duration);
        if (viaBare.non2xx > 0 || viaBare.errors > 0) throw new Error(`the bare server had ${viaBare.non2xx} non-2xx and ${viaBare.errors} errors`);
        await Promise.all(bares.splice(0).map((instance) => instance.stop()));

        const result = {
          label: page.label,
          path: page.path,
          encoding,
          bytes: served.body.length,
          instances,
          app: viaApp,
          bare: viaBare,
          ratio: viaApp.requestsPerSecond / viaBare.requestsPerSecond,
        };
        results.push(result);
        progress(describeThroughput(result, variant.label));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 5000));
    memory.afterMb = await rssOf(apps);
    memory.liveAfterMb = await Promise.all(apps.map(async (app) => Math.round((await app.memory('collect')).memory.heapUsed / MB)));
    return { pages: results, memory };
  } finally {
    await Promise.all([...apps, ...bares].map((instance) => instance.stop()));
    await rm(folder, { recursive: true, force: true });
  }
}

/** The lines of one measurement, as the benchmark prints them. */
export function describeThroughput(result: PageThroughput, variant: string): string {
  const line = (label: string, f: LoadFigures) =>
    `  ${label.padEnd(34)} ${f.requestsPerSecond.toFixed(0).padStart(8)} ${String(f.p50).padStart(8)} ${String(f.p99).padStart(8)} ${String(f.requests).padStart(10)} ${f.cpuMicrosPerRequest.toFixed(0).padStart(12)}`;
  const processes = result.instances === 1 ? 'one process' : `${result.instances} processes`;
  return [
    '',
    `${result.label} ${result.path}, ${variant}, ${processes}: ${result.bytes} bytes (content-encoding: ${result.encoding})`,
    `  ${'target'.padEnd(34)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'requests'.padStart(10)} ${'CPU µs/req'.padStart(12)}`,
    line(`page via the app (${result.instances})`, result.app),
    line(`bare node:http, same bytes (${result.instances})`, result.bare),
    `  ratio app / bare                   ${result.ratio.toFixed(2)} of the requests per second, ${(result.bare.cpuMicrosPerRequest / result.app.cpuMicrosPerRequest).toFixed(2)} of the CPU time per request`,
  ].join('\n');
}
