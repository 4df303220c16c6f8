import { Module } from '@nestjs/common';
import { FiguresService } from './figures/figures.service.js';
import { TerritoryFiguresService } from './figures/territory-figures.service.js';
import { ScanCounter } from './scans/scan-counter.service.js';

/** Scans, and the figures built on scans, passes and uses. */
@Module({ providers: [ScanCounter, FiguresService, TerritoryFiguresService], exports: [ScanCounter, FiguresService, TerritoryFiguresService] })
export class InsightsModule {}
