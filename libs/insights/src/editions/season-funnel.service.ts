import { Injectable } from '@nestjs/common';
import { denied, invalidField, refusal, type Actor } from '#common';
import type { FiguresPeriod } from '../figures/figures.js';
import { INSIGHTS_REFUSALS } from '../insights-refusals.js';
import type { EditionView } from './edition.view.js';
import { EditionsRepository } from './editions.repository.js';
import { FunnelQueries } from './funnel.queries.js';
import { add, compareHosts, hostsOf, NOTHING, withRates } from './funnel-sums.js';
import type { FunnelCounts } from './funnel.view.js';
import type { SeasonFunnelQueryDto } from './season-funnel-query.dto.js';
import type { SeasonsFunnelView } from './season-funnel.view.js';

/** An edition's funnel counted on a period's days, for the impact report. */
export interface PeriodEditionFunnel {
  edition: EditionView;
  counts: FunnelCounts;
}

export interface PeriodFunnel {
  editions: PeriodEditionFunnel[];
  total: FunnelCounts;
}

/**
 * The editions' funnel over days rather than per edition: a season's (its editions, on its
 * dates) or a report's period's. The same queries as the editions' own funnel, so each use is
 * counted as there, once.
 */
@Injectable()
export class SeasonFunnelService {
  constructor(
    private readonly editions: EditionsRepository,
    private readonly queries: FunnelQueries,
  ) {}

  /** One season or two side by side, host by host (coordinators). */
  async forSeasons(territoryId: string, query: SeasonFunnelQueryDto, actor: Actor): Promise<SeasonsFunnelView> {
    if (!actor.coordinates(territoryId)) throw denied(actor, true, 'territory', 'see the funnel of');
    const asked = query.seasons ? [...new Set(query.seasons.toLowerCase().split(','))] : null;
    const found = await this.editions.seasonsWithEditions(territoryId, asked);
    const seasons = asked
      ? asked.map((id) => {
          const season = found.find((s) => s.id === id);
          if (!season) throw invalidField('seasons', refusal(INSIGHTS_REFUSALS, 'no_such_season', { id }));
          return season;
        })
      : found;
    const funnels = await Promise.all(
      seasons.map(async ({ editionIds, ...season }) => {
        const hosts = hostsOf(await this.queries.byHost(territoryId, editionIds, null, { from: season.startsOn, to: season.endsOn }));
        return { season, total: withRates(hosts.reduce(add, NOTHING)), hosts };
      }),
    );
    return { seasons: funnels, hosts: compareHosts(funnels) };
  }

  /**
   * Each edition printed by the period's end, counted on the period's days, when it was printed
   * in the period or brought something in it; with their total (coordinators).
   */
  async forPeriod(territoryId: string, period: FiguresPeriod, actor: Actor): Promise<PeriodFunnel> {
    if (!actor.coordinates(territoryId)) throw denied(actor, true, 'territory', 'see the funnel of');
    const printed = (await this.editions.listOf(territoryId)).filter((e) => e.printedOn <= period.to).reverse();
    const rows = printed.length
      ? await this.queries.byHost(
          territoryId,
          printed.map((e) => e.id),
          null,
          period,
        )
      : [];
    const editions = printed
      .map((edition) => ({ edition, steps: rows.filter((row) => row.editionId === edition.id).reduce(add, NOTHING) }))
      .filter(({ edition, steps }) => edition.printedOn >= period.from || steps.openings + steps.passes + steps.uses > 0);
    return {
      editions: editions.map(({ edition, steps }) => ({ edition, counts: withRates(steps) })),
      total: withRates(editions.map((e) => e.steps).reduce(add, NOTHING)),
    };
  }
}
