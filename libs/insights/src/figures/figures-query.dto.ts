import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, Optional } from '#common';

/** The period figures cover, both days included; by default the year so far in the territory's time zone. */
export class FiguresQueryDto {
  @ApiPropertyOptional({ example: '2026-04-01', description: 'first day counted (default: 1 January of this year)' })
  @Optional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-09-30', description: 'last day counted (default: today)' })
  @Optional()
  @IsCalendarDate()
  to?: string;
}
