import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate, LANGUAGES, translatedTextSchema, type Language } from '#common';

class StayDto {
  @ApiProperty({ example: '2026-07-12', format: 'date' })
  @IsCalendarDate()
  arrival: string;

  @ApiProperty({ example: '2026-07-19', format: 'date', description: 'Last day of the stay: the pass is valid from arrival to departure, both included' })
  @IsCalendarDate()
  departure: string;

  @ApiProperty({ type: 'integer', example: 4, minimum: 1, maximum: 50 })
  @IsInt()
  @Min(1)
  @Max(50)
  guests: number;

  @ApiProperty({ example: 'en', enum: LANGUAGES })
  @IsIn(LANGUAGES)
  lang: Language;

  @ApiPropertyOptional({
    type: 'integer',
    example: 2,
    minimum: 1,
    maximum: 32767,
    description:
      "The edition (?e=N) of the printed QR code that opened the accommodation's page: the pass counts in that edition's funnel; not an edition of the territory: none",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(32767)
  edition?: number;
}

export class IssuePassDto extends StayDto {
  @ApiProperty({ example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a', format: 'uuid' })
  @IsUUID()
  accommodationId: string;
}

export class SelfServicePassDto extends StayDto {
  @ApiProperty({ example: 'k7m3p9qa', description: "The accommodation's code (from its QR code)", pattern: '^[2-9a-hjkmnp-z]{4,16}$' })
  @Matches(/^[2-9a-hjkmnp-z]{4,16}$/, { message: 'accommodationCode must be the code of an accommodation' })
  accommodationCode: string;
}

export class RedeemDto {
  @ApiProperty({ example: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', format: 'uuid' })
  @IsUUID()
  offerId: string;

  @ApiPropertyOptional({ type: 'integer', example: 2350, description: 'Purchase amount in cents, if the producer wishes to declare it', minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  amountCents?: number;
}

export class PassOfferView {
  @ApiProperty({ example: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', format: 'uuid' })
  offerId: string;

  @ApiProperty({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', format: 'uuid' })
  producerId: string;

  @ApiProperty({ example: 'Ferme du Chemin Creux' })
  producerName: string;

  @ApiProperty({ example: 3.42, description: 'Kilometres as the crow flies from the accommodation of the pass to the producer: the offers come nearest first' })
  distanceKm: number;

  @ApiProperty(translatedTextSchema({ fr: '10 % sur les fromages', en: '10% off cheeses' }))
  title: Record<string, string>;

  @ApiProperty({ example: 'percent_off' })
  kind: string;

  @ApiProperty({ example: 10, nullable: true, type: 'integer' })
  value: number | null;

  @ApiProperty({ example: null, nullable: true, type: 'integer' })
  minPurchaseCents: number | null;

  @ApiProperty({ type: 'integer', example: 1 })
  usesPerPass: number;

  @ApiProperty({ type: 'integer', example: 1, description: 'Uses this pass still has of this offer' })
  usesLeft: number;
}

/** A pass as the API answers it: the stay, where it stands today, and the offers it can still use. */
export class PassView {
  @ApiProperty({ example: '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d', format: 'uuid' })
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  territoryId: string;

  @ApiProperty({ example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a', format: 'uuid' })
  accommodationId: string;

  @ApiProperty({
    example: 'k7m3p9qa2xs',
    description: 'Short code of the pass (no 0/o, 1/l/i), printed as its QR code; 11 characters, the last a check character (passes issued before: 10, none)',
  })
  code: string;

  @ApiProperty({ example: '2026-07-12', format: 'date' })
  arrival: string;

  @ApiProperty({ example: '2026-07-19', format: 'date', description: 'Last day the pass is valid' })
  departure: string;

  @ApiProperty({ type: 'integer', example: 4 })
  guests: number;

  @ApiProperty({ example: 'en', enum: LANGUAGES })
  lang: Language;

  @ApiProperty({ example: 'active', enum: ['active', 'cancelled'] })
  status: 'active' | 'cancelled';

  @ApiProperty({ example: null, nullable: true, type: String, format: 'date-time' })
  cancelledAt: Date | null;

  @ApiProperty({ example: '2026-07-12T16:00:00.000Z' })
  createdAt: Date;

  @ApiProperty({ example: '2026-07-12T16:00:00.000Z' })
  updatedAt: Date;

  @ApiProperty({ example: 'http://localhost:3000/p/k7m3p9qa2xs', description: 'The pass page, printed as its QR code' })
  url: string;

  @ApiProperty({ example: 'Gîte des Tilleuls' })
  accommodationName: string;

  @ApiProperty({ example: 'Les Bons Plans de Gâtine' })
  territoryName: string;

  @ApiProperty({ example: 'Europe/Paris', description: "The territory's time zone, which decides the pass's days" })
  timeZone: string;

  @ApiProperty({ example: 'valid', enum: ['valid', 'not_yet_valid', 'expired', 'cancelled'], description: "Today, in the territory's time zone" })
  validity: 'valid' | 'not_yet_valid' | 'expired' | 'cancelled';

  @ApiProperty({ type: [PassOfferView], description: 'Offers shown today, with the uses this pass has left' })
  offers: PassOfferView[];
}
