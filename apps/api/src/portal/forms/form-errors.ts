import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { apiErrorOf, problemOf, VALIDATOR_OPTIONS, type FieldProblem } from '#common';
import type { PortalLanguage } from '../visit.js';

/** Field name (dotted for nested values: `title.fr`) → the message shown beside it. */
export type FieldErrors = Record<string, string>;

/** What was typed, and what is wrong with it: a form shown again never loses input. */
export interface FormState {
  values: Record<string, unknown>;
  errors: FieldErrors;
}

export const emptyForm = (values: Record<string, unknown> = {}): FormState => ({ values, errors: {} });

const FRENCH: Record<string, (english: string) => string> = {
  isNotEmpty: () => 'Ce champ est obligatoire.',
  isDefined: () => 'Ce champ est obligatoire.',
  isEmail: () => 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
  isUrl: () => 'Saisissez une adresse web complète, commençant par https://.',
  maxLength: (english) => `${number(english) ?? ''} caractères au plus.`.trim(),
  minLength: (english) => `${number(english) ?? ''} caractères au moins.`.trim(),
  min: (english) => `La valeur doit être au moins ${number(english) ?? ''}.`,
  max: (english) => `La valeur doit être au plus ${number(english) ?? ''}.`,
  isInt: () => 'Saisissez un nombre entier.',
  isNumber: () => 'Saisissez un nombre.',
  isLatitude: () => 'Latitude entre −90 et 90.',
  isLongitude: () => 'Longitude entre −180 et 180.',
  isIn: () => 'Choisissez une des valeurs proposées.',
  isEnum: () => 'Choisissez une des valeurs proposées.',
  isCalendarDate: () => 'Saisissez une date (AAAA-MM-JJ).',
  matches: () => 'Le format ne convient pas.',
  arrayMinSize: () => 'Choisissez au moins une valeur.',
  whitelistValidation: () => 'Ce champ n’est pas attendu ici.',
};

const number = (english: string) => /(-?\d+(?:\.\d+)?)/.exec(english)?.[1];

/** The problem of a field (the one the API would tell) in the reader's language (the API's own messages are in English). */
function message(problem: FieldProblem, lang: PortalLanguage): string {
  if (lang === 'en') return sentence(problem.message);
  return FRENCH[problem.constraint]?.(problem.message) ?? 'Cette valeur ne convient pas.';
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

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
  for (const entry of error.errors ?? []) errors[entry.field] = refusal(entry.message, lang);
  if (Object.keys(errors).length === 0) errors[fallbackField] = refusal(error.message, lang);
  return errors;
}

/** Services refuse in English sentences (the API's language); French readers get the sentence after a French lead-in. */
const refusal = (english: string, lang: PortalLanguage) => (lang === 'en' ? sentence(english) : `Refusé : ${sentence(english)}`);
