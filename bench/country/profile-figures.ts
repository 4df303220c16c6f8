/**
 * Where a territory's (or a producer's) season figures spend their time, statement by statement,
 * on the country data set: each statement the service sends, replayed alone on territories never
 * read since the server started (cold) and again (warm), then EXPLAIN (ANALYZE, BUFFERS) of each
 * on other cold territories — the pages it read from outside shared_buffers say what to shrink.
 *
 *   npm run build && COUNTRY_PG_DIR=… node dist/bench/country/profile-figures.js --scale 1 [--producer] [--timed 6] [--explained 2] [--plans]
 *
 * Run it right after the server starts (this script starts it): "cold" means never read since.
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ConfigModule, createLogger, loadConfig, PinoNestLogger } from '#common';
import { DatabaseModule } from '#database';
import { FiguresQueryDto, FiguresService, InsightsModule, TerritoryFiguresService } from '#insights';
import { median } from '../support.js';
import { ensureCountry } from './country-dataset.js';
import { countryServer } from './country-server.js';
import { sizesFrom } from './country-sizes.js';

interface Statement {
  sql: string;
  parameters: unknown[];
}

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : fallback);
const PRODUCER = argv.includes('--producer');
const TIMED = option('timed', 6);
const EXPLAINED = option('explained', 2);

/** A short name for a statement: what it reads. */
function labelOf(sql: string): string {
  const marks: [RegExp, string][] = [
    [/site_visits/, 'site visits'],
    [/offer_views/, 'offers (views and uses)'],
    [/membership_terms/, 'membership'],
    [/memberships m/, 'hosts'],
    [/FULL JOIN visits/, 'communes'],
    [/f\.accommodation_id AS/, 'flow'],
    [/join_requests/, 'directory counts'],
    [/accommodation_months|accommodation_days d/, 'per accommodation'],
    [/count\(DISTINCT r\.producer_id\)/, 'producers taking part'],
    [/'month'/, 'by month'],
    [/'week'/, 'by week'],
    [/territory_days/, 'totals'],
    [/JOIN producers p/, 'producers'],
    [/JOIN accommodations a/, 'by accommodation'],
    [/territories t/, 'scope'],
  ];
  return marks.find(([mark]) => mark.test(sql))?.[1] ?? sql.replace(/\s+/g, ' ').slice(0, 60);
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Actual Total Time': number;
  'Shared Read Blocks': number;
  'Shared Hit Blocks': number;
  'Heap Fetches'?: number;
  Plans?: PlanNode[];
}

/** A plan's nodes, one a line: what each read, its rows, pages from outside shared_buffers and time. */
function planLines(node: PlanNode, depth = 0): string[] {
  const on = [node['Relation Name'], node['Index Name']].filter(Boolean).join(' by ');
  const heap = node['Heap Fetches'] === undefined ? '' : ` heap fetches ${node['Heap Fetches']}`;
  const line = `${'  '.repeat(depth)}${node['Node Type']}${on ? ` ${on}` : ''}: rows ${node['Actual Rows']}×${node['Actual Loops']}, read ${node['Shared Read Blocks']} hit ${node['Shared Hit Blocks']}${heap}, ${node['Actual Total Time'].toFixed(1)} ms`;
  return [line, ...(node.Plans ?? []).flatMap((child) => planLines(child, depth + 1))];
}

