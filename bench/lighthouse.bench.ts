/**
 * Lighthouse's four scores (performance, accessibility, best practices, SEO; mobile emulation,
 * simulated slow 4G) for the public site's home page, a producer's page of the site, and a tourist
 * accommodation page, on the real app with the Gâtine demo, in Debian's Chromium.
 * Aim: at least 95 in each category on each page.
 *
 *   npm run bench:lighthouse      (RUNS=1 by default: the median of RUNS runs per page)
 *
 * Lighthouse itself is not a dependency of the project (it is large, and only this script uses
 * it): the script runs the pinned version through `npm exec`, fetched from the npm registry on
 * first use. 12.2.3, because 13 wants Node 22.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/app.factory.js';
import { prepareDatabase } from '../apps/api/src/prepare-database.js';
import { createLogger, loadConfig } from '#common';
import { CHROMIUM, hasChromium } from '../test/support/chromium.js';
import { median, scratchDatabase } from './support.js';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const AIM = 95;
const RUNS = Number(process.env.RUNS ?? 1);

type Scores = Record<(typeof CATEGORIES)[number], number>;

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
}

function lighthouse(url: string): Promise<LighthouseReport> {
  const args = [
    'exec',
    '--yes',
    `--package=${LIGHTHOUSE}`,
    '--',
    'lighthouse',
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-path=${CHROMIUM}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`));
      try {
        resolve(JSON.parse(out) as LighthouseReport);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

const scoresOf = (report: LighthouseReport): Scores =>
  Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)])) as Scores;

/** The audits that cost points, to know what to mend. */
const failingAudits = (report: LighthouseReport) =>
  Object.entries(report.audits)
    .filter(([, audit]) => audit.score !== null && audit.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode))
    .map(([id, audit]) => `${id} (${Math.round((audit.score ?? 0) * 100)})`);

async function main() {
  if (!hasChromium) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  const logger = createLogger('silent');
  const database = await scratchDatabase(createLogger('warn'));
  const config = { ...loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' }), seedDemo: true };
  let app: NestFastifyApplication | undefined;
  try {
    app = await createApp(config, database.url, logger);
    await prepareDatabase(app, config, logger);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const [{ host }] = await dataSource.query<{ host: string }[]>(`SELECT domains[1] AS host FROM territories WHERE cardinality(domains) > 0 LIMIT 1`);
    const [{ slug }] = await dataSource.query<{ slug: string }[]>(`SELECT slug FROM producers ORDER BY name LIMIT 1`);
    const [{ code }] = await dataSource.query<{ code: string }[]>(`SELECT code FROM accommodations ORDER BY name LIMIT 1`);
    // the demo territory's site answers on its domain, `localhost`, which browsers treat as a secure origin
    const origin = `http://${host}:${port}`;
    const pages = [
      { label: 'site: home', url: `${origin}/` },
      { label: 'site: a producer', url: `${origin}/producteurs/${slug}` },
      { label: 'tourist accommodation page', url: `${origin}/v/${code}?lang=fr` },
    ];

    console.log(`${LIGHTHOUSE}, mobile emulation, ${RUNS} run(s) per page (median), Chromium ${CHROMIUM}`);
    console.log(`  ${'page'.padEnd(28)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
    let met = true;
    for (const page of pages) {
      const runs: LighthouseReport[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await lighthouse(page.url));
      const scores = Object.fromEntries(CATEGORIES.map((category) => [category, median(runs.map((report) => scoresOf(report)[category]))])) as Scores;
      met &&= CATEGORIES.every((category) => scores[category] >= AIM);
      console.log(`  ${page.label.padEnd(28)} ${CATEGORIES.map((category) => String(scores[category]).padStart(15)).join('')}`);
      const failing = failingAudits(runs[runs.length - 1]);
      if (failing.length > 0) console.log(`  ${''.padEnd(28)} below 90: ${failing.join(', ')}`);
    }
    console.log(`  aim: at least ${AIM} in each category — ${met ? 'met' : 'NOT met'}`);
  } finally {
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
