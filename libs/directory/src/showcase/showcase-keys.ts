import { Injectable } from '@nestjs/common';
import { DatabaseNotifications } from '#database';
import type { ContentKey, ShowcaseKey } from './showcase.js';
import { ShowcaseQueries } from './showcase.queries.js';
import { AnnouncedCache } from './announced-cache.js';

const MAX_ENTRIES = 20_000;

/**
 * What a cached tourist page is keyed by, per accommodation, producer or territory code. Kept in memory only while this
 * instance hears the database announce every content change (any instance's edit drops them all);
 * read from the database on each request otherwise.
 */
@Injectable()
export class ShowcaseKeys {
  private readonly keys: AnnouncedCache<ShowcaseKey>;
  private readonly producerKeys: AnnouncedCache<ContentKey>;
  private readonly territoryKeys: AnnouncedCache<ContentKey>;

  constructor(
    private readonly queries: ShowcaseQueries,
    notifications: DatabaseNotifications,
  ) {
    this.keys = new AnnouncedCache(notifications, MAX_ENTRIES);
    this.producerKeys = new AnnouncedCache(notifications, MAX_ENTRIES);
    this.territoryKeys = new AnnouncedCache(notifications, MAX_ENTRIES);
  }

  /** The key held in memory, when it is known to be current. */
  known(code: string): ShowcaseKey | undefined {
    return this.keys.known(code);
  }

  of(code: string): Promise<ShowcaseKey | undefined> {
    return this.keys.of(code, () => this.queries.key(code));
  }

  ofProducer(code: string): Promise<ContentKey | undefined> {
    return this.producerKeys.of(code, () => this.queries.producerKey(code));
  }

  ofTerritory(code: string): Promise<ContentKey | undefined> {
    return this.territoryKeys.of(code, () => this.queries.territoryKey(code));
  }
}
