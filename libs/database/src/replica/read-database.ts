import type { OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { DatabaseNotifications } from '../database-notifications.js';
import { ContentFence } from './content-fence.js';
import type { ReadSource } from './read-source.js';
import { REPLICA_WATCH_EVERY_MS, type Replica } from './replica.js';
import { walPosition } from './wal-position.js';

/** The channel of every change of what the public pages show (a territory's content version). */
const CONTENT_CHANNEL = 'showcase_changed';
/** How far behind the primary figures may be read: a count flushed now shows in the figures within this. */
export const FIGURES_MAX_LAG_MS = 10_000;

export interface ReplicaState {
  /** `none`: no DATABASE_READ_URL; `up`: reads go to it; `down`: out of reach, reads go to the primary. */
  state: 'none' | 'up' | 'down';
  /** Bytes of the primary's log it has yet to replay, when both answered. */
  behindBytes?: number;
}

/**
 * Hands out where a read-only path reads: the replica of DATABASE_READ_URL when it has what the
 * read needs, else the primary (without a replica, always the primary). Writes, transactions and
 * LISTEN/NOTIFY never come here: they use the primary's DataSource.
 *
 * - `content` (tourist pages, site, open data): the replica only once it has replayed the primary's
 *   log up to where it was when this instance last heard of a change (see ContentFence), so that a
 *   page rendered, and cached, after a change never shows what was there before.
 * - `figures` (figures, impact report, funnels): the replica while it is at most FIGURES_MAX_LAG_MS
 *   behind, and has what this instance wrote.
 *
 * A read the replica fails because it is out of reach is read again from the primary: no answer
 * fails because of the replica.
 */
export class ReadDatabase implements OnApplicationShutdown {
  readonly content: ReadSource = { query: (sql, parameters) => this.read(this.contentOnReplica(), sql, parameters) };
  readonly figures: ReadSource = { query: (sql, parameters) => this.read(this.figuresOnReplica(), sql, parameters) };
  /** Reads answered by each, since start (the benchmark's share of reads on the replica). */
  readonly answered = { replica: 0, primary: 0 };
  private readonly fence = new ContentFence(() => this.primaryPosition());
  /** The primary's position every watch, oldest first: how far figures may lag is measured against them. */
  private readonly samples: { at: number; position: bigint }[] = [];
  private watching?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly primary: DataSource,
    private readonly notifications: DatabaseNotifications,
    private readonly replica?: Replica,
  ) {}

  /** After this instance answered a write: its own next reads wait for the replica to have it, notified or not. */
  wrote(): void {
    if (this.replica) this.fence.raise();
  }

  async state(): Promise<ReplicaState> {
    if (!this.replica) return { state: 'none' };
    this.start();
    const [replayed, primary] = await Promise.all([this.replica.readPosition(), this.primaryPosition().catch(() => undefined)]);
    if (replayed === undefined) return { state: 'down' };
    return { state: 'up', ...(primary === undefined ? {} : { behindBytes: Math.max(0, Number(primary - replayed)) }) };
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.watching);
    await this.replica?.close();
  }

  private async read<T>(onReplica: boolean, sql: string, parameters?: unknown[]): Promise<T> {
    if (onReplica && this.replica) {
      try {
        const rows = await this.replica.query<T>(sql, parameters);
        this.answered.replica += 1;
        return rows;
      } catch (error) {
        if (!this.replica.fallsBack(error)) throw error;
      }
    }
    const rows = await this.primary.query<T>(sql, parameters);
    this.answered.primary += 1;
    return rows;
  }

  private contentOnReplica(): boolean {
    if (!this.replica) return false;
    this.start();
    // without notifications nothing says what the replica lacks
    return this.replica.up && this.notifications.live && this.replicaHas(this.fence.required);
  }

  private figuresOnReplica(): boolean {
    if (!this.replica) return false;
    this.start();
    // what this instance wrote, the next figures show (a new producer has figures at once)
    if (!this.replica.up || !this.replicaHas(this.fence.required)) return false;
    const target = this.samples.findLast((sample) => sample.at <= Date.now() - FIGURES_MAX_LAG_MS) ?? this.samples[0];
    return this.replicaHas(target?.position);
  }

  private replicaHas(required: bigint | undefined): boolean {
    if (required === undefined || !this.replica) return false;
    if (this.replica.replayed >= required) return true;
    // behind as last read: this read goes to the primary, a later one to the replica once it has caught up
    void this.replica.readPosition();
    return false;
  }

  /** On first use, not at start: the command line reads nothing through here and needs no watch. */
  private start(): void {
    if (this.watching || this.closed || !this.replica) return;
    this.notifications.subscribe(CONTENT_CHANNEL, () => this.fence.raise());
    // changes made before this subscription are covered by the primary's position now
    this.fence.raise();
    this.watching = setTimeout(() => void this.watch(), 0);
    this.watching.unref();
  }

  /** Reads both positions every few seconds: figures' lag, and the breaker's retry of a replica that is down. */
  private async watch(): Promise<void> {
    const at = Date.now();
    const primary = await this.primaryPosition().catch(() => undefined);
    if (primary !== undefined) {
      this.samples.push({ at, position: primary });
      while (this.samples.length > 1 && this.samples[1].at <= at - FIGURES_MAX_LAG_MS) this.samples.shift();
    }
    await this.replica?.readPosition();
    if (this.closed) return;
    this.watching = setTimeout(() => void this.watch(), REPLICA_WATCH_EVERY_MS);
    this.watching.unref();
  }

  /**
   * Where the primary inserts its next log record: past every commit made so far. (`pg_current_wal_lsn`,
   * the position written out, can be short of a commit acknowledged with synchronous_commit off.)
   */
  private async primaryPosition(): Promise<bigint> {
    const [row] = await this.primary.query<{ lsn: string }[]>('SELECT pg_current_wal_insert_lsn()::text AS lsn');
    return walPosition(row?.lsn);
  }
}
