import { Module } from '@nestjs/common';
import { AuditModule } from '#audit';
import { DirectoryModule } from '#directory';
import { InsightsModule } from '#insights';
import { BrochuresService } from './brochures/brochures.service.js';
import { PrintCheckQueries } from './print-check/print-check.queries.js';
import { PrintCheckService } from './print-check/print-check.service.js';
import { PrintGate } from './print-check/print-gate.js';
import { ImpactReportsService } from './reports/impact-reports.service.js';

/** Brochures, QR cards, QR codes and impact reports; the check of the data before printing. */
@Module({
  imports: [DirectoryModule, InsightsModule, AuditModule],
  providers: [BrochuresService, ImpactReportsService, PrintCheckQueries, PrintCheckService, PrintGate],
  exports: [BrochuresService, ImpactReportsService, PrintCheckService, PrintGate],
})
export class PrintingModule {}
