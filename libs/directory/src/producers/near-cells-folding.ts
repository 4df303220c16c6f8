import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** How often the changes waiting to be folded are looked at. */
const LOOK_EVERY_MS = 5_000;
/** Folded at least this often when any wait, and at once past this many (each count reads those of its cells). */
const FOLD_EVERY_MS = 60_000;
const FOLD_PAST_CHANGES = 5_000;
const UNDEFINED_TABLE = '42P01';
const UNDEFINED_FUNCTION = '42883';

/**
 * Folds the changes producers' writers append (producer_cell_changes, migration 1764494600000)
 * into the counts per cell, so that a near count reads few of them. `tp_fold_producer_cell_changes`
 * does it in one statement under an advisory lock: several instances may tick, one folds at a time,
 * and a fold never makes a count inexact, whatever the writers do meanwhile.
 */
@Injectable()
export class NearCellsFolding implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NearCellsFolding.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private foldedAt = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    const tick = () => {
      if (!this.running)
        this.running = this.look()
          .catch((error: unknown) => this.trouble(error))
          .finally(() => (this.running = undefined));
    };
    this.timer = setInterval(tick, LOOK_EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** The changes folded into the counts: how many, or null when another fold held the lock. */
  async fold(): Promise<number | null> {
    const [{ folded }] = await this.dataSource.query<{ folded: number | null }[]>('SELECT tp_fold_producer_cell_changes() AS folded');
    this.foldedAt = Date.now();
    return folded;
  }

  private async look(): Promise<void> {
    const [{ waiting }] = await this.dataSource.query<{ waiting: number }[]>(
      'SELECT count(*)::int AS waiting FROM (SELECT FROM producer_cell_changes LIMIT $1) c',
      [FOLD_PAST_CHANGES],
    );
    if (waiting >= FOLD_PAST_CHANGES || (waiting > 0 && Date.now() - this.foldedAt >= FOLD_EVERY_MS)) await this.fold();
  }

  /** Nothing before the migration; otherwise one line, tried again at the next tick. */
  private trouble(error: unknown): void {
    const code = (error as { code?: string }).code;
    if (code === UNDEFINED_TABLE || code === UNDEFINED_FUNCTION) return;
    this.logger.warn(`folding the near counts' changes failed, tried again in ${LOOK_EVERY_MS / 1000} s: ${(error as Error).message}`);
  }
}
