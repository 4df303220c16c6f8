import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  ArrayContains,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  registerDecorator,
} from 'class-validator';
import { LANGUAGES, Optional, type Language } from '#common';

function IsTimeZone() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be an IANA time zone such as Europe/Paris` },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string') return false;
          try {
            new Intl.DateTimeFormat('en', { timeZone: value });
            return true;
          } catch {
            return false;
          }
        },
      },
    });
}

/** A DNS host name as browsers send it in `Host`, lowercase: labels of letters, digits and inner dashes. */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export class CreateTerritoryDto {
  @ApiProperty({ example: 'Bons plans de Gâtine', maxLength: 120 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;

  @ApiPropertyOptional({
    example: 'gatine',
    description: 'Lowercase letters, digits and dashes; made from the name when omitted',
    maxLength: 80,
    pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  })
  @Optional()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must hold lowercase letters, digits and single dashes' })
  @MaxLength(80)
  slug?: string;

  @ApiPropertyOptional({ example: ['fr', 'en'], isArray: true, enum: LANGUAGES, description: 'Must include fr' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(LANGUAGES, { each: true, message: `each value in languages must be one of ${LANGUAGES.join(', ')}` })
  @ArrayContains(['fr'], { message: 'languages must include fr' })
  languages?: Language[];

  @ApiPropertyOptional({ example: 'Europe/Paris' })
  @Optional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ example: 'contact@gatine-bonsplans.fr', maxLength: 200, format: 'email' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  contactEmail?: string;

  @ApiPropertyOptional({ example: '+33 5 49 00 00 00', pattern: '^\\+?[0-9 ().-]{6,20}$' })
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{6,20}$/, { message: 'contactPhone must be a phone number' })
  contactPhone?: string;

  @ApiPropertyOptional({ example: 'https://gatine-bonsplans.fr', maxLength: 500, format: 'uri' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  website?: string;

  @ApiPropertyOptional({ example: 'https://gatine-bonsplans.fr/logo.png', maxLength: 500, format: 'uri' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  logoUrl?: string;

  @ApiPropertyOptional({ example: '#2f6b3a', pattern: '^#[0-9a-fA-F]{6}$' })
  @IsOptional()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'primaryColor must be a colour such as #2f6b3a' })
  primaryColor?: string;

  @ApiPropertyOptional({ example: '#e8b23a', pattern: '^#[0-9a-fA-F]{6}$' })
  @IsOptional()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'secondaryColor must be a colour such as #e8b23a' })
  secondaryColor?: string;

  @ApiPropertyOptional({ example: false })
  @Optional()
  @IsBoolean()
  offersNeedReview?: boolean;

  @ApiPropertyOptional({ example: false, description: "Tourists may take a pass themselves from an accommodation's page" })
  @Optional()
  @IsBoolean()
  selfServicePasses?: boolean;

  @ApiPropertyOptional({
    example: ['Région Nouvelle-Aquitaine', 'Communauté de communes de Parthenay-Gâtine'],
    type: [String],
    maxItems: 12,
    description: "The association's funders, named on the brochure's back page (up to 12, each up to 120 characters)",
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(120, { each: true })
  funders?: string[];

  @ApiPropertyOptional({
    example: ['gatine-bonsplans.fr', 'www.gatine-bonsplans.fr'],
    type: [String],
    maxItems: 10,
    description:
      "Host names the territory's public site answers on (lowercase, no port); the first is its canonical address. On any other host, / lists the territories",
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(HOST_NAME, { each: true, message: 'each value in domains must be a lowercase host name such as gatine-bonsplans.fr' })
  @MaxLength(253, { each: true })
  domains?: string[];
}

export class UpdateTerritoryDto extends PartialType(CreateTerritoryDto, { skipNullProperties: false }) {}
