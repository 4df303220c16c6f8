import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { CreateOfferDto, UpdateProducerDto } from '#directory';

export const SEASON_DECISIONS = ['keep', 'change', 'drop'] as const;
export type SeasonDecision = (typeof SEASON_DECISIONS)[number];

/** The business details a producer corrects on its season page, checked as on its own page. */
export class SeasonBusinessDto extends PickType(UpdateProducerDto, ['name', 'phone', 'email', 'website', 'openingHours', 'hoursNote'] as const) {}

/** An offer's terms as changed for the new season (its dates are the season's), checked as any offer. */
export class SeasonOfferChangeDto extends PickType(CreateOfferDto, [
  'title',
  'conditions',
  'kind',
  'value',
  'minPurchaseCents',
  'usesPerPass',
  'quota',
] as const) {}

export class SeasonOfferDecisionDto {
  @ApiProperty({ format: 'uuid', example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69' })
  @IsUUID()
  offerId: string;

  @ApiProperty({ enum: SEASON_DECISIONS, example: 'keep', description: 'keep: as is for the new dates; change: with `change`; drop: ends before the season' })
  @IsIn(SEASON_DECISIONS)
  decision: SeasonDecision;

  @ApiPropertyOptional({ type: SeasonOfferChangeDto, description: 'required with decision change' })
  @ValidateIf((dto: SeasonOfferDecisionDto) => dto.decision === 'change' || dto.change !== undefined)
  @ValidateNested()
  @Type(() => SeasonOfferChangeDto)
  change?: SeasonOfferChangeDto;
}

/** A producer's answer to the season's campaign: its details as corrected, and a decision per offer. */
export class SeasonAnswerDto {
  @ApiPropertyOptional({ type: SeasonBusinessDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SeasonBusinessDto)
  business?: SeasonBusinessDto;

  @ApiProperty({ type: [SeasonOfferDecisionDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SeasonOfferDecisionDto)
  offers: SeasonOfferDecisionDto[];

  @ApiPropertyOptional({
    example: true,
    description: 'the producer accepts the charter of the membership year under way (through its own link only; a coordinator cannot accept it for it)',
  })
  @IsOptional()
  @IsBoolean()
  acceptCharter?: boolean;
}
