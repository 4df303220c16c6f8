import { Injectable } from '@nestjs/common';
import { MembershipService } from '#association';
import type { Actor } from '#common';
import { renderReceipt } from './receipt-renderer.js';

/** Membership payments' receipts, for the coordinators and the member who paid. */
@Injectable()
export class ReceiptsService {
  constructor(private readonly membership: MembershipService) {}

  async receipt(paymentId: string, lang: 'fr' | 'en', actor: Actor): Promise<{ filename: string; body: Buffer }> {
    const receipt = await this.membership.receipt(paymentId, actor);
    return { filename: `recu-${receipt.payment.receiptNumber}.pdf`, body: await renderReceipt(receipt, lang) };
  }
}
