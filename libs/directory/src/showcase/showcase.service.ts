import { Injectable } from '@nestjs/common';
import { todayIn } from '#common';
import type { ContentKey, Showcase, ShowcaseKey, ShowcaseProducer, ShowcaseTerritory } from './showcase.js';
import { ShowcaseKeys } from './showcase-keys.js';
import { ShowcaseQueries } from './showcase.queries.js';

/** The public, read-only side of the directory that the tourist pages show. */
@Injectable()
export class ShowcaseService {
  constructor(
    private readonly queries: ShowcaseQueries,
    private readonly keys: ShowcaseKeys,
  ) {}

  /** The key of an accommodation's page as held in memory (current while the database's announcements are heard), without asking the database. */
  knownKeyOf(code: string): ShowcaseKey | undefined {
    return this.keys.known(code);
  }

  /** The key of a producer's page (an active producer's code), of a territory's page. */
  producerKeyOf(code: string): Promise<ContentKey | undefined> {
    return this.keys.ofProducer(code);
  }

  territoryKeyOf(code: string): Promise<ContentKey | undefined> {
    return this.keys.ofTerritory(code);
  }

  /** Cheap look-up of an active accommodation's code: what a cached page is keyed by. */
  keyOf(code: string): Promise<ShowcaseKey | undefined> {
    return this.keys.of(code);
  }

  /** The producers with offers shown today, nearest first from the accommodation. */
  async forAccommodation(key: ShowcaseKey, now = new Date()): Promise<Showcase> {
    const today = todayIn(key.timeZone, now);
    const [accommodation, territory] = await Promise.all([this.queries.accommodation(key.accommodationId), this.queries.territory(key.territoryId)]);
    const producers = await this.queries.producersShown({ territoryId: key.territoryId, day: today, fromAccommodationId: key.accommodationId });
    return { accommodation, territory, today, producers };
  }

  /** One producer of a territory, by its code, with its offers shown today (distance from the territory's nearest point: none). */
  async producerByCode(code: string, now = new Date()): Promise<{ producer: ShowcaseProducer; territory: ShowcaseTerritory; today: string } | undefined> {
    const row = await this.queries.territoryOfProducer(code);
    if (!row) return undefined;
    const { producerId, ...territory } = row;
    const today = todayIn(territory.timeZone, now);
    const [producer] = await this.queries.producersShown({ territoryId: territory.id, day: today, producerId });
    const empty: ShowcaseProducer = { ...(await this.queries.producer(producerId)), distanceKm: 0, offers: [] };
    return { producer: producer ?? empty, territory, today };
  }

  /**
   * What a brochure prints: the producers with offers published and valid on `date`, nearest first
   * from the accommodation when one is given (by name otherwise, distance 0).
   */
  async onDate(territoryId: string, date: string, accommodationId?: string): Promise<ShowcaseProducer[]> {
    if (accommodationId) return this.queries.producersShown({ territoryId, day: date, fromAccommodationId: accommodationId });
    const producers = await this.queries.producersShown({ territoryId, day: date });
    return producers.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  /** A territory's public page: every producer with offers shown today. */
  async territoryByCode(
    code: string,
    now = new Date(),
  ): Promise<{ territory: ShowcaseTerritory & { code: string }; producers: ShowcaseProducer[]; today: string } | undefined> {
    const territory = await this.queries.territoryByCode(code);
    if (!territory) return undefined;
    const today = todayIn(territory.timeZone, now);
    return { territory, producers: await this.queries.producersShown({ territoryId: territory.id, day: today }), today };
  }

  /**
   * Open data: every active producer of a territory, with its offers shown today (none is fine),
   * by name; and the territory's content version, which changes whenever any of it does.
   */
  async openData(
    territoryId: string,
    now = new Date(),
  ): Promise<{ territory: ShowcaseTerritory & { code: string; contentVersion: string }; today: string; producers: ShowcaseProducer[] } | undefined> {
    const territory = await this.queries.versionedTerritory(territoryId);
    if (!territory) return undefined;
    const today = todayIn(territory.timeZone, now);
    return { territory, today, producers: await this.queries.activeProducers(territoryId, today) };
  }
}
