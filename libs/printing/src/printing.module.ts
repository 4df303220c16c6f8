import { Module } from '@nestjs/common';
import { AssociationModule } from '#association';
import { AuditModule } from '#audit';
import { DirectoryModule } from '#directory';
import { InsightsModule } from '#insights';
import { PassesModule } from '#passes';
import { BrochuresService } from './brochures/brochures.service.js';
import { EditionPrinting } from './editions/edition-printing.service.js';
import { PrintCheckQueries } from './print-check/print-check.queries.js';
import { PrintCheckService } from './print-check/print-check.service.js';
import { PrintGate } from './print-check/print-gate.js';
import { ImpactReportsService } from './reports/impact-reports.service.js';
import { ReceiptsService } from './receipts/receipts.service.js';
import { CouponSheetsService } from './coupons/coupon-sheets.service.js';
import { TallySheetsService } from './tally/tally-sheets.service.js';

/** Brochures, QR cards, QR codes, impact reports, membership receipts and tally sheets; the check of the data before printing. */
@Module({
  imports: [DirectoryModule, InsightsModule, AuditModule, AssociationModule, PassesModule],
  providers: [
    BrochuresService,
    EditionPrinting,
    ImpactReportsService,
    ReceiptsService,
    PrintCheckQueries,
    PrintCheckService,
    PrintGate,
    TallySheetsService,
    CouponSheetsService,
  ],
  exports: [BrochuresService, EditionPrinting, ImpactReportsService, ReceiptsService, PrintCheckService, PrintGate, TallySheetsService, CouponSheetsService],
})
export class PrintingModule {}
