import { Module } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { InsightsModule } from '#insights';
import { BrochuresService } from './brochures/brochures.service.js';
import { ImpactReportsService } from './reports/impact-reports.service.js';

/** Brochures, QR cards, QR codes and impact reports. */
@Module({ imports: [DirectoryModule, InsightsModule], providers: [BrochuresService, ImpactReportsService], exports: [BrochuresService, ImpactReportsService] })
export class PrintingModule {}
