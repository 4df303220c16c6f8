import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  registerDecorator,
} from 'class-validator';
import { EXPLAINS_ABSENCE, IsCalendarDate, NearPageQueryDto, Optional, translatedText } from '#common';
import { CATEGORIES, type Category } from '../categories/categories.js';
import { OFFER_KINDS, OFFER_STATUSES, type OfferKind, type OfferStatus } from './offer.entity.js';
import { offerValueProblem, validityProblem } from './offer-rules.js';

const OfferTitle = translatedText('OfferTitle', 120, { fr: '10 % sur les fromages', en: '10% off cheeses' });
const OfferConditions = translatedText('OfferConditions', 500, {
  fr: 'Sur présentation du pass, hors promotions.',
  en: 'Show your pass; not with other discounts.',
});

/** Checks a field against its siblings, with the message the rule gives. */
function Satisfies<T>(rule: (dto: T) => string | undefined) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'satisfies',
      target: target.constructor,
      propertyName,
      // its message tells what a missing value lacks ("the percentage"), better than "required"
      options: { message: (args) => rule(args.object as T) ?? `${propertyName} is invalid`, context: EXPLAINS_ABSENCE },
      validator: { validate: (_value, args) => rule(args!.object as T) === undefined },
    });
}

export class CreateOfferDto {
  @ApiProperty({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', format: 'uuid' })
  @IsUUID()
  producerId: string;

  @ApiProperty({ type: OfferTitle })
  @ValidateNested()
  @Type(() => OfferTitle)
  @IsNotEmpty()
  title: InstanceType<typeof OfferTitle>;

  @ApiPropertyOptional({ type: OfferConditions })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferConditions)
  conditions?: InstanceType<typeof OfferConditions>;

  @ApiProperty({ example: 'percent_off', enum: OFFER_KINDS })
  @IsIn(OFFER_KINDS)
  kind: OfferKind;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    example: 10,
    description: 'percent_off: the percentage (1–100); amount_off: the amount in cents; gift, visit, tasting: optional retail worth in cents',
    minimum: 0,
    maximum: 10000000,
  })
  // Optional only for the kinds whose value is an optional worth; the rule is written first, for its message.
  @ValidateIf((dto: CreateOfferDto) => (dto.value !== undefined && dto.value !== null) || dto.kind === 'percent_off' || dto.kind === 'amount_off')
  @Satisfies<CreateOfferDto>((dto) => (OFFER_KINDS.includes(dto.kind) ? offerValueProblem(dto.kind, dto.value) : undefined))
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  value?: number;

  @ApiPropertyOptional({ type: 'integer', example: 1500, description: 'Minimum purchase in cents (EUR)', minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  minPurchaseCents?: number;

  @ApiProperty({ example: '2026-04-01', format: 'date' })
  @IsCalendarDate()
  validFrom: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-10-31', format: 'date', description: 'Last day of validity; omitted or null: no end' })
  @IsOptional()
  @IsCalendarDate()
  @Satisfies<CreateOfferDto>((dto) => (typeof dto.validFrom === 'string' ? validityProblem(dto.validFrom, dto.validTo) : undefined))
  validTo?: string;

  @ApiPropertyOptional({ type: 'integer', example: 1, default: 1, minimum: 1, maximum: 100 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(100)
  usesPerPass?: number;

  @ApiPropertyOptional({ type: 'integer', example: 200, description: 'Total uses over all passes; omitted: unlimited', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quota?: number;

  @ApiPropertyOptional({ example: ['dairy_cheese'], isArray: true, enum: CATEGORIES, description: "Defaults to the producer's categories" })
  @Optional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(CATEGORIES.length)
  @IsIn(CATEGORIES, { each: true, message: `each value in categories must be one of ${CATEGORIES.join(', ')}` })
  categories?: Category[];
}

/** Everything but the producer may change; kind/value and dates are checked again against the stored offer. */
export class UpdateOfferDto extends PartialType(OmitType(CreateOfferDto, ['producerId'] as const), { skipNullProperties: false }) {}

export class RejectOfferDto {
  @ApiProperty({ example: 'Merci de préciser le montant minimum d’achat.', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class OfferQueryDto extends NearPageQueryDto {
  @ApiPropertyOptional({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @ApiPropertyOptional({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  producerId?: string;

  @ApiPropertyOptional({ example: 'honey', enum: CATEGORIES, description: "The offer's or its producer's category" })
  @IsOptional()
  @IsIn(CATEGORIES)
  category?: Category;

  @ApiPropertyOptional({ example: 'Parthenay', description: "The producer's commune", maxLength: 80 })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  commune?: string;

  @ApiPropertyOptional({ example: 'published', enum: OFFER_STATUSES })
  @IsOptional()
  @IsIn(OFFER_STATUSES)
  status?: OfferStatus;

  @ApiPropertyOptional({ example: 'visit', enum: OFFER_KINDS })
  @IsOptional()
  @IsIn(OFFER_KINDS)
  kind?: OfferKind;

  @ApiPropertyOptional({ example: '2026-07-14', format: 'date', description: 'Only offers valid on this day' })
  @IsOptional()
  @IsCalendarDate()
  validOn?: string;

  @ApiPropertyOptional({ example: 'fromage', description: "Words in the title or the producer's name; accents and case ignored", maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
