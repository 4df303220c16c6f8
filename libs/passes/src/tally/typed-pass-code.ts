import { SHORT_CODE_PATTERN } from '#directory';

/** Characters of a pass code as printed on passes and cards (the tally sheet draws a box for each). */
export const PRINTED_PASS_CODE_LENGTH = 10;

/** A pass code typed from paper, read: the code as stored, or why it cannot be one. */
export type TypedPassCode = { code: string } | { problem: 'code_mistyped' };

/**
 * TALLY's stand-in for the one reader of typed codes that CODES is adding (normalise, verify the
 * check character, "typing mistake" vs "no such pass"): spaces, dashes and case are ignored; a
 * code that cannot be a pass code (a character outside the alphabet, the wrong length) is a
 * typing mistake. To be replaced by CODES' reader once it is merged.
 */
export function readTypedPassCode(typed: string): TypedPassCode {
  const code = typed.replace(/[\s-]/g, '').toLowerCase();
  return SHORT_CODE_PATTERN.test(code) ? { code } : { problem: 'code_mistyped' };
}
