import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Max, Min } from 'class-validator';
import { QueryInteger } from '#common';

export class QrQueryDto {
  @ApiPropertyOptional({ type: 'integer', example: 512, default: 512, minimum: 64, maximum: 4096, description: 'Width in pixels, quiet zone included' })
  @IsOptional()
  @QueryInteger()
  @Min(64)
  @Max(4096)
  size: number = 512;

  @ApiPropertyOptional({ type: 'integer', example: 4, default: 4, minimum: 4, maximum: 16, description: 'Quiet zone in modules (at least 4)' })
  @IsOptional()
  @QueryInteger()
  @Min(4)
  @Max(16)
  margin: number = 4;
}
