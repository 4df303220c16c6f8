import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DatabaseOutageWatch } from '#common';

/** How soon "database back" is noticed; one `SELECT 1` per period, only while the database is away. */
const PROBE_EVERY_MS = 250;

/**
 * Keeps the log of an outage to two lines: "database unreachable" at the first failed request and
 * "database back" when a probe succeeds again, not a stack per request. Requests never wait for
 * it: each one tries the database (the pool reconnects per query), so service resumes as soon as
 * PostgreSQL does.
 */
@Injectable()
export class DatabaseOutage implements DatabaseOutageWatch, OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private since?: number;
  private refused = 0;
  private probe?: NodeJS.Timeout;
  private closed = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** True from the first failure seen until the database answers again. */
  get down(): boolean {
    return this.since !== undefined;
  }

  unreachable(error: unknown): void {
    if (this.closed) return;
    this.refused += 1;
    if (this.since !== undefined) return;
    this.since = Date.now();
    this.refused = 1;
    this.logger.error(`database unreachable (${error instanceof Error ? error.message : String(error)}): answering 503 until it is back`);
    this.scheduleProbe();
  }

  onApplicationShutdown(): void {
    this.closed = true;
    clearTimeout(this.probe);
  }

  private scheduleProbe(): void {
    this.probe = setTimeout(() => void this.check(), PROBE_EVERY_MS);
    this.probe.unref();
  }

  private async check(): Promise<void> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      if (!this.closed) this.scheduleProbe();
      return;
    }
    const seconds = ((Date.now() - (this.since ?? Date.now())) / 1000).toFixed(1);
    this.logger.log(`database back after ${seconds} s (${this.refused} requests could not reach it meanwhile)`);
    this.since = undefined;
  }
}
