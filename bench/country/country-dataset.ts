import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS, runMigrations } from '#database';
import type { CountryServer } from './country-server.js';
import { databaseNameOf, type CountrySizes } from './country-sizes.js';
import { checkCountryRules } from './country-rules.js';
import { generateCountry, seasonsBefore, type SeasonDates, type StepTiming } from './generate-country.js';

/** Bump when the generator writes something else: data sets of an older generator are then not reused. */
export const GENERATOR_VERSION = 2;

/** The marker a complete data set carries: a run stopped half-way leaves none, and the next run starts again. */
const MARKER = 'bench_country_dataset';

export interface CountryDataset {
  database: string;
  url: string;
  seasons: SeasonDates[];
  /** How it was generated (this run's timings, or the first run's when reused). */
  timings: StepTiming[];
  generatedSeconds: number;
  reused: boolean;
}

/** The database for these sizes, created when missing. */
export async function openCountryDatabase(server: CountryServer, sizes: CountrySizes): Promise<{ database: string; url: string }> {
  const database = databaseNameOf(sizes, GENERATOR_VERSION);
  await server.admin(async (admin) => {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${database}`);
  });
  return { database, url: server.urlOf(database) };
}

/** The data set found complete in the database, or generated into it (a half-written one is wiped first: its database is recreated). */
export async function ensureCountry(server: CountryServer, sizes: CountrySizes, log: (line: string) => void, regenerate = false): Promise<CountryDataset> {
  const { database, url } = await openCountryDatabase(server, sizes);
  const found = regenerate
    ? undefined
    : await withClient(url, async (client) => {
        const { rows } = await client
          .query<{ seasons: SeasonDates[]; timings: StepTiming[]; seconds: number }>(`SELECT seasons, timings, seconds FROM ${MARKER} LIMIT 1`)
          .catch(() => ({ rows: [] }));
        return rows[0];
      });
  if (found) {
    log(`reusing the country data set in database ${database} (generated in ${found.seconds.toFixed(0)} s)`);
    await migrate(url, log);
    return { database, url, seasons: found.seasons, timings: found.timings, generatedSeconds: found.seconds, reused: true };
  }
  await server.admin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  });
  await migrate(url);
  const seasons = seasonsBefore(new Date(), sizes.seasons);
  log(`generating ${sizes.territories} territories, ${sizes.seasons} season(s) (${seasons.map((s) => s.year).join(', ')}) into database ${database}`);
  const started = performance.now();
  const timings = await withClient(url, async (client) => {
    const written = await generateCountry(client, sizes, seasons, log);
    log('checking the rules of the generated rows');
    await checkCountryRules(client, log);
    return written;
  });
  const seconds = (performance.now() - started) / 1000;
  await withClient(url, async (client) => {
    await client.query(
      `CREATE TABLE ${MARKER} (sizes jsonb NOT NULL, seasons jsonb NOT NULL, timings jsonb NOT NULL, seconds float8 NOT NULL, generated_at timestamptz NOT NULL DEFAULT now())`,
    );
    await client.query(`INSERT INTO ${MARKER} (sizes, seasons, timings, seconds) VALUES ($1, $2, $3, $4)`, [
      JSON.stringify(sizes),
      JSON.stringify(seasons),
      JSON.stringify(timings),
      seconds,
    ]);
  });
  log(`generated in ${seconds.toFixed(0)} s`);
  return { database, url, seasons, timings, generatedSeconds: seconds, reused: false };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The project's migrations, as the API runs them (on reuse too: a data set follows the schema as it moves on). */
async function migrate(url: string, log?: (line: string) => void): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS, migrationsTableName: 'migrations' });
  await dataSource.initialize();
  try {
    const started = performance.now();
    const applied = await runMigrations(dataSource);
    // a data set of an older schema upgraded as a deployment would be: how long its migrations took on these rows
    if (applied.length > 0) log?.(`  migrated the data set in ${((performance.now() - started) / 1000).toFixed(1)} s: ${applied.join(', ')}`);
  } finally {
    await dataSource.destroy();
  }
}
