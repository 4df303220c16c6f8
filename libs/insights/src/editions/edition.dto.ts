import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { QueryInteger } from '#common';

export class CreateEditionDto {
  @ApiProperty({ example: 'Saison 2027', minLength: 1, maxLength: 80 })
  @IsString()
  @Length(1, 80)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @ApiProperty({ example: 'A5', enum: ['A4', 'A5'] })
  @IsIn(['A4', 'A5'])
  format: 'A4' | 'A5';

  @ApiProperty({ example: 'fr', enum: ['fr', 'en'] })
  @IsIn(['fr', 'en'])
  lang: 'fr' | 'en';

  @ApiPropertyOptional({ example: '2f3e4d5c-6b7a-4890-a1b2-c3d4e5f6a7b8', format: 'uuid', description: 'The season it was printed for' })
  @IsOptional()
  @IsUUID()
  seasonId?: string;
}

export class RecordCopiesDto {
  @ApiProperty({ type: 'integer', example: 40, minimum: 0, maximum: 1000000, description: 'Copies printed or handed out for this accommodation' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  copies: number;
}

/** The number of an edition, as a query parameter (`edition=2`). */
export class EditionNumberQueryDto {
  @ApiPropertyOptional({ type: 'integer', example: 2, minimum: 1, maximum: 32767, description: 'An edition of the territory (default: the latest)' })
  @IsOptional()
  @QueryInteger()
  @Min(1)
  @Max(32767)
  edition?: number;
}
