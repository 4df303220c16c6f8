import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const CSRF_COOKIE = 'tp_csrf';
export const CSRF_FIELD = '_csrf';

export function newCsrfAnchor(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * The token every form carries: bound to the browser (a random HttpOnly cookie another site can
 * neither read nor set) and to the session, so a forged post from elsewhere cannot produce it.
 */
export function csrfToken(anchor: string, sessionId: string | undefined, secret: string): string {
  return createHmac('sha256', secret)
    .update(`csrf|${anchor}|${sessionId ?? ''}`)
    .digest('base64url');
}

export function isValidCsrfToken(given: unknown, anchor: string | undefined, sessionId: string | undefined, secret: string): boolean {
  return anchor !== undefined && anchor !== '' && isExpectedCsrfToken(given, csrfToken(anchor, sessionId, secret));
}

/** The token sent is the one expected, compared in constant time. */
export function isExpectedCsrfToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const actual = Buffer.from(given);
  const wanted = Buffer.from(expected);
  return actual.length === wanted.length && timingSafeEqual(actual, wanted);
}