async function main() {
  const logger = createLogger('warn');
  const server = await countryServer(logger);
  try {
    const dataset = await ensureCountry(server, sizesFrom(argv, process.env), console.log);
    @Module({
      imports: [
        ConfigModule.forRoot(loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' })),
        DatabaseModule.forRoot({ url: dataset.url, poolSize: 4 }),
        InsightsModule,
      ],
    })
    class ProfileModule {}
    const app = await NestFactory.createApplicationContext(ProfileModule, { logger: new PinoNestLogger(logger) });
    try {
      const dataSource = app.get<DataSource>(getDataSourceToken());
      const season = dataset.seasons[dataset.seasons.length - 1];
      const period = () => Object.assign(new FiguresQueryDto(), { from: season.startsOn, to: season.endsOn });
      const scopes = await dataSource.query<{ id: string }[]>(
        PRODUCER
          ? `SELECT p.id FROM producers p WHERE p.status = 'active' ORDER BY random() LIMIT $1`
          : `SELECT t.id FROM territories t ORDER BY random() LIMIT $1`,
        [1 + 2 * TIMED + EXPLAINED],
      );
      const [model, ...others] = scopes.map((s) => s.id);
      const [timedCold, timedService, explained] = [others.slice(0, TIMED), others.slice(TIMED, 2 * TIMED), others.slice(2 * TIMED)];
      const run = (id: string) =>
        PRODUCER
          ? app.get(FiguresService).forProducer(Actor.system(), id, period())
          : app.get(TerritoryFiguresService).forTerritory(Actor.system(), id, period());

      // the statements of one call, captured as sent: the others are the same with another id as $1
      const captured: Statement[] = [];
      const sent = Object.getOwnPropertyDescriptor(DataSource.prototype, 'query')!;
      const query = sent.value as (this: DataSource, sql: string, parameters?: unknown[], runner?: unknown) => Promise<unknown>;
      Object.defineProperty(DataSource.prototype, 'query', {
        ...sent,
        value: function (this: DataSource, sql: string, parameters?: unknown[], runner?: unknown) {
          captured.push({ sql, parameters: parameters ?? [] });
          return query.call(this, sql, parameters, runner);
        },
      });
      await run(model);
      Object.defineProperty(DataSource.prototype, 'query', sent);
      const statements = captured.filter((s) => s.parameters[0] === model);
      const forId = (s: Statement, id: string) => s.parameters.map((p) => (p === model ? id : p));
      console.log(
        `load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}; ${statements.length} statements per ${PRODUCER ? 'producer' : 'territory'}`,
      );

      // the whole service, cold then warm
      const service: { cold: number[]; warm: number[] } = { cold: [], warm: [] };
      for (const id of timedService) {
        for (const pass of ['cold', 'warm'] as const) {
          const started = performance.now();
          await run(id);
          service[pass].push(performance.now() - started);
        }
      }
      const list = (times: number[]) => times.map((t) => t.toFixed(1)).join(' ');
      console.log(`service, ${timedService.length} ${PRODUCER ? 'producers' : 'territories'}: cold ${list(service.cold)} ms; warm ${list(service.warm)} ms`);

      // each statement alone, in turn, on territories never read: cold, then at once again warm
      const times = statements.map(() => ({ cold: [] as number[], warm: [] as number[] }));
      for (const id of timedCold) {
        for (const pass of ['cold', 'warm'] as const) {
          for (const [i, s] of statements.entries()) {
            const started = performance.now();
            await dataSource.query(s.sql, forId(s, id));
            times[i][pass].push(performance.now() - started);
          }
        }
      }
      console.log(`\neach statement alone, ${timedCold.length} cold ${PRODUCER ? 'producers' : 'territories'} (ms; cold values, then warm median)`);
      for (const [i, s] of statements.entries()) {
        console.log(
          `  ${`${i} ${labelOf(s.sql)}`.padEnd(28)} cold median ${median(times[i].cold).toFixed(1).padStart(6)} max ${Math.max(...times[i].cold)
            .toFixed(1)
            .padStart(6)} [${list(times[i].cold)}]  warm median ${median(times[i].warm).toFixed(1)}`,
        );
      }

      // pages each statement read from outside shared_buffers, cold
      console.log(
        `\nEXPLAIN (ANALYZE, BUFFERS), ${explained.length} cold ${PRODUCER ? 'producers' : 'territories'}: shared hit / read, execution and planning ms`,
      );
      const plans: string[] = [];
      for (const id of explained) {
        for (const [i, s] of statements.entries()) {
          const [
            {
              'QUERY PLAN': [plan],
            },
          ] = await dataSource.query<{ 'QUERY PLAN': { Plan: Record<string, number>; 'Execution Time': number; 'Planning Time': number }[] }[]>(
            `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.sql}`,
            forId(s, id),
          );
          const read = plan.Plan['Shared Read Blocks'];
          console.log(
            `  ${`${i} ${labelOf(s.sql)}`.padEnd(28)} hit ${String(plan.Plan['Shared Hit Blocks']).padStart(5)} read ${String(read).padStart(5)}  ${plan['Execution Time'].toFixed(1)} ms, planned in ${plan['Planning Time'].toFixed(1)} ms`,
          );
          if (read > 20) plans.push(`--- ${i} ${labelOf(s.sql)}, ${id}, cold\n${planLines(plan.Plan as unknown as PlanNode).join('\n')}`);
        }
      }
      if (argv.includes('--plans')) console.log(`\n${plans.join('\n\n')}`);
      console.log(
        `\nload average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
