import { Injectable } from '@nestjs/common';
import { denied, type Actor } from '#common';
import type { FiguresPeriod, PeriodCounts, PreviousSeason, TerritoryFigures } from './figures.js';
import { periodOf, spanYearEarlier } from './figures-period.js';
import type { FiguresQueryDto } from './figures-query.dto.js';
import { FiguresRepository } from './figures.repository.js';
import { SiteVisitsQueries } from '../site-visits/site-visits.queries.js';

/** A territory whose figures the actor may see, with the days they are counted on. */
export interface SettledFigures {
  territoryId: string;
  /** Its name. */
  territory: string;
  period: FiguresPeriod;
}

/** The whole territory's loop, for its coordinators and for the funders they report to (hosts named, never by their e-mail). */
@Injectable()
export class TerritoryFiguresService {
  constructor(
    private readonly figures: FiguresRepository,
    private readonly siteVisits: SiteVisitsQueries,
  ) {}

  async forTerritory(actor: Actor, territoryId: string, query: FiguresQueryDto): Promise<TerritoryFigures> {
    return this.figuresOf(await this.settle(actor, territoryId, query));
  }

  /** Whether the actor may see the territory's figures, and of which days: what every read of them starts with. */
  async settle(actor: Actor, territoryId: string, query: FiguresQueryDto): Promise<SettledFigures> {
    const scope = await this.figures.scopeOf('territory', territoryId);
    if (!scope) throw denied(actor, false, 'territory', 'see the figures of');
    if (!actor.coordinates(territoryId)) throw denied(actor, true, 'territory', 'see the figures of');
    const period = await periodOf(query, scope.timeZone, (from, to) => this.figures.activitySpan(territoryId, from, to));
    return { territoryId, territory: scope.name, period };
  }

  /** The figures of a territory and period settled by `settle`. */
  async figuresOf({ territoryId, territory, period }: SettledFigures): Promise<TerritoryFigures> {
    const [totals, figures, previous, siteVisitsByPage] = await Promise.all([
      this.figures.territoryTotals(territoryId, period),
      this.figures.territory(territoryId, period),
      this.previousSeason(territoryId, period),
      this.siteVisits.byPage(territoryId, period),
    ]);
    return {
      period,
      territory,
      ...totals,
      ...figures,
      siteVisits: siteVisitsByPage.reduce((sum, kind) => sum + kind.visits, 0),
      siteVisitsByPage,
      accommodationsTakingPart: figures.accommodations.filter((a) => a.scans > 0 || a.redemptions > 0 || a.passes > 0).length,
      ...(previous && { previous }),
    };
  }

  /** The same span a year earlier, when anything happened in it: what the season is compared with. */
  private async previousSeason(territoryId: string, period: FiguresPeriod): Promise<PreviousSeason | undefined> {
    const before = spanYearEarlier(period);
    const totals = await this.figures.territoryTotals(territoryId, before);
    if (totals.scans + totals.passes + totals.redemptions === 0) return undefined;
    const { scans, passes, guests, redemptions, declaredSpendingCents } = totals;
    return { period: before, scans, passes, guests, redemptions, declaredSpendingCents, byMonth: totals.byMonth.map(nextYear) };
  }
}

/** A month of the previous season labelled as the month of this season it compares with. */
const nextYear = (month: PeriodCounts): PeriodCounts => ({ ...month, period: `${Number(month.period.slice(0, 4)) + 1}${month.period.slice(4)}` });
