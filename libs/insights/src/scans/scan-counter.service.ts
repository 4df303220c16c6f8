import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface ScanEvent {
  accommodationId: string;
  territoryId: string;
  day: string;
  lang: string;
  fromQr: boolean;
}

const FLUSH_EVERY_MS = 2000;

/**
 * Counts openings of accommodation pages per accommodation, day, language and origin — numbers,
 * never people: no cookie, no address, no identifier. Counts are added up in memory and written
 * every two seconds as one upsert (a summer peak of thousands of scans a minute costs one write
 * per accommodation and flush); additions from several instances simply add up.
 */
@Injectable()
export class ScanCounter implements OnModuleInit, OnApplicationShutdown {
  private pending = new Map<string, ScanEvent & { count: number }>();
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush().catch(() => undefined), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  count(event: ScanEvent, times = 1): void {
    const key = `${event.accommodationId}|${event.day}|${event.lang}|${event.fromQr}`;
    const entry = this.pending.get(key);
    if (entry) entry.count += times;
    else this.pending.set(key, { ...event, count: times });
  }

  /** Writes what has been counted so far. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) return;
      const batch = [...this.pending.values()];
      this.pending = new Map();
      try {
        await this.dataSource.query(
          `INSERT INTO scans (accommodation_id, territory_id, day, lang, from_qr, count)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[], $5::boolean[], $6::int[])
           ON CONFLICT (accommodation_id, day, lang, from_qr) DO UPDATE SET count = scans.count + EXCLUDED.count`,
          [
            batch.map((e) => e.accommodationId),
            batch.map((e) => e.territoryId),
            batch.map((e) => e.day),
            batch.map((e) => e.lang),
            batch.map((e) => e.fromQr),
            batch.map((e) => e.count),
          ],
        );
      } catch (error) {
        // Kept for the next flush rather than lost.
        for (const event of batch) this.count(event, event.count);
        throw error;
      }
    });
    return this.flushing;
  }
}
