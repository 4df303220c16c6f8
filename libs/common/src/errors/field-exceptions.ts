import { BadRequestException, ConflictException, HttpException, HttpStatus } from '@nestjs/common';
import { ValidationFailed } from './validation.js';

/** A 400 naming one field, for rules checked by services (e.g. a referenced row that does not exist). */
export function invalidField(field: string, message: string): BadRequestException {
  return new ValidationFailed([{ field, message }]);
}

export class FieldConflict extends ConflictException {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A 429 that tells when to come back (the Retry-After header). */
export class TooManyRequests extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
  }
}
