import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate, type TranslatedText } from '#common';
import type { OfferKind } from '#directory';
import { RedemptionView } from '../redemptions/redemption.view.js';

/** Lines a sheet holds at most in one submission (a printed sheet has 30). */
export const TALLY_MAX_LINES = 100;

/** One line of a tally sheet as written on paper. */
export class TallyLineDto {
  @ApiProperty({ example: 'K7M3P 9QA2X', description: 'The pass code as written (spaces, dashes and case ignored)', maxLength: 40 })
  @IsString()
  @MaxLength(40)
  code: string;

  @ApiProperty({ example: '2026-07-14', format: 'date', description: "The day of the use written on the line, in the territory's time zone" })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ example: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', format: 'uuid', description: 'The offer used (one of the producer’s offers on its sheet)' })
  @IsUUID()
  offerId: string;

  @ApiPropertyOptional({ type: 'integer', example: 2350, minimum: 0, maximum: 10_000_000, description: 'Amount spent, in cents, if written' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  amountCents?: number;
}

/** A tally sheet typed in: its lines, all recorded or none. */
export class TallyDto {
  @ApiProperty({ type: [TallyLineDto], minItems: 1, maxItems: TALLY_MAX_LINES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(TALLY_MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => TallyLineDto)
  lines: TallyLineDto[];
}

export class TallyResultView {
  @ApiProperty({ example: true, description: 'false when this Idempotency-Key was already used: the uses of that first submission are given again' })
  created: boolean;

  @ApiProperty({ type: [RedemptionView], description: 'the uses recorded, in the order of the lines' })
  redemptions: RedemptionView[];
}

/** An offer as numbered on the producer's tally sheet. */
export interface TallySheetOffer {
  /** Its number on the sheet, from 1. */
  number: number;
  offerId: string;
  title: TranslatedText;
  kind: OfferKind;
  value: number | null;
  minPurchaseCents: number | null;
}
