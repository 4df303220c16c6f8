import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PhoneField } from './phone-field.js';
import { WebsiteField } from './website-field.js';

/** The postal address, position and contact of the places visitors look up: producers and accommodations. */
export class PlaceDto {
  @ApiProperty({ example: '12 route de la Boissière', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address: string;

  @ApiProperty({ example: '79200', description: 'French postcode (5 digits)', pattern: '^\\d{5}$' })
  @Matches(/^\d{5}$/, { message: 'postcode must be 5 digits' })
  postcode: string;

  @ApiProperty({ example: 'Parthenay', maxLength: 80 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  commune: string;

  @ApiProperty({ type: Number, example: 46.6486, minimum: -90, maximum: 90 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude: number;

  @ApiProperty({ type: Number, example: -0.2472, minimum: -180, maximum: 180 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude: number;

  @ApiPropertyOptional({
    example: '+33549640000',
    maxLength: 60,
    description:
      'One number, typed as people do ("05 49 64 00 00", "+33 5 49 64 00 00"; a French number without its leading zero is read as one) and stored in E.164',
  })
  @IsOptional()
  @PhoneField()
  phone?: string;

  @ApiPropertyOptional({ example: 'bonjour@chemin-creux.fr', maxLength: 200, format: 'email' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @ApiPropertyOptional({
    example: 'https://chemin-creux.fr',
    maxLength: 500,
    description: 'An http(s) address; one typed without its scheme (www.chemin-creux.fr) is stored with https:// (never fetched)',
  })
  @IsOptional()
  @WebsiteField()
  @MaxLength(500)
  website?: string;

  @ApiPropertyOptional({
    example: 'SIT-79-0042',
    maxLength: 100,
    description: "The coordinator's own reference, unique in the territory (spreadsheet imports match on it); coordinators only",
    pattern: '^\\S(?:.*\\S)?$',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @Matches(/^\S(?:.*\S)?$/, { message: 'externalRef must not start or end with spaces' })
  externalRef?: string;
}
