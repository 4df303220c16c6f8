import { Injectable } from '@nestjs/common';
import { DatabaseNotifications } from '#database';
import type { ShowcaseKey } from './showcase.js';
import { ShowcaseQueries } from './showcase.queries.js';

const MAX_ENTRIES = 20_000;

/**
 * What a cached tourist page is keyed by, per accommodation code. Kept in memory only while this
 * instance hears the database announce every content change (any instance's edit drops them all);
 * read from the database on each request otherwise.
 */
@Injectable()
export class ShowcaseKeys {
  private readonly keys = new Map<string, ShowcaseKey>();
  /** Counts the drops, so that a look-up that raced a change does not store what it read before it. */
  private generation = 0;
  private subscribed = false;

  constructor(
    private readonly queries: ShowcaseQueries,
    private readonly notifications: DatabaseNotifications,
  ) {}

  async of(code: string): Promise<ShowcaseKey | undefined> {
    this.subscribeOnce();
    if (!this.notifications.live) return this.queries.key(code);
    const known = this.keys.get(code);
    if (known) return known;
    const generation = this.generation;
    const key = await this.queries.key(code);
    if (key && generation === this.generation && this.notifications.live) {
      if (this.keys.size >= MAX_ENTRIES) this.keys.delete(this.keys.keys().next().value as string);
      this.keys.set(code, key);
    }
    return key;
  }

  /** On first use, not at start: the command line never serves pages and needs no listening connection. */
  private subscribeOnce(): void {
    if (this.subscribed) return;
    this.subscribed = true;
    this.notifications.subscribe('showcase_changed', () => {
      this.generation += 1;
      this.keys.clear();
    });
  }
}
