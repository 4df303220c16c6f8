import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#common';
import { queryRows } from '#database';

/** The counting tables partitioned by month (migration MonthlyPartitions1764494210000). */
const PARTITIONED = ['scans', 'offer_views', 'site_visits'] as const;
/**
 * Only the page openings' detail goes: its daily rollups keep every figure read from it. Offer
 * views (offer × day) and site visits (territory × page × day × language) are already at the
 * grain their figures read, so they are their own rollups and stay.
 */
const DETAIL = 'scans';
const MONTHS_AHEAD = 3;
const EVERY_MS = 6 * 3600_000;
/** One instance at a time (pg_try_advisory_xact_lock): the others skip their turn. */
const UPKEEP_LOCK = 727_019;
const UNDEFINED_TABLE = '42P01';

export interface UpkeepOutcome {
  /** False when another instance held the upkeep: it did the work. */
  ran: boolean;
  created: string[];
  dropped: string[];
}

/**
 * The counting tables' months, once across instances: each month's partition created ahead (at
 * start and every 6 hours; rows the DEFAULT partition took meanwhile moved into theirs), and the
 * page openings' detail of months past `COUNTS_DETAIL_MONTHS` dropped whole — after its month's
 * rollups are computed anew from it in the same transaction, so they hold it when it goes.
 */
@Injectable()
export class CountsUpkeep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CountsUpkeep.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const tick = () => {
      if (!this.running)
        this.running = this.run()
          .catch((error: unknown) => this.trouble(error))
          .finally(() => (this.running = undefined));
    };
    tick();
    this.timer = setInterval(tick, EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Creates the months ahead of `today` and drops the detail past the retention, if no other instance is at it. */
  run(today: Date = new Date()): Promise<UpkeepOutcome> {
    const day = today.toISOString().slice(0, 10);
    return this.dataSource.transaction(async (tx) => {
      const [{ locked }] = await queryRows<{ locked: boolean }>(tx, 'SELECT pg_try_advisory_xact_lock($1) AS locked', [UPKEEP_LOCK]);
      if (!locked) return { ran: false, created: [], dropped: [] };
      const created: string[] = [];
      for (const table of PARTITIONED) created.push(...(await this.createMonths(tx, table, day)));
      const dropped = await this.dropDetail(tx, day);
      if (created.length + dropped.length > 0)
        this.logger.log(`counting months: created ${created.join(', ') || 'none'}; dropped ${dropped.join(', ') || 'none'}`);
      return { ran: true, created, dropped };
    });
  }

  /** This month and the next ones, and any month the DEFAULT partition holds rows of. */
  private async createMonths(tx: EntityManager, table: string, day: string): Promise<string[]> {
    const rows = await queryRows<{ month: string }>(
      tx,
      `SELECT to_char(m, 'YYYY_MM') AS month FROM (
         SELECT generate_series(date_trunc('month', $1::date), date_trunc('month', $1::date) + make_interval(months => $2), interval '1 month') AS m
         UNION SELECT DISTINCT date_trunc('month', day) FROM ${table}_default) months
        WHERE tp_month_partition('${table}', m::date) ORDER BY 1`,
      [day, MONTHS_AHEAD],
    );
    return rows.map((row) => `${table}_${row.month}`);
  }

  private async dropDetail(tx: EntityManager, day: string): Promise<string[]> {
    const old = await queryRows<{ name: string; first: string; last: string }>(
      tx,
      `SELECT c.relname AS name, to_char(m, 'YYYY-MM-DD') AS first, to_char(m + interval '1 month' - interval '1 day', 'YYYY-MM-DD') AS last
         FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        CROSS JOIN LATERAL (SELECT to_date(substring(c.relname FROM '(\\d{4}_\\d{2})$'), 'YYYY_MM')::timestamp AS m) x
        WHERE i.inhparent = '${DETAIL}'::regclass AND c.relname ~ '_\\d{4}_\\d{2}$'
          AND m < date_trunc('month', $1::date) - make_interval(months => $2)
        ORDER BY m`,
      [day, this.config.countsDetailMonths],
    );
    for (const month of old) {
      await tx.query('SELECT tp_fill_rollups($1, $2)', [month.first, month.last]);
      await tx.query(`DROP TABLE ${month.name}`);
    }
    return old.map((month) => month.name);
  }

  /** Nothing before the first migration; otherwise one line, tried again at the next tick. */
  private trouble(error: unknown): void {
    if ((error as { code?: string }).code === UNDEFINED_TABLE) return;
    this.logger.warn(`counting months upkeep failed, tried again in ${EVERY_MS / 3600_000} h: ${(error as Error).message}`);
  }
}
