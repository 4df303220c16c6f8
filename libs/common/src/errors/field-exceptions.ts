import { BadRequestException, ConflictException, HttpException, HttpStatus } from '@nestjs/common';
import { ValidationFailed } from './validation.js';
import { codeOf, type Refusal, type SaidRefusal } from './refusal.js';

/** A message as the API says it, and the code and parameters of the refusal when it has one. */
const fieldErrorOf = (field: string, message: string | SaidRefusal) => (typeof message === 'string' ? { field, message } : { field, ...message });

/** A 400 naming one field, for rules checked by services (e.g. a referenced row that does not exist). */
export function invalidField(field: string, message: string | SaidRefusal): BadRequestException {
  return new ValidationFailed([fieldErrorOf(field, message)]);
}

export class FieldConflict extends ConflictException {
  readonly refusal?: Refusal;

  constructor(
    readonly field: string,
    message: string | SaidRefusal,
  ) {
    super(typeof message === 'string' ? message : message.message);
    if (typeof message !== 'string') this.refusal = codeOf(message);
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
