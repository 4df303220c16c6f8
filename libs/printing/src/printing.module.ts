import { Module } from '@nestjs/common';
import { AssociationModule } from '#association';
import { DirectoryModule } from '#directory';
import { InsightsModule } from '#insights';
import { BrochuresService } from './brochures/brochures.service.js';
import { ImpactReportsService } from './reports/impact-reports.service.js';
import { ReceiptsService } from './receipts/receipts.service.js';

/** Brochures, QR cards, QR codes and impact reports. */
@Module({
  imports: [DirectoryModule, InsightsModule, AssociationModule],
  providers: [BrochuresService, ImpactReportsService, ReceiptsService],
  exports: [BrochuresService, ImpactReportsService, ReceiptsService],
})
export class PrintingModule {}
