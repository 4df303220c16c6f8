import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { startEmbeddedPostgres } from '#database';
import { freePort } from '../support.js';

/** Where the country data sets live between runs when DATABASE_URL is not set: `rm -rf` it to drop them all. */
export const COUNTRY_PG_DIR = process.env.COUNTRY_PG_DIR ?? join(tmpdir(), 'terroir-country', 'pg');

export interface CountryServer {
  /** The URL of a database on this server. */
  urlOf(database: string): string;
  admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

/**
 * The server holding the country data sets: DATABASE_URL's, or an embedded one kept in
 * COUNTRY_PG_DIR (started for the run, stopped after it, its data kept for the next run).
 */
export async function countryServer(logger: Logger): Promise<CountryServer> {
  let serverUrl = process.env.DATABASE_URL;
  let stop = (): Promise<void> => Promise.resolve();
  if (!serverUrl) {
    const server = await startEmbeddedPostgres(COUNTRY_PG_DIR, await freePort(), logger, { detached: false });
    serverUrl = server.url;
    stop = () => server.stop();
  }
  const urlOf = (database: string) => serverUrl.replace(/\/[^/]*$/, `/${database}`);
  const admin = async <T>(work: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: urlOf('postgres') });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  if (!process.env.DATABASE_URL) {
    // a bulk load of gigabytes: fewer checkpoints while writing (this kept bench server only, reloaded without restart)
    await admin(async (client) => {
      await client.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
      await client.query(`ALTER SYSTEM SET checkpoint_timeout = '30min'`);
      await client.query('SELECT pg_reload_conf()');
    });
  }
  return { urlOf, admin, stop };
}
