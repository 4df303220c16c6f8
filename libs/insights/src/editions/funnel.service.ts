import { Injectable } from '@nestjs/common';
import { denied, invalidField, refusal, type Actor } from '#common';
import { INSIGHTS_REFUSALS } from '../insights-refusals.js';
import type { EditionView } from './edition.view.js';
import { EditionsRepository } from './editions.repository.js';
import type { FunnelQueryDto } from './funnel-query.dto.js';
import { FunnelQueries } from './funnel.queries.js';
import { add, compareHosts, NOTHING, withRates, type Steps } from './funnel-sums.js';
import type { AccommodationFunnelView, EditionFunnel, TerritoryFunnelView } from './funnel.view.js';

/** What each printed edition brought: copies → openings from its QR code → passes → uses → declared spending. */
@Injectable()
export class FunnelService {
  constructor(
    private readonly editions: EditionsRepository,
    private readonly queries: FunnelQueries,
  ) {}

  /** The territory's funnel for one edition (default: the latest), or two side by side (coordinators). */
  async forTerritory(territoryId: string, query: FunnelQueryDto, actor: Actor): Promise<TerritoryFunnelView> {
    if (!actor.coordinates(territoryId)) throw denied(actor, true, 'territory', 'see the funnel of');
    const all = await this.editions.listOf(territoryId);
    const asked = query.compare ? query.compare.split(',').map(Number) : query.edition ? [query.edition] : all.slice(0, 1).map((e) => e.number);
    const chosen = asked.map((number) => {
      const edition = all.find((e) => e.number === number);
      if (!edition) throw invalidField(query.compare ? 'compare' : 'edition', refusal(INSIGHTS_REFUSALS, 'no_such_edition', { number }));
      return edition;
    });
    const editions = await this.funnels(territoryId, chosen, null);
    return { editions, hosts: compareHosts(editions) };
  }

  /** An accommodation's own funnel in each edition of its territory (its host, coordinators). */
  async forAccommodation(accommodationId: string, actor: Actor): Promise<AccommodationFunnelView> {
    const accommodation = await this.editions.accommodationTerritory(accommodationId);
    const territoryId = accommodation?.territoryId;
    if (!accommodation || !territoryId || !(actor.coordinates(territoryId) || actor.hostsAccommodation(accommodationId))) {
      throw denied(actor, false, 'accommodation', 'see the funnel of');
    }
    const editions = await this.funnels(territoryId, await this.editions.listOf(territoryId), accommodationId);
    return { accommodationId, accommodationName: accommodation.name, editions };
  }

  private async funnels(territoryId: string, editions: EditionView[], accommodationId: string | null): Promise<EditionFunnel[]> {
    const ids = editions.map((e) => e.id);
    const [hosts, weeks, producers] = await Promise.all([
      this.queries.byHost(territoryId, ids, accommodationId),
      this.queries.byWeek(territoryId, ids, accommodationId),
      this.queries.byProducer(territoryId, ids, accommodationId),
    ]);
    return editions.map((edition) => {
      const own = hosts.filter((row) => row.editionId === edition.id);
      return {
        edition,
        total: withRates(own.reduce<Steps>(add, NOTHING)),
        hosts: own.map((row) => ({ accommodationId: row.accommodationId, accommodationName: row.accommodationName, ...withRates(row) })),
        weeks: weeks
          .filter((row) => row.editionId === edition.id)
          .map((row) => ({ week: row.week, openings: row.openings, passes: row.passes, uses: row.uses, spendingCents: row.spendingCents })),
        producers: producers
          .filter((row) => row.editionId === edition.id)
          .map((row) => ({ producerId: row.producerId, producerName: row.producerName, uses: row.uses, spendingCents: row.spendingCents })),
      };
    });
  }
}
