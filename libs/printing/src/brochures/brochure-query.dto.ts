import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate, QueryInteger } from '#common';

export class BrochureQueryDto {
  @ApiPropertyOptional({ example: 'fr', enum: ['fr', 'en'], default: 'fr' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  lang: 'fr' | 'en' = 'fr';

  @ApiPropertyOptional({ example: 'A4', enum: ['A4', 'A5'], default: 'A4', description: 'A5: a folded A4 sheet' })
  @IsOptional()
  @IsIn(['A4', 'A5'])
  format: 'A4' | 'A5' = 'A4';

  @ApiPropertyOptional({
    example: 'booklet',
    enum: ['none', 'booklet'],
    default: 'none',
    description:
      'booklet: A5 pages two-up on A4 landscape sheets (whatever the format asked: home printers take A4, not A3) in saddle-stitch order, blank pages added before the back cover to make a multiple of 4: print double-sided, flip on the short edge, fold and staple',
  })
  @IsOptional()
  @IsIn(['none', 'booklet'])
  imposition: 'none' | 'booklet' = 'none';

  @ApiPropertyOptional({
    example: '2026-07-14',
    format: 'date',
    description: "Offers valid on this day (default: today in the territory's time zone), e.g. to print for the season",
  })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({
    type: 'integer',
    example: 2,
    minimum: 1,
    maximum: 32767,
    description:
      "Printed for this edition of the territory (POST /territories/{id}/editions): every QR code carries ?e=N, so what it brings counts in that edition's funnel",
  })
  @IsOptional()
  @QueryInteger()
  @Min(1)
  @Max(32767)
  edition?: number;
}
