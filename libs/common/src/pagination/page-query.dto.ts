import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Max, Min } from 'class-validator';
import { QueryInteger } from '../numbers/query-numbers.js';

/** The one pagination of list endpoints: 1-based page, bounded page size. */
export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', example: 1, minimum: 1, default: 1 })
  @IsOptional()
  @QueryInteger()
  @Min(1)
  @Max(100000)
  page: number = 1;

  @ApiPropertyOptional({ type: 'integer', example: 20, minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @QueryInteger()
  @Min(1)
  @Max(100)
  limit: number = 20;

  get offset(): number {
    return (this.page - 1) * this.limit;
  }
}
