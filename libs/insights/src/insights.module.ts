import { Module } from '@nestjs/common';
import { EditionsRepository } from './editions/editions.repository.js';
import { EditionsService } from './editions/editions.service.js';
import { FunnelQueries } from './editions/funnel.queries.js';
import { FunnelService } from './editions/funnel.service.js';
import { SeasonFunnelService } from './editions/season-funnel.service.js';
import { FiguresRepository } from './figures/figures.repository.js';
import { FiguresService } from './figures/figures.service.js';
import { TerritoryFiguresService } from './figures/territory-figures.service.js';
import { CountsUpkeep } from './rollups/counts-upkeep.js';
import { ScanCounter } from './scans/scan-counter.service.js';
import { SiteVisitCounter } from './site-visits/site-visit-counter.service.js';
import { SiteVisitsQueries } from './site-visits/site-visits.queries.js';
import { OfferViewCounter } from './views/offer-view-counter.service.js';

/** Scans, offer views and site visits, and the figures built on scans, passes and uses. */
@Module({
  providers: [
    ScanCounter,
    OfferViewCounter,
    SiteVisitCounter,
    FiguresRepository,
    SiteVisitsQueries,
    FiguresService,
    TerritoryFiguresService,
    EditionsRepository,
    EditionsService,
    FunnelQueries,
    FunnelService,
    SeasonFunnelService,
    CountsUpkeep,
  ],
  exports: [
    ScanCounter,
    OfferViewCounter,
    SiteVisitCounter,
    FiguresService,
    TerritoryFiguresService,
    EditionsService,
    FunnelService,
    SeasonFunnelService,
    CountsUpkeep,
  ],
})
export class InsightsModule {}
