import type { FieldError } from './api-error.js';

/** Half of a UTF-16 pair without its other half: no character, and PostgreSQL's JSON refuses it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a text that PostgreSQL cannot store, or undefined when it can. */
export function unstorableTextProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone UTF-16 surrogate (half of a character)';
  return undefined;
}

/**
 * The first text in a parsed JSON value (object keys included) that PostgreSQL cannot store,
 * named by its path as validation errors name fields (`title.fr`, `items[2]`).
 */
export function findUnstorableText(value: unknown, path = ''): FieldError | undefined {
  if (typeof value === 'string') {
    const problem = unstorableTextProblem(value);
    return problem === undefined ? undefined : { field: path || 'body', message: `${path || 'body'} ${problem}` };
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const field = path === '' ? key : `${path}.${key}`;
      const problem = unstorableTextProblem(key);
      if (problem !== undefined) return { field, message: `the name of ${field} ${problem}` };
      const found = findUnstorableText(item, field);
      if (found) return found;
    }
  }
  return undefined;
}
