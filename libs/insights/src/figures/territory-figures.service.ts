import { Injectable } from '@nestjs/common';
import { denied, type Actor } from '#common';
import type { TerritoryFigures } from './figures.js';
import { periodOf } from './figures-period.js';
import type { FiguresQueryDto } from './figures-query.dto.js';
import { FiguresRepository } from './figures.repository.js';
import { SiteVisitsQueries } from '../site-visits/site-visits.queries.js';

/** The whole territory's loop, for its coordinators and for the funders they report to (hosts named, never by their e-mail). */
@Injectable()
export class TerritoryFiguresService {
  constructor(
    private readonly figures: FiguresRepository,
    private readonly siteVisits: SiteVisitsQueries,
  ) {}

  async forTerritory(actor: Actor, territoryId: string, query: FiguresQueryDto): Promise<TerritoryFigures> {
    const scope = await this.figures.scopeOf('territory', territoryId);
    if (!scope) throw denied(actor, false, 'territory', 'see the figures of');
    if (!actor.coordinates(territoryId)) throw denied(actor, true, 'territory', 'see the figures of');
    const period = periodOf(query, scope.timeZone);
    const [figures, siteVisitsByPage] = await Promise.all([this.figures.territory(territoryId, period), this.siteVisits.byPage(territoryId, period)]);
    return {
      period,
      territory: scope.name,
      ...figures,
      siteVisits: siteVisitsByPage.reduce((sum, kind) => sum + kind.visits, 0),
      siteVisitsByPage,
      accommodationsTakingPart: figures.accommodations.filter((a) => a.scans > 0 || a.redemptions > 0 || a.passes > 0).length,
    };
  }
}
