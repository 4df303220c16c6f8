import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class TallySheetQueryDto {
  @ApiPropertyOptional({ example: 'fr', enum: ['fr', 'en'], default: 'fr' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  lang: 'fr' | 'en' = 'fr';
}
