import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const CODE_DESCRIPTION = 'Stable machine code of the refusal (e.g. `pass_expired`), for clients that say it in their own words; absent when there is none';
const PARAMS_DESCRIPTION = 'The values the refusal is about (e.g. `{ "what": "offer" }`), by name, to go with `code`';
const PARAMS_SCHEMA = { type: 'object' as const, additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } };

export class FieldError {
  @ApiProperty({ example: 'title.fr', description: 'Path of the wrong field in the request (body, query or path)' })
  field: string;

  @ApiProperty({ example: 'title.fr must be shorter than or equal to 120 characters' })
  message: string;

  @ApiPropertyOptional({ example: 'departure_before_arrival', description: CODE_DESCRIPTION })
  code?: string;

  @ApiPropertyOptional({ ...PARAMS_SCHEMA, description: PARAMS_DESCRIPTION })
  params?: Record<string, string | number>;
}

/** The one error shape of the API, for every 4xx and 5xx. */
export class ApiError {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: 'Validation failed', description: 'What went wrong, in English (the uses of a pass: in the language of Accept-Language)' })
  message: string;

  @ApiPropertyOptional({ example: 'forbidden', description: CODE_DESCRIPTION })
  code?: string;

  @ApiPropertyOptional({ ...PARAMS_SCHEMA, example: { what: 'offer', action: 'approve' }, description: PARAMS_DESCRIPTION })
  params?: Record<string, string | number>;

  @ApiPropertyOptional({ type: [FieldError] })
  errors?: FieldError[];
}
