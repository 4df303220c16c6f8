import { Module } from '@nestjs/common';
import { ScanCounter } from './scans/scan-counter.service.js';

/** Scans and, later, the figures built on them. */
@Module({ providers: [ScanCounter], exports: [ScanCounter] })
export class InsightsModule {}
