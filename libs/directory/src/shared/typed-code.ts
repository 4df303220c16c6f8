import { carriesCheck, checkHolds } from './check-character.js';
import { CODE_ALPHABET } from './short-code.js';
import type { TypedCodeRefusal } from './typed-code-refusals.js';

/** A code read from what someone typed: the code as stored, or why it cannot be one. */
export type TypedCode = { code: string; refusal?: undefined } | { code?: undefined; refusal: TypedCodeRefusal };

const SEPARATORS = /[\s\-.·_]+/g;
const LETTERS_AND_DIGITS = /^[0-9a-z]{4,16}$/;
const IN_ALPHABET = new RegExp(`^[${CODE_ALPHABET}]+$`);

/**
 * Reads a code typed from paper, or pasted: "AZQA T474 MDX", "azqa-t474-mdx", or the address of its
 * page (the last part of the path). Spacing, dashes and case do not matter. 0, O, 1, I and L are
 * never in a code, and guessing which character was meant could open another pass: they are
 * refused, as is a code whose check character does not hold, so that a slip of the pen or the
 * keyboard is said as such instead of crediting someone else's pass. Codes drawn before check
 * characters (8 or 10 characters) are read as they are. No database: a sheet of typed lines is
 * read line by line with it before anything is looked up.
 */
export function readTypedCode(typed: string): TypedCode {
  const lastPart = typed
    .split(/[?#]/)[0]
    .split('/')
    .filter((part) => part.trim() !== '');
  const code = (lastPart.at(-1) ?? '').replace(SEPARATORS, '').toLowerCase();
  if (!LETTERS_AND_DIGITS.test(code)) return { refusal: 'not_a_code' };
  if (!IN_ALPHABET.test(code)) return { refusal: 'code_look_alike' };
  if (carriesCheck(code) && !checkHolds(code)) return { refusal: 'code_mistyped' };
  return { code };
}
