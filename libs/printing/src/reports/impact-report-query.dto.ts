import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional } from '#common';
import { FiguresQueryDto, FIGURES_TABLES, type FiguresTableName, type ReportLanguage } from '#insights';

export class ImpactReportQueryDto extends FiguresQueryDto {
  @ApiPropertyOptional({ example: 'fr', enum: ['fr', 'en'], default: 'fr' })
  @Optional()
  @IsIn(['fr', 'en'])
  lang: ReportLanguage = 'fr';
}

export class FiguresCsvQueryDto extends ImpactReportQueryDto {
  @ApiPropertyOptional({ example: 'producers', enum: FIGURES_TABLES, default: 'summary' })
  @Optional()
  @IsIn(FIGURES_TABLES)
  table: FiguresTableName = 'summary';
}
