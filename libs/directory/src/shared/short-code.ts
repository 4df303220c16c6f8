import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read off paper: no 0/o, 1/l/i. */
export const CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

/** A random code of `length` characters (8 characters: 31^8 ≈ 8.5·10^11 possibilities). */
export function shortCode(length = 8): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export const SHORT_CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{4,16}$`);
