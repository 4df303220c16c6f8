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

export interface BufferOptions {
  maxKeys?: number;
  shutdownRetryDelaysMs?: readonly number[];
}

/**
 * Counts added up in memory and written every two seconds as one upsert: a summer peak of
 * thousands of page openings a minute costs one write per flush, and additions from several
 * instances simply add up. A failed write puts what it held back with what came since, to be
 * written by the next flush: an outage delays counts, it does not stop them. Memory is bounded
 * by distinct keys (counts on a known key always add up); beyond that, new keys are dropped and
 * the loss is logged with its size.
 */
export abstract class BufferedCounter<E> implements OnModuleInit, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private pending = new Map<string, Counted<E>>();
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

  protected abstract write(batch: Counted<E>[]): Promise<void>;

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
    if (this.pending.size > 0) {
      const counts = [...this.pending.values()].reduce((sum, entry) => sum + entry.count, 0);
      this.logger.error(`${counts} counts over ${this.pending.size} keys could not be written before shutdown: lost`);
      this.pending = new Map();
    }
    this.loss.end();
  }

  count(event: E, times = 1): void {
    const key = this.keyOf(event);
    const entry = this.pending.get(key);
    if (entry) entry.count += times;
    else if (this.pending.size < this.maxKeys) this.pending.set(key, { event, count: times });
    else this.loss.dropped(key, times);
  }

  /** How many distinct keys are waiting to be written. */
  get heldKeys(): number {
    return this.pending.size;
  }

  /** Writes what has been counted so far; rejects if this write failed (what it held is kept for the next one). */
  flush(): Promise<void> {
    const run = this.flushing.then(() => this.writePending());
    this.flushing = run.catch(() => undefined);
    return run;
  }

  private async writePending(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.writing = true;
    try {
      await this.write(batch);
    } catch (error) {
      for (const { event, count } of batch) this.count(event, count);
      this.failed(error);
      throw error;
    } finally {
      this.writing = false;
    }
    this.written();
  }

  private failed(error: unknown): void {
    if (this.failedSince !== undefined) return;
    this.failedSince = Date.now();
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.warn(`counts not written (${reason}): ${this.pending.size} keys kept in memory, tried again every ${FLUSH_EVERY_MS / 1000} s`);
  }

  private written(): void {
    this.loss.end();
    if (this.failedSince === undefined) return;
    this.logger.log(`counts written again after ${((Date.now() - this.failedSince) / 1000).toFixed(1)} s`);
    this.failedSince = undefined;
  }
}
