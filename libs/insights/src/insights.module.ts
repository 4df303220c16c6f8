import { Module } from '@nestjs/common';
import { FiguresService } from './figures/figures.service.js';
import { ScanCounter } from './scans/scan-counter.service.js';

/** Scans, and the figures built on scans, passes and uses. */
@Module({ providers: [ScanCounter, FiguresService], exports: [ScanCounter, FiguresService] })
export class InsightsModule {}
