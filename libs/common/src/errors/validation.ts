import { BadRequestException, type ValidationError } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import type { FieldError } from './api-error.js';

/**
 * How every input is checked against its DTO, whichever way it comes in. Every rule of a field is
 * run (`problemOf` then tells the one that matters), and the value is kept on the error for that
 * choice only: it is never sent back.
 */
export const VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  stopAtFirstError: false,
  validationError: { target: false, value: true },
} as const satisfies ValidatorOptions;

/** Set as a rule's `context` when its message says better than "required" why a missing value is wrong. */
export const EXPLAINS_ABSENCE = { explainsAbsence: true } as const;

/** The constraint name of a missing or null value, as class-validator names its own `@IsDefined()`. */
const REQUIRED = 'isDefined';

export interface FieldProblem {
  /** The rule that failed, as class-validator names it (`isInt`, `maxLength`…; `isDefined` for a missing value). */
  constraint: string;
  /** In English, starting with the property's name. */
  message: string;
}

/**
 * The one problem to tell about a field: a missing value is "required" (not the length rule
 * that also failed on it), otherwise the first rule as written in the DTO (the type before the
 * range: `limit=abc` "must be an integer", not "must not be greater than 100"). class-validator
 * runs the decorators bottom-up, so the one written first failed last.
 */
export function problemOf(error: ValidationError): FieldProblem | undefined {
  const failed = Object.entries(error.constraints ?? {}).reverse();
  if (failed.length === 0) return undefined;
  const [constraint, message] = failed.find(([name]) => name === 'whitelistValidation') ?? failed[0];
  const absent = error.value === undefined || error.value === null;
  if (absent && constraint !== 'whitelistValidation' && !(error.contexts?.[constraint] as Partial<typeof EXPLAINS_ABSENCE> | undefined)?.explainsAbsence) {
    return { constraint: REQUIRED, message: `${error.property} ${error.value === null ? 'must not be null' : 'is required'}` };
  }
  return { constraint, message };
}

/** Flattens class-validator's tree into one entry per wrong field, with its dotted path. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent === '' ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    const problem = problemOf(error);
    if (problem) out.push({ field, message: problem.message.replace(error.property, field), code: 'invalid_value', params: { rule: problem.constraint } });
    if (error.children?.length) out.push(...toFieldErrors(error.children, field));
  }
  return out;
}

export class ValidationFailed extends BadRequestException {
  constructor(readonly fieldErrors: FieldError[]) {
    super('Validation failed');
  }
}
