import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { NearPageQueryDto, Optional, translatedText } from '#common';
import { PlaceDto } from '../shared/place.dto.js';
import { ACCOMMODATION_KINDS, ACCOMMODATION_STATUSES, type AccommodationKind, type AccommodationStatus } from './accommodation.entity.js';

const AccommodationDescription = translatedText('AccommodationDescription', 2000, {
  fr: 'Longère rénovée au bord du Thouet.',
  en: 'Restored farmhouse by the Thouet river.',
});

class AccommodationFieldsDto extends PlaceDto {
  @ApiProperty({ example: 'Gîte des Tilleuls', maxLength: 120 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;

  @ApiProperty({ example: 'gite', enum: ACCOMMODATION_KINDS })
  @IsIn(ACCOMMODATION_KINDS)
  kind: AccommodationKind;

  @ApiPropertyOptional({ example: 'gite-des-tilleuls', description: 'Made from the name when omitted', maxLength: 80, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' })
  @Optional()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must hold lowercase letters, digits and single dashes' })
  @MaxLength(80)
  slug?: string;

  @ApiPropertyOptional({ type: AccommodationDescription })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccommodationDescription)
  description?: InstanceType<typeof AccommodationDescription>;

  @ApiPropertyOptional({ type: 'integer', example: 6, minimum: 1, maximum: 2000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2000)
  capacity?: number;

  @ApiPropertyOptional({ example: 'active', enum: ['active', 'disabled'] })
  @Optional()
  @IsIn(['active', 'disabled'])
  status?: Exclude<AccommodationStatus, 'archived'>;
}

export class CreateAccommodationDto extends AccommodationFieldsDto {
  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  @IsUUID()
  territoryId: string;
}

/** Consent to be listed on the public site is given later, by the host: never at creation. */
export class UpdateAccommodationDto extends PartialType(AccommodationFieldsDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({
    example: false,
    description:
      "The host's consent to list the accommodation (its name, commune and website only) on the territory's public site; only its host may give it, anyone who edits it may withdraw it",
  })
  @Optional()
  @IsBoolean()
  publishOnSite?: boolean;
}

export class AccommodationQueryDto extends NearPageQueryDto {
  @ApiPropertyOptional({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @ApiPropertyOptional({ example: 'gite', enum: ACCOMMODATION_KINDS })
  @IsOptional()
  @IsIn(ACCOMMODATION_KINDS)
  kind?: AccommodationKind;

  @ApiPropertyOptional({ example: 'Secondigny', maxLength: 80 })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  commune?: string;

  @ApiPropertyOptional({ example: 'active', enum: ACCOMMODATION_STATUSES })
  @IsOptional()
  @IsIn(ACCOMMODATION_STATUSES)
  status?: AccommodationStatus;

  @ApiPropertyOptional({ example: 'tilleuls', description: 'Words in the name or commune; accents and case ignored', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
