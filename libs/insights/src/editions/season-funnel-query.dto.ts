import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export class SeasonFunnelQueryDto {
  @ApiPropertyOptional({
    example: '2c9d1e0f-4a3b-4c5d-8e6f-7a8b9c0d1e2f,5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
    pattern: `^${UUID}(,${UUID})?$`,
    description: 'One season, or two side by side, by id (default: the latest two)',
  })
  @IsOptional()
  @Matches(new RegExp(`^${UUID}(,${UUID})?$`), { message: 'seasons must be one or two season ids, separated by a comma' })
  seasons?: string;
}
