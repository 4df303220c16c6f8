import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from './api-error.js';

/** Flattens class-validator's tree into one entry per wrong field, with its dotted path. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent === '' ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      out.push({ field, message: message.replace(error.property, field), code: 'invalid_value', params: { rule } });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, field));
  }
  return out;
}

export class ValidationFailed extends BadRequestException {
  constructor(readonly fieldErrors: FieldError[]) {
    super('Validation failed');
  }
}

/** The global pipe: unknown fields rejected, types converted, every problem named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: true,
    exceptionFactory: (errors) => new ValidationFailed(toFieldErrors(errors)),
  });
}
