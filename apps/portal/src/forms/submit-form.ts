import type { PortalLanguage } from '../visit.js';
import { fieldErrorsOf, validateForm, type FieldErrors } from './form-errors.js';

/**
 * Runs a service's change for a form. A refusal (a 4xx) comes back as the field errors to show
 * beside the fields; anything else stays an error (the 500 page); undefined once done.
 */
export async function refusalOf(change: () => Promise<unknown>, lang: PortalLanguage, fallbackField = ''): Promise<FieldErrors | undefined> {
  try {
    await change();
    return undefined;
  } catch (error) {
    const errors = fieldErrorsOf(error, lang, fallbackField);
    if (!errors) throw error;
    return errors;
  }
}

/**
 * Validates form input with the API's DTO, then runs the change with the valid value: the errors
 * to show again (the DTO's or the service's refusal), or undefined once saved.
 */
export async function submitForm<T extends object>(
  dto: new () => T,
  input: object,
  lang: PortalLanguage,
  change: (value: T) => Promise<unknown>,
  fallbackField = '',
): Promise<FieldErrors | undefined> {
  const checked = await validateForm(dto, input, lang);
  if (checked.errors) return checked.errors;
  return refusalOf(() => change(checked.value), lang, fallbackField);
}
