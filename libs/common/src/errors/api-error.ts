import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldError {
  @ApiProperty({ example: 'title.fr', description: 'Path of the wrong field in the request (body, query or path)' })
  field: string;

  @ApiProperty({ example: 'title.fr must be shorter than or equal to 120 characters' })
  message: string;
}

/** The one error shape of the API, for every 4xx and 5xx. */
export class ApiError {
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: 'Validation failed' })
  message: string;

  @ApiPropertyOptional({ type: [FieldError] })
  errors?: FieldError[];
}
