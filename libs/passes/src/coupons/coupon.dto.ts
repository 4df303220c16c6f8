import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '#common';
import { COUPON_OUTCOMES, type CouponOutcome } from './coupon-outcomes.js';

/** Coupons typed or scanned in one request: a season's pile of a territory, in a few batches. */
export const COUPON_MAX_LINES = 500;
/** Copies of one host's coupons issued at once: beyond, a brochure's print run is not a host's. */
export const COUPON_MAX_COPIES = 2000;

export class IssueCouponsDto {
  @ApiPropertyOptional({
    format: 'uuid',
    example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a',
    description: 'One host accommodation; without it, every accommodation with copies recorded',
  })
  @IsOptional()
  @IsUUID()
  accommodationId?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: COUPON_MAX_COPIES,
    example: 40,
    description: 'Copies to issue coupons for (with accommodationId); default: the copies recorded for it. Never fewer than already issued',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(COUPON_MAX_COPIES)
  copies?: number;
}

export class IssuedCouponsHostView {
  @ApiProperty({ format: 'uuid', example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a' })
  accommodationId: string;

  @ApiProperty({ example: 'Gîte du Thouet' })
  name: string;

  @ApiProperty({ type: 'integer', example: 40, description: 'Copies it has coupons for' })
  copies: number;

  @ApiProperty({ type: 'integer', example: 480, description: 'Its coupons for this edition, all copies together' })
  coupons: number;
}

export class IssuedCouponsView {
  @ApiProperty({ format: 'uuid', example: '6b1f0e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b' })
  editionId: string;

  @ApiProperty({ type: 'integer', example: 12, description: 'Offers printed in the edition that get a coupon (those still in the directory)' })
  offers: number;

  @ApiProperty({ type: 'integer', example: 480, description: 'Coupons made by this request (0 when issued again: nothing is issued twice)' })
  issued: number;

  @ApiProperty({ type: [IssuedCouponsHostView] })
  hosts: IssuedCouponsHostView[];
}

/** One coupon as typed from the pile. */
export class CouponLineDto {
  @ApiProperty({ example: 'K7M3P 9QA2X', maxLength: 60, description: 'The serial as printed (spaces, dashes and case ignored), or read from its QR code' })
  @IsString()
  @MaxLength(60)
  serial: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-07-14', description: 'The day of the use if written on the coupon; default: today' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class CouponUsesDto {
  @ApiProperty({ type: [CouponLineDto], minItems: 1, maxItems: COUPON_MAX_LINES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(COUPON_MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => CouponLineDto)
  lines: CouponLineDto[];

  @ApiPropertyOptional({
    default: false,
    example: true,
    description: 'false: a preview, nothing recorded; true: the valid coupons are recorded together, the others listed',
  })
  @IsOptional()
  @IsBoolean()
  record?: boolean;
}

/** What became of one line (or one QR code read) of the pile. */
export class CouponLineView {
  @ApiProperty({ type: 'integer', example: 3, description: 'Its line in the request, from 1 (for scans: the order read)' })
  line: number;

  @ApiProperty({ example: 'K7M3P 9QA2X', description: 'As typed or read' })
  typed: string;

  @ApiProperty({ example: 'k7m3p9qa2x', nullable: true, type: String, description: 'The serial read from it, when it is one' })
  serial: string | null;

  @ApiProperty({ enum: COUPON_OUTCOMES, example: 'recorded' })
  outcome: CouponOutcome;

  @ApiProperty({ example: 'Recorded.' })
  message: string;

  @ApiPropertyOptional({ example: 'scan.pdf, page 2', description: 'For scans: where its QR code was read' })
  source?: string;

  @ApiProperty({ example: 'Gîte du Thouet', nullable: true, type: String, description: 'The host the coupon was given by' })
  accommodationName: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a' })
  accommodationId: string | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 2, description: "Its edition's number" })
  edition: number | null;

  @ApiProperty({ example: 'La Chèvrerie des Brandes', nullable: true, type: String })
  producerName: string | null;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '4d5e6f70-8a9b-4c0d-9e1f-2a3b4c5d6e7f',
    description: 'The use recorded (or recorded before)',
  })
  redemptionId: string | null;
}

export class CouponUsesView {
  @ApiProperty({ example: true, description: 'Whether anything was recorded (false for a preview)' })
  recorded: boolean;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { recorded: 296, already_recorded: 2, unknown: 1, mistyped: 1 } })
  counts: Partial<Record<CouponOutcome, number>>;

  @ApiProperty({ type: [CouponLineView] })
  lines: CouponLineView[];
}
