import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, TooManyRequests, type AppConfig } from '#common';
import { queryRows } from '../query-rows.js';

/** At most `max` events in any `windowSeconds`; `refusal` opens the 429's message. */
export interface Limit {
  readonly max: number;
  readonly windowSeconds: number;
  readonly refusal: string;
}

/** A limit on the events of one key. */
export interface Rule {
  readonly key: string;
  readonly limit: Limit;
}

/** The events one hit recorded, to take them back if it turns out not to count (a right password). */
export interface Hit {
  readonly ids: string[];
}

/** How many events a rule's key holds in its window (this hit's included), and when one more would fit. */
export interface Measure {
  readonly rule: Rule;
  readonly count: number;
  readonly over: boolean;
  readonly waitSeconds: number;
}

const HOUSEKEEPING_EVERY_MS = 5 * 60_000;
const PURGE_BATCH = 5_000;
/** A housekeeping pass deletes at most this many batches, so that it never holds the pool for long. */
const PURGE_BATCHES = 20;
const UNDEFINED_TABLE = '42P01';
/** The first half of the throttle's two-key advisory locks ("tp"): apart from every other lock of the app. */
const THROTTLE_LOCK_CLASS = 0x7470;

/**
 * Rate limits kept in PostgreSQL, so that every instance counts the same: one row per event, keyed
 * by a scope and a keyed hash of what is counted (an address is never stored in clear), each row
 * deleted once no window can see it any more.
 */
@Injectable()
export class Throttle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Throttle.name);
  private readonly chores: Array<() => Promise<unknown>> = [];
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `scope:hash`: the scope readable by an operator, what is counted (e-mails, addresses) only as an HMAC. */
  key(scope: string, ...parts: string[]): string {
    return `${scope}:${createHmac('sha256', this.config.auth.secret)
      .update([scope, ...parts].join('\u0000'))
      .digest('hex')
      .slice(0, 40)}`;
  }

  rule(limit: Limit, scope: string, ...parts: string[]): Rule {
    return { key: this.key(scope, ...parts), limit };
  }

  /**
   * Counts this event under every rule's key, then checks them all, one hit of the same keys at a
   * time: a burst gets exactly `max` through, never more and never fewer. A refused hit is rolled
   * back — it never counts, so a client retrying while refused is let in once its window has passed —
   * and answers 429.
   */
  async hit(rules: Rule[]): Promise<Hit> {
    return this.inTurn(
      rules.map((rule) => rule.key),
      async (manager) => {
        const hit = await this.record(
          rules.map((rule) => ({ key: rule.key, keepSeconds: rule.limit.windowSeconds })),
          manager,
        );
        const over = (await this.measure(hit, rules, manager)).filter((measure) => measure.over);
        if (over.length > 0) this.refuse(over);
        return hit;
      },
    );
  }

  /**
   * Runs `work` in a transaction that holds these keys until it ends, so that hits of the same keys
   * count and measure one after the other (parallel ones would each see all the others and be
   * refused together). Keys are locked in one order, so two hits never wait for each other.
   */
  async inTurn<T>(keys: string[], work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT count(pg_advisory_xact_lock($1, h)) FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest($2::text[]) AS k ORDER BY 1) AS held`,
        [THROTTLE_LOCK_CLASS, keys],
      );
      return work(manager);
    });
  }

  /** Records one event under each key, kept as long as the longest window that will look at it. */
  async record(events: { key: string; keepSeconds: number }[], manager: EntityManager = this.dataSource.manager): Promise<Hit> {
    const keep = new Map<string, number>();
    for (const event of events) keep.set(event.key, Math.max(keep.get(event.key) ?? 0, event.keepSeconds));
    const rows = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO throttle_events (key, expires_at)
       SELECT key, now() + make_interval(secs => keep) FROM unnest($1::text[], $2::int[]) AS e(key, keep)
       RETURNING id::text AS id`,
      [[...keep.keys()], [...keep.values()]],
    );
    return { ids: rows.map((row) => row.id) };
  }

  /** Every rule measured in one query; the wait is until the oldest events that are not this hit's leave the window. */
  async measure(hit: Hit, rules: Rule[], manager: EntityManager = this.dataSource.manager): Promise<Measure[]> {
    const rows = await queryRows<{ i: number; count: number; wait: number | null }>(
      manager,
      `SELECT r.i::int AS i, count(e.id)::int AS count,
              extract(epoch FROM (array_agg(e.at ORDER BY e.at) FILTER (WHERE e.id <> ALL($4::bigint[])))[
                greatest(count(e.id) FILTER (WHERE e.id <> ALL($4::bigint[])) - r.max + 1, 1)] + make_interval(secs => r.secs) - now())::float AS wait
         FROM unnest($1::text[], $2::int[], $3::int[]) WITH ORDINALITY AS r(key, secs, max, i)
         LEFT JOIN throttle_events e ON e.key = r.key AND e.at > now() - make_interval(secs => r.secs)
        GROUP BY r.i, r.max, r.secs`,
      [rules.map((rule) => rule.key), rules.map((rule) => rule.limit.windowSeconds), rules.map((rule) => rule.limit.max), hit.ids],
    );
    return rows
      .sort((a, b) => a.i - b.i)
      .map((row, index) => ({
        rule: rules[index],
        count: row.count,
        over: row.count > rules[index].limit.max,
        waitSeconds: Math.max(1, Math.ceil(row.wait ?? rules[index].limit.windowSeconds)),
      }));
  }

  /** Answers 429, with the time until every refusing rule lets one more through; thrown inside `inTurn`, the hit is rolled back with it. */
  refuse(over: Measure[]): never {
    const seconds = Math.max(...over.map((measure) => measure.waitSeconds));
    throw new TooManyRequests(`${over[0].rule.limit.refusal}: try again in ${seconds} s`, seconds);
  }

  /** The hit does not count after all (a right password, a link accepted). */
  async forgive(hit: Hit, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (hit.ids.length > 0) await manager.query(`DELETE FROM throttle_events WHERE id = ANY($1::bigint[])`, [hit.ids]);
  }

  /** Forgets every event of these keys (a person erased, a pair that signed in). */
  async forget(keys: string[]): Promise<void> {
    await this.dataSource.query(`DELETE FROM throttle_events WHERE key = ANY($1::text[])`, [keys]);
  }

  /** Another periodic clean-up to run with the purge (a part's own expiring rows). */
  alsoPurge(chore: () => Promise<unknown>): void {
    this.chores.push(chore);
  }

  /** Deletes the events no window can see any more, in bounded batches (several instances may run it at once). */
  async purge(): Promise<number> {
    let purged = 0;
    for (let batch = 0; batch < PURGE_BATCHES; batch++) {
      const [{ deleted }] = await queryRows<{ deleted: number }>(
        this.dataSource,
        `WITH gone AS (
           DELETE FROM throttle_events WHERE id IN (SELECT id FROM throttle_events WHERE expires_at < now() LIMIT $1 FOR UPDATE SKIP LOCKED) RETURNING 1
         ) SELECT count(*)::int AS deleted FROM gone`,
        [PURGE_BATCH],
      );
      purged += deleted;
      if (deleted < PURGE_BATCH) break;
    }
    for (const chore of this.chores) await chore();
    return purged;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.housekeeping(), HOUSEKEEPING_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async housekeeping(): Promise<void> {
    try {
      await this.purge();
    } catch (error) {
      // Before the first migration (the app starts, then migrates) there is nothing to purge yet.
      if ((error as { code?: string }).code !== UNDEFINED_TABLE) this.logger.warn(`throttle purge failed: ${(error as Error).message}`);
    }
  }
}
