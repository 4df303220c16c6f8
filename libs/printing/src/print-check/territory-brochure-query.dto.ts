import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { BrochureQueryDto } from '../brochures/brochure-query.dto.js';

/** The territory's brochure: the brochure's choices, and the reason to print anyway while the check before printing finds problems. */
export class TerritoryBrochureQueryDto extends BrochureQueryDto {
  @ApiPropertyOptional({
    example: 'Deadline of the printer: the two duplicates are fixed by hand',
    maxLength: 500,
    description:
      'While a season is open and the check before printing (GET /territories/{id}/print-check) finds problems, the brochure is a 409 listing them unless this gives the reason to print anyway, recorded in the audit trail with the number of problems (blank: 400)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  printAnyway?: string;
}
