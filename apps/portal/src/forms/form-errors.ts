import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { apiErrorOf, problemOf, VALIDATOR_OPTIONS, type FieldProblem } from '#common';
import type { PortalLanguage } from '../visit.js';
import { refusalText, validationText } from './refusal-texts.js';

/** Field name (dotted for nested values: `title.fr`) → the message shown beside it. */
export type FieldErrors = Record<string, string>;

/** What was typed, and what is wrong with it: a form shown again never loses input. */
export interface FormState {
  values: Record<string, unknown>;
  errors: FieldErrors;
}

export const emptyForm = (values: Record<string, unknown> = {}): FormState => ({ values, errors: {} });

/** The problem of a field (the one the API would tell: `problemOf`), in the reader's language. */
function message(problem: FieldProblem, lang: PortalLanguage): string {
  return validationText(problem.constraint, problem.message, lang);
}

function collect(errors: ValidationError[], lang: PortalLanguage, prefix: string, into: FieldErrors): FieldErrors {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const problem = problemOf(error);
    if (problem && !into[field]) into[field] = message(problem, lang);
    if (error.children?.length) collect(error.children, lang, field, into);
  }
  return into;
}

/** Validates form input with the API's own DTO: the same rules whichever way in. */
export async function validateForm<T extends object>(
  dto: new () => T,
  input: object,
  lang: PortalLanguage,
): Promise<{ value: T; errors?: undefined } | { errors: FieldErrors }> {
  // a field left empty (undefined) keeps the DTO's default, as a parameter left out of an API call does
  const value = plainToInstance(dto, input, { enableImplicitConversion: false, exposeDefaultValues: true });
  // forms carry more than the DTO's fields (the CSRF token, the buttons): those are left out, not refused
  const errors = await validate(value, { ...VALIDATOR_OPTIONS, forbidNonWhitelisted: false });
  if (errors.length > 0) return { errors: collect(errors, lang, '', {}) };
  return { value };
}

/**
 * The field errors of a refusal (a 4xx from a service or the database's rules), in the reader's
 * language, to show beside the fields; undefined for anything else, which stays an error.
 */
export function fieldErrorsOf(exception: unknown, lang: PortalLanguage, fallbackField = ''): FieldErrors | undefined {
  const error = apiErrorOf(exception);
  // Those are pages of their own (a 429 says when to come back), not remarks beside a field.
  if (error.statusCode >= 500 || error.statusCode === 401 || error.statusCode === 404 || error.statusCode === 429) return undefined;
  const errors: FieldErrors = {};
  for (const entry of error.errors ?? []) errors[entry.field] = refusalText(entry, lang);
  if (Object.keys(errors).length === 0) errors[fallbackField] = refusalText(error, lang);
  return errors;
}
