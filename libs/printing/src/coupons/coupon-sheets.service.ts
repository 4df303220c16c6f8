import { Injectable } from '@nestjs/common';
import { type Actor } from '#common';
import { CouponsService } from '#passes';
import { renderCouponSheet } from './coupon-sheet-renderer.js';
import type { CouponSheetLanguage } from './coupon-sheet-texts.js';

/** A host's coupon sheet of an edition, for the territory's coordinators. */
@Injectable()
export class CouponSheetsService {
  constructor(private readonly coupons: CouponsService) {}

  async pdf(editionId: string, accommodationId: string, actor: Actor): Promise<{ filename: string; body: Buffer }> {
    const sheet = await this.coupons.sheet(editionId, accommodationId, actor);
    const body = await renderCouponSheet(
      {
        territoryName: sheet.edition.territoryName,
        editionName: sheet.edition.name,
        accommodationName: sheet.accommodationName,
        coupons: sheet.coupons,
      },
      sheet.edition.lang as CouponSheetLanguage,
    );
    return { filename: `coupons-${sheet.edition.number}-${accommodationId.slice(0, 8)}.pdf`, body };
  }
}
