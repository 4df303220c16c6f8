import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';

const FLUSH_EVERY_MS = 2000;

export interface Counted<E> {
  event: E;
  count: number;
}

/**
 * Counts added up in memory and written every two seconds as one upsert: a summer peak of
 * thousands of page openings a minute costs one write per flush, and additions from several
 * instances simply add up. What a failed write held is kept for the next flush, not lost.
 */
export abstract class BufferedCounter<E> implements OnModuleInit, OnApplicationShutdown {
  private pending = new Map<string, Counted<E>>();
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  /** Events with the same key add up into one row. */
  protected abstract keyOf(event: E): string;

  protected abstract write(batch: Counted<E>[]): Promise<void>;

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush().catch(() => undefined), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  count(event: E, times = 1): void {
    const key = this.keyOf(event);
    const entry = this.pending.get(key);
    if (entry) entry.count += times;
    else this.pending.set(key, { event, count: times });
  }

  /** Writes what has been counted so far. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) return;
      const batch = [...this.pending.values()];
      this.pending = new Map();
      try {
        await this.write(batch);
      } catch (error) {
        for (const { event, count } of batch) this.count(event, count);
        throw error;
      }
    });
    return this.flushing;
  }
}
