import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DatabaseNotifications, queryRows } from '#database';

export interface ShowcaseKey {
  accommodationId: string;
  territoryId: string;
  /** Bumped by the database on every change of the territory's directory. */
  contentVersion: string;
  timeZone: string;
}

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: DatabaseNotifications,
  ) {}

  async of(code: string): Promise<ShowcaseKey | undefined> {
    this.subscribeOnce();
    if (!this.notifications.live) return this.read(code);
    const known = this.keys.get(code);
    if (known) return known;
    const generation = this.generation;
    const key = await this.read(code);
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

  private async read(code: string): Promise<ShowcaseKey | undefined> {
    const [row] = await queryRows<ShowcaseKey>(
      this.dataSource,
      `SELECT a.id AS "accommodationId", t.id AS "territoryId", t.content_version::text AS "contentVersion", t.time_zone AS "timeZone"
         FROM accommodations a JOIN territories t ON t.id = a.territory_id
        WHERE a.code = $1 AND a.status = 'active'`,
      [code],
    );
    return row;
  }
}
