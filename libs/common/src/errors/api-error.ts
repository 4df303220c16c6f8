import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The `code` of a refusal in a response: documented once for every shape that carries one. */
export const ApiRefusalCode = (example: string) =>
  ApiPropertyOptional({
    example,
    description: 'Stable machine code of the refusal, for clients that say it in their own words (each code keeps its meaning); absent when there is none',
  });

/** The `params` of a refusal in a response. */
export const ApiRefusalParams = (example: Record<string, string | number>) =>
  ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example,
    description: 'The values the refusal is about, by name, to go with `code`',
  });

export class FieldError {
  @ApiProperty({ example: 'title.fr', description: 'Path of the wrong field in the request (body, query or path)' })
  field: string;

  @ApiProperty({ example: 'title.fr must be shorter than or equal to 120 characters' })
  message: string;

  @ApiRefusalCode('invalid_value')
  code?: string;

  @ApiRefusalParams({ rule: 'maxLength' })
  params?: Record<string, string | number>;
}

/** The one error shape of the API, for every 4xx and 5xx. */
export class ApiError {
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: 'Validation failed', description: 'What went wrong, in English (the uses of a pass: in the language of Accept-Language)' })
  message: string;

  @ApiRefusalCode('forbidden')
  code?: string;

  @ApiRefusalParams({ what: 'offer', action: 'approve' })
  params?: Record<string, string | number>;

  @ApiPropertyOptional({ type: [FieldError] })
  errors?: FieldError[];
}
