import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, Optional } from '#common';

/** The period figures cover, both days included; by default the territory's season (the months with activity in the past twelve). */
export class FiguresQueryDto {
  @ApiPropertyOptional({
    example: '2026-04-01',
    description: 'first day counted (default: the first day of the first month with activity in the past twelve months, else 1 January)',
  })
  @Optional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-09-30', description: 'last day counted (default: the last day of the last month with activity, today at the latest)' })
  @Optional()
  @IsCalendarDate()
  to?: string;
}
