import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from './clock.js';
import { OffersEndingSends } from './offers-ending.sends.js';
import { territoryTimes } from './territory-times.js';
import { DIGEST_HOUR, WeeklyDigestSends } from './weekly-digest.sends.js';

const TICK_EVERY_MS = 10 * 60_000;
const UNDEFINED_TABLE = '42P01';

export interface ScheduledOutcome {
  /** Producers told of offers ending. */
  offersEnding: number;
  /** Readers given their weekly digest. */
  digests: number;
}

/**
 * Every instance looks every 10 minutes for what is due in each territory's own time (from 7
 * o'clock: the offers ending in 7 days every day, last week's digest on Monday) and sends it;
 * the rows of scheduled_sends make each send happen once, however many instances look at once.
 * Like the mail outbox worker: an interval unref'd, and a shutdown that waits for the pass under way.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DigestScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;
  private failing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly offersEnding: OffersEndingSends,
    private readonly weeklyDigest: WeeklyDigestSends,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.stopped || this.running) return;
      this.running = this.runDue()
        .then(() => {
          if (this.failing) this.logger.log('scheduled sends running again');
          this.failing = false;
        })
        .catch((error: unknown) => this.trouble(error))
        .finally(() => (this.running = undefined));
    }, TICK_EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Sends what is due at `now` (the clock's time unless told), territory by territory. */
  async runDue(now: Date = this.clock.now()): Promise<ScheduledOutcome> {
    const outcome: ScheduledOutcome = { offersEnding: 0, digests: 0 };
    for (const time of await territoryTimes(this.dataSource, now)) {
      if (this.stopped) break;
      if (time.hour < DIGEST_HOUR) continue;
      outcome.offersEnding += await this.offersEnding.send(time);
      // once per territory and week: on Monday morning, or at the first look of the week if no instance ran then
      outcome.digests += await this.weeklyDigest.send(time);
    }
    return outcome;
  }

  /** One line per outage, not one per tick; nothing before the first migration. */
  private trouble(error: unknown): void {
    if ((error as { code?: string }).code === UNDEFINED_TABLE || this.failing) return;
    this.failing = true;
    this.logger.warn(`scheduled sends failed, tried again in ${TICK_EVERY_MS / 60_000} min: ${(error as Error).message}`);
  }
}
