import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DatabaseNotifications } from '#database';
import { MAIL_OUTBOX_CHANNEL, MailOutbox } from './mail-outbox.js';

const POLL_EVERY_MS = 10_000;
const PURGE_EVERY_POLLS = 360;
const UNDEFINED_TABLE = '42P01';

/**
 * Each instance delivers the outbox: woken by the NOTIFY of a committed mail (from any instance),
 * and every 10 s for retries and for whatever a lost notification left behind.
 */
@Injectable()
export class MailOutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailOutboxWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private polls = 0;
  private failing = false;

  constructor(
    private readonly outbox: MailOutbox,
    private readonly notifications: DatabaseNotifications,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.outbox.delivers) return;
    this.notifications.subscribe(MAIL_OUTBOX_CHANNEL, () => this.wake());
    this.timer = setInterval(() => {
      if (++this.polls % PURGE_EVERY_POLLS === 0) void this.outbox.purge().catch((error) => this.trouble(error));
      this.wake();
    }, POLL_EVERY_MS);
    this.timer.unref();
  }

  /** Stops claiming mails and waits for the one being sent (bounded by the SMTP timeouts). */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Delivers what is due now; a wake during a pass makes it go round once more. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass().finally(() => (this.running = undefined));
  }

  private async pass(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.outbox.deliverDue(() => this.stopped);
        if (this.failing) this.logger.log('mail outbox reachable again');
        this.failing = false;
      } catch (error) {
        this.trouble(error);
        return;
      }
    } while (this.again && !this.stopped);
  }

  /** One line per outage of the database, not one per poll; nothing before the first migration. */
  private trouble(error: unknown): void {
    if ((error as { code?: string }).code === UNDEFINED_TABLE || this.failing) return;
    this.failing = true;
    this.logger.warn(`mail outbox unreachable, retried every ${POLL_EVERY_MS / 1000} s: ${(error as Error).message}`);
  }
}
