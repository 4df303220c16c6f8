import { Logger } from '@nestjs/common';
import pg from 'pg';
import { isDatabaseUnreachable } from '#common';
import { walPosition } from './wal-position.js';

/** A replica that does not answer this fast is treated as down: the read goes to the primary. */
export const REPLICA_CONNECT_TIMEOUT_MS = 1_000;
/** How often the replica's position is read, and how often a replica that is down is tried again. */
export const REPLICA_WATCH_EVERY_MS = 2_000;
/** Errors of a hot standby that the primary would not give: a query cancelled by replay (recovery conflicts). */
const STANDBY_ONLY = new Set(['40001', '40P01', '57P04']);

/**
 * The read replica of DATABASE_READ_URL: a pool for the reads, and a watch (a connection of its
 * own, so that the pool's sessions show only the app's reads) that reads how far the replica has
 * replayed the primary's log. Down from the first failure until the watch reaches it again.
 */
export class Replica {
  private readonly logger = new Logger('ReadReplica');
  private readonly pool: pg.Pool;
  private readonly watch: pg.Pool;
  private downSince?: number;
  private position = 0n;
  private reading?: Promise<bigint | undefined>;

  constructor(url: string, poolSize: number) {
    const options = { connectionString: url, connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS };
    this.pool = new pg.Pool({ ...options, max: poolSize, application_name: 'terroir-pass-reads' });
    this.watch = new pg.Pool({ ...options, max: 1, application_name: 'terroir-pass-replica-watch' });
    // a session lost while idle says nothing about the next one (the pool opens another)
    this.pool.on('error', () => undefined);
    this.watch.on('error', () => undefined);
  }

  get up(): boolean {
    return this.downSince === undefined;
  }

  /** How far the replica had replayed when last read. */
  get replayed(): bigint {
    return this.position;
  }

  async query<T>(sql: string, parameters?: unknown[]): Promise<T> {
    const result = await this.pool.query(sql, parameters);
    return result.rows as T;
  }

  /**
   * Whether a read that failed on the replica is to be read from the primary: the replica out of
   * reach (then down until the watch reaches it) or a query replay cancelled. Any other error
   * (a wrong query) would fail on the primary alike.
   */
  fallsBack(error: unknown): boolean {
    if (isDatabaseUnreachable(error)) {
      this.lost(error);
      return true;
    }
    return STANDBY_ONLY.has((error as { code?: string }).code ?? '');
  }

  /** Reads the replica's position (one read at a time, shared); undefined when it does not answer. */
  readPosition(): Promise<bigint | undefined> {
    this.reading ??= this.positionNow().finally(() => (this.reading = undefined));
    return this.reading;
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.watch.end()]).catch(() => undefined);
  }

  private async positionNow(): Promise<bigint | undefined> {
    try {
      // a server that is no standby (a primary given as replica) has replayed everything it has
      const { rows } = await this.watch.query<{ lsn: string }>('SELECT coalesce(pg_last_wal_replay_lsn(), pg_current_wal_lsn())::text AS lsn');
      const position = walPosition(rows[0]?.lsn);
      if (position > this.position) this.position = position;
      if (this.downSince !== undefined) {
        this.logger.log(`read replica back after ${((Date.now() - this.downSince) / 1000).toFixed(1)} s: reads go to it again`);
        this.downSince = undefined;
      }
      return this.position;
    } catch (error) {
      this.lost(error);
      return undefined;
    }
  }

  private lost(error: unknown): void {
    if (this.downSince !== undefined) return;
    this.downSince = Date.now();
    this.logger.warn(`read replica unreachable (${error instanceof Error ? error.message : String(error)}): reading from the primary until it is back`);
  }
}
