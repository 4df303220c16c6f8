import { ApiProperty } from '@nestjs/swagger';
import { CouponUsesView } from '#passes';

export class ScannedPageView {
  @ApiProperty({ example: 'scans.pdf p. 2', description: 'The file, and its page for a PDF' })
  source: string;

  @ApiProperty({ type: 'integer', example: 12, description: 'QR codes read on it' })
  codes: number;

  @ApiProperty({ type: 'integer', example: 310, description: 'Time taken to read it, in milliseconds' })
  milliseconds: number;
}

/** A pile of scanned coupons: what became of each QR code read, and what each page gave. */
export class CouponScansView extends CouponUsesView {
  @ApiProperty({ type: [ScannedPageView], description: 'Every image read (a PDF page without a readable image is not listed)' })
  pages: ScannedPageView[];
}
