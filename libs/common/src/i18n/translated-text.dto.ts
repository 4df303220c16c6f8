import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Builds a DTO class for a text stored per language, French required, each at most `maxLength` characters. */
export function translatedText(name: string, maxLength: number, example: { fr: string; en: string }) {
  class TranslatedTextDto {
    @ApiProperty({ example: example.fr, maxLength, description: 'French (required)' })
    @IsString()
    @IsNotEmpty()
    @MaxLength(maxLength)
    fr: string;

    @ApiPropertyOptional({ example: example.en, maxLength })
    @IsOptional()
    @IsString()
    @MaxLength(maxLength)
    en?: string;

    @ApiPropertyOptional({ example: example.en, maxLength, description: 'Dutch' })
    @IsOptional()
    @IsString()
    @MaxLength(maxLength)
    nl?: string;

    @ApiPropertyOptional({ example: example.en, maxLength, description: 'German' })
    @IsOptional()
    @IsString()
    @MaxLength(maxLength)
    de?: string;
  }
  Object.defineProperty(TranslatedTextDto, 'name', { value: name });
  return TranslatedTextDto;
}

/** OpenAPI description of a stored translatable text, for response models. */
export function translatedTextSchema(example: { fr: string; en: string }) {
  return {
    type: 'object',
    additionalProperties: { type: 'string' },
    example,
    description: 'Text per language (fr, en, nl, de); French always present',
  } as const;
}
