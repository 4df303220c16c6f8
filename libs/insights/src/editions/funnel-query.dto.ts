import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { EditionNumberQueryDto } from './edition.dto.js';

export class FunnelQueryDto extends EditionNumberQueryDto {
  @ApiPropertyOptional({
    example: '1,2',
    pattern: '^[1-9]\\d{0,4},[1-9]\\d{0,4}$',
    description: 'Two editions side by side, host by host (instead of `edition`)',
  })
  @IsOptional()
  @Matches(/^[1-9]\d{0,4},[1-9]\d{0,4}$/, { message: 'compare must be two edition numbers, e.g. 1,2' })
  compare?: string;
}
