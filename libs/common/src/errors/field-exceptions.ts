import { BadRequestException, ConflictException } from '@nestjs/common';
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
