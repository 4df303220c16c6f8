import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '#common';

export class OpenSeasonDto {
  @ApiProperty({ example: 'Saison 2027', maxLength: 80 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  name: string;

  @ApiProperty({ example: '2027-04-01', format: 'date' })
  @IsCalendarDate()
  startsOn: string;

  @ApiProperty({ example: '2027-10-31', format: 'date' })
  @IsCalendarDate()
  endsOn: string;

  @ApiProperty({ example: '2027-02-28', format: 'date', description: 'The personal links work until the end of this day (the territory’s time zone)' })
  @IsCalendarDate()
  printDeadline: string;
}

export class RemindDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    example: ['9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d'],
    description: 'Omitted: every producer that has not confirmed',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  producerIds?: string[];
}
