import { randomUUID } from 'node:crypto';
import { Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { CountLoss } from './count-loss.js';

const FLUSH_EVERY_MS = 2000;
/** Far above a season's keys of one flush (accommodations × languages × origins of one day), far below what memory notices. */
const MAX_KEYS = 50_000;
/** At shutdown the database may be restarting with us: a few short tries before what is held is given up. */
const SHUTDOWN_RETRY_DELAYS_MS = [100, 300, 900];

export interface Counted<E> {
  event: E;
  count: number;
}

/**
 * The head of a count's upsert that makes it once per batch: the batch's id (`$n`) is recorded in
 * the same statement, and the rows are added only `WHERE EXISTS (SELECT 1 FROM first_write)`. A
 * batch sent again after a lost answer finds its id and adds nothing. Ids older than a day go.
 */
export const ONCE_PER_BATCH = (batchIdParameter: number) => `WITH first_write AS (
    INSERT INTO counted_batches (id) VALUES ($${batchIdParameter}::uuid) ON CONFLICT (id) DO NOTHING RETURNING id),
  forgotten AS (DELETE FROM counted_batches WHERE written_at < now() - interval '1 day')`;

export interface BufferOptions {
  maxKeys?: number;
  shutdownRetryDelaysMs?: readonly number[];
}

/**
 * Counts added up in memory and written every two seconds as one upsert: a summer peak of
 * thousands of page openings a minute costs one write per flush, and additions from several
 * instances simply add up. A failed write is sent again, the same batch under the same id, before
 * what came since: an outage delays counts, it does not stop them, and a write that reached the
 * database but whose answer was lost is not added twice (`ONCE_PER_BATCH`). Memory is bounded
 * by distinct keys (counts on a known key always add up); beyond that, new keys are dropped and
 * the loss is logged with its size.
 */
export abstract class BufferedCounter<E> implements OnModuleInit, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private pending = new Map<string, Counted<E>>();
  /** A batch whose write failed: perhaps written, perhaps not; sent again as it was, first. */
  private inDoubt?: { id: string; batch: Counted<E>[]; keys: Set<string> };
  /** Keys held in `pending` and not in the batch in doubt: with its keys, what the bound counts. */
  private freshKeys = 0;
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();
  private writing = false;
  private failedSince?: number;
  private readonly loss: CountLoss;
  private readonly maxKeys: number;
  private readonly shutdownRetryDelaysMs: readonly number[];

  constructor(options: BufferOptions = {}) {
    this.maxKeys = options.maxKeys ?? MAX_KEYS;
    this.shutdownRetryDelaysMs = options.shutdownRetryDelaysMs ?? SHUTDOWN_RETRY_DELAYS_MS;
    this.loss = new CountLoss(this.logger, this.maxKeys);
  }

  /** Events with the same key add up into one row. */
  protected abstract keyOf(event: E): string;

  /** One statement that adds the batch, once per `batchId` whatever the number of tries (`ONCE_PER_BATCH`). */
  protected abstract write(batch: Counted<E>[], batchId: string): Promise<void>;

  onModuleInit(): void {
    this.timer = setInterval(() => {
      // a write hanging on an unreachable server must not pile flushes up behind it
      if (!this.writing) void this.flush().catch(() => undefined);
    }, FLUSH_EVERY_MS);
    this.timer.unref();
  }

  /** Writes everything held, trying again a few times; what still cannot be written is logged as lost, never thrown. */
  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    for (const delay of [...this.shutdownRetryDelaysMs, undefined]) {
      try {
        await this.flush();
        break;
      } catch {
        if (delay !== undefined) await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
    const held = [...(this.inDoubt?.batch ?? []), ...this.pending.values()];
    if (held.length > 0) {
      const counts = held.reduce((sum, entry) => sum + entry.count, 0);
      this.logger.error(`${counts} counts over ${held.length} keys could not be written (or not known to be) before shutdown: lost`);
      this.pending = new Map();
      this.settled();
    }
    this.loss.end();
  }

  count(event: E, times = 1): void {
    const key = this.keyOf(event);
    const entry = this.pending.get(key);
    const doubted = this.inDoubt?.keys;
    if (entry) entry.count += times;
    else if (doubted?.has(key)) this.pending.set(key, { event, count: times });
    else if ((doubted?.size ?? 0) + this.freshKeys < this.maxKeys) {
      this.pending.set(key, { event, count: times });
      this.freshKeys += 1;
    } else this.loss.dropped(key, times);
  }

  /** How many keys are waiting to be written (a batch in doubt's and the new ones). */
  get heldKeys(): number {
    return (this.inDoubt?.batch.length ?? 0) + this.pending.size;
  }

  /** Writes what has been counted so far; rejects if this write failed (what it held is kept for the next one). */
  flush(): Promise<void> {
    const run = this.flushing.then(() => this.writePending());
    this.flushing = run.catch(() => undefined);
    return run;
  }

  private async writePending(): Promise<void> {
    if (!this.inDoubt && this.pending.size === 0) return;
    this.writing = true;
    try {
      if (this.inDoubt) {
        await this.write(this.inDoubt.batch, this.inDoubt.id);
        this.settled();
      }
      if (this.pending.size > 0) {
        this.inDoubt = { id: randomUUID(), batch: [...this.pending.values()], keys: new Set(this.pending.keys()) };
        this.pending = new Map();
        this.freshKeys = 0;
        await this.write(this.inDoubt.batch, this.inDoubt.id);
        this.settled();
      }
    } catch (error) {
      this.failed(error);
      throw error;
    } finally {
      this.writing = false;
    }
    this.written();
  }

  /** The batch in doubt is written: every key held now is a fresh one. */
  private settled(): void {
    this.inDoubt = undefined;
    this.freshKeys = this.pending.size;
  }

  private failed(error: unknown): void {
    if (this.failedSince !== undefined) return;
    this.failedSince = Date.now();
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.warn(`counts not written (${reason}): ${this.heldKeys} keys kept in memory, tried again every ${FLUSH_EVERY_MS / 1000} s`);
  }

  private written(): void {
    this.loss.end();
    if (this.failedSince === undefined) return;
    this.logger.log(`counts written again after ${((Date.now() - this.failedSince) / 1000).toFixed(1)} s`);
    this.failedSince = undefined;
  }
}
