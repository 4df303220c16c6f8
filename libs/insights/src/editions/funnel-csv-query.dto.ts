import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional } from '#common';
import type { ReportLanguage } from '../figures/figures-format.js';
import { FunnelQueryDto } from './funnel-query.dto.js';

export class FunnelCsvQueryDto extends FunnelQueryDto {
  @ApiPropertyOptional({ example: 'en', enum: ['fr', 'en'], default: 'fr', description: "The headers' language" })
  @Optional()
  @IsIn(['fr', 'en'])
  lang: ReportLanguage = 'fr';
}
