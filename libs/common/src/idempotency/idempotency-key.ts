import { invalidField } from '../errors/field-exceptions.js';

/** What a client may send as `Idempotency-Key`: a UUID fits, so does any token of its own. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\w-]{8,100}$/;

/**
 * The request's Idempotency-Key, checked: a malformed key is the client's 400, never silently
 * ignored (a retry would then do the thing twice). Absent: undefined, unless the route requires one.
 */
export function idempotencyKeyOf(header: string | undefined, required: true): string;
export function idempotencyKeyOf(header: string | undefined, required: boolean): string | undefined;
export function idempotencyKeyOf(header: string | undefined, required: boolean): string | undefined {
  if (header === undefined && !required) return undefined;
  if (header === undefined || !IDEMPOTENCY_KEY_PATTERN.test(header)) {
    throw invalidField('Idempotency-Key', 'send an Idempotency-Key header (8 to 100 letters, digits, - or _), the same for every retry of this request');
  }
  return header;
}
