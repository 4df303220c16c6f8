import type { Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { findUnstorableText, ValidationFailed } from '#common';

/** Far deeper than any body the API takes (a few levels), far shallower than what overflows a stack. */
export const MAX_JSON_DEPTH = 32;

/** An escape that may stand for a lone surrogate or a NUL: only then is the parsed value walked. */
const SUSPICIOUS_ESCAPE = /\\u(?:[dD][89a-fA-F]|0000)/;

/** How deeply arrays and objects nest in JSON text, counted up to just past `limit` (brackets inside strings left out). */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return depth < 0 ? 0 : depth;
}

/**
 * JSON bodies: nesting is capped before anything is built from them (thousands of levels overflow
 * the stack of the transformer behind the validation), Fastify's own parser reads them (it refuses
 * `__proto__` and `constructor` keys), and a text that PostgreSQL cannot store (a NUL, a lone
 * surrogate) is refused naming its field, whichever route it was sent to.
 */
export function useJsonBodies(app: NestFastifyApplication, bodyLimit: number): void {
  const parse = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<Server>('application/json', { bodyLimit }, (request, body, done) => {
    const text = body.toString('utf8');
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      done(new ValidationFailed([{ field: 'body', message: `body must not nest arrays and objects more than ${MAX_JSON_DEPTH} levels deep` }]), undefined);
      return;
    }
    void parse(request, text, (error, value: unknown) => {
      if (error) return done(error, undefined);
      const unstorable = SUSPICIOUS_ESCAPE.test(text) ? findUnstorableText(value) : undefined;
      if (unstorable) return done(new ValidationFailed([unstorable]), undefined);
      done(null, value);
    });
  });
}
