import { Module } from '@nestjs/common';
import { FiguresRepository } from './figures/figures.repository.js';
import { FiguresService } from './figures/figures.service.js';
import { TerritoryFiguresService } from './figures/territory-figures.service.js';
import { ScanCounter } from './scans/scan-counter.service.js';
import { OfferViewCounter } from './views/offer-view-counter.service.js';

/** Scans and offer views, and the figures built on scans, passes and uses. */
@Module({
  providers: [ScanCounter, OfferViewCounter, FiguresRepository, FiguresService, TerritoryFiguresService],
  exports: [ScanCounter, OfferViewCounter, FiguresService, TerritoryFiguresService],
})
export class InsightsModule {}
