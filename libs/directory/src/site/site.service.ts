import { Injectable } from '@nestjs/common';
import { todayIn } from '#common';
import { DatabaseNotifications } from '#database';
import { AnnouncedCache } from '../showcase/announced-cache.js';
import { ShowcaseQueries } from '../showcase/showcase.queries.js';
import type { ListedAccommodation, ProducerFilters, SiteCatalogue, SiteChanges, SiteListing, SiteTerritory } from './site.js';
import { SiteQueries } from './site.queries.js';

/** The read side of a territory's public site: which territory a request is for, and what its pages show. */
@Injectable()
export class SiteService {
  /** By host and by slug: asked on every request of a site, with its content version (the rendered pages' key). */
  private readonly territoriesBy: AnnouncedCache<SiteTerritory>;

  constructor(
    private readonly queries: SiteQueries,
    private readonly showcase: ShowcaseQueries,
    notifications: DatabaseNotifications,
  ) {
    this.territoriesBy = new AnnouncedCache(notifications, 1000);
  }

  /** The territory whose site a host name is (compared lowercase, without a trailing dot). */
  territoryOfHost(hostname: string): Promise<SiteTerritory | undefined> {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    return this.territoriesBy.of(`host:${host}`, () => this.queries.territoryOfHost(host));
  }

  territoryOfSlug(slug: string): Promise<SiteTerritory | undefined> {
    return this.territoriesBy.of(`slug:${slug}`, () => this.queries.territoryOfSlug(slug));
  }

  territories(): Promise<SiteListing[]> {
    return this.queries.territories();
  }

  /** Every active producer with its offers shown today, and the offers coming later in the season. */
  async catalogue(territory: SiteTerritory, now = new Date()): Promise<SiteCatalogue> {
    const today = todayIn(territory.timeZone, now);
    const [producers, coming] = await Promise.all([this.showcase.activeProducers(territory.id, today), this.queries.comingOffers(territory.id, today)]);
    return { today, producers, coming };
  }

  producerOfSlug(territoryId: string, slug: string) {
    return this.queries.producerOfSlug(territoryId, slug);
  }

  producerIdsMatching(territoryId: string, filters: ProducerFilters): Promise<Set<string>> {
    return this.queries.producerIdsMatching(territoryId, filters);
  }

  listedAccommodations(territoryId: string): Promise<ListedAccommodation[]> {
    return this.queries.listedAccommodations(territoryId);
  }

  async changes(territoryId: string): Promise<SiteChanges> {
    const rows = await this.queries.changes(territoryId);
    const producers = new Map<string, Date>();
    let site = new Date(0);
    for (const row of rows) {
      const changed = new Date(row.changed);
      if (row.producerId) producers.set(row.producerId, changed);
      if (changed > site) site = changed;
    }
    return { site, producers };
  }
}
