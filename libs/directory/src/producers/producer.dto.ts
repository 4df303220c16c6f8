import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { NearPageQueryDto, Optional, translatedText } from '#common';
import { CATEGORIES, type Category } from '../categories/categories.js';
import { PlaceDto } from '../shared/place.dto.js';
import { IsOpeningHours } from '../shared/opening-hours.js';
import { ReadsHoursInWords } from '../shared/reads-hours-in-words.js';
import { PRODUCER_STATUSES, type ProducerStatus } from './producer.entity.js';

const ProducerDescription = translatedText('ProducerDescription', 2000, {
  fr: 'Élevage de chèvres et fromages fermiers au lait cru.',
  en: 'Goat farm and raw-milk farmhouse cheeses.',
});
const VisitConditions = translatedText('VisitConditions', 500, {
  fr: 'Visite de la chèvrerie sur rendez-vous.',
  en: 'Goat barn visits by appointment.',
});

class ProducerFieldsDto extends PlaceDto {
  @ApiProperty({ example: 'Ferme du Chemin Creux', maxLength: 120 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;

  @ApiPropertyOptional({
    example: 'ferme-du-chemin-creux',
    description: 'Made from the name when omitted',
    maxLength: 80,
    pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  })
  @Optional()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must hold lowercase letters, digits and single dashes' })
  @MaxLength(80)
  slug?: string;

  @ApiPropertyOptional({ type: ProducerDescription })
  @Optional()
  @ValidateNested()
  @Type(() => ProducerDescription)
  description?: InstanceType<typeof ProducerDescription>;

  @ApiProperty({ example: ['dairy_cheese'], isArray: true, enum: CATEGORIES })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(CATEGORIES.length)
  @IsIn(CATEGORIES, { each: true, message: `each value in categories must be one of ${CATEGORIES.join(', ')}` })
  categories: Category[];

  @ApiPropertyOptional({
    example: 'Mo-Fr 17:00-19:00; Sa 09:00-12:00',
    description:
      'OpenStreetMap opening_hours syntax, as its parser reads it without warnings; hours in French or English words ("Samedi 10h30-12h", "du lundi au samedi 9h-12h et 14h-18h", "Mon-Fri 9am-5pm") are stored in that syntax. Anything else is refused: put it in hoursNote',
    maxLength: 500,
  })
  @IsOptional()
  @ReadsHoursInWords()
  @IsOpeningHours()
  @MaxLength(500)
  openingHours?: string;

  @ApiPropertyOptional({
    example: 'Sur rendez-vous en semaine',
    description: 'Hours in words for people ("sur rendez-vous", "selon la saison"): shown as written, never published as machine hours',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  hoursNote?: string;

  @ApiPropertyOptional({ example: ['organic'], isArray: true, type: String, description: 'Quality labels, e.g. organic, bienvenue_a_la_ferme' })
  @Optional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @Matches(/^[a-z0-9_]{2,40}$/, { each: true, message: 'each value in labels must be a short lowercase word such as organic' })
  labels?: string[];

  @ApiPropertyOptional({ type: VisitConditions })
  @IsOptional()
  @ValidateNested()
  @Type(() => VisitConditions)
  visitConditions?: InstanceType<typeof VisitConditions>;

  @ApiPropertyOptional({ example: 'active', enum: ['active', 'suspended'] })
  @Optional()
  @IsIn(['active', 'suspended'])
  status?: Exclude<ProducerStatus, 'archived'>;
}

export class CreateProducerDto extends ProducerFieldsDto {
  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  @IsUUID()
  territoryId: string;
}

export class UpdateProducerDto extends PartialType(ProducerFieldsDto, { skipNullProperties: false }) {}

export class ProducerQueryDto extends NearPageQueryDto {
  @ApiPropertyOptional({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @ApiPropertyOptional({ example: 'honey', enum: CATEGORIES })
  @IsOptional()
  @IsIn(CATEGORIES)
  category?: Category;

  @ApiPropertyOptional({ example: 'Parthenay', maxLength: 80 })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  commune?: string;

  @ApiPropertyOptional({ example: 'active', enum: PRODUCER_STATUSES })
  @IsOptional()
  @IsIn(PRODUCER_STATUSES)
  status?: ProducerStatus;

  @ApiPropertyOptional({ example: 'gatine', description: 'Words in the name, commune or description; accents and case ignored', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
