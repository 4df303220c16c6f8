import { CODE_ALPHABET, shortCode } from './short-code.js';

/**
 * Check characters for codes copied by hand, built as ISO 7064's pure systems (MOD 11-2, MOD 37-2)
 * are: the characters' values, weighted by powers of a radix, sum to 1 modulo M. Here M = 31, the
 * size of the alphabet, so every check value is a character of it (no supplementary "X" or "*"),
 * and 31 is prime, so arithmetic modulo 31 is a field. With the radix 3, a primitive root mod 31,
 * the weights 3^k are nonzero and pairwise distinct for codes of up to 30 characters. Hence:
 * - one character a→b at weight w changes the sum by w·(b−a), nonzero: every substitution is caught;
 * - neighbours ab→ba change it by (w₁−w₂)·(b−a), nonzero: every adjacent swap is caught (and, as all
 *   weights differ, every swap of any two characters);
 * - twin errors aa→bb change it by (w₁+w₂)·(b−a) = 4·3^k·(b−a), nonzero: caught too.
 * (ISO 7064's own hybrid MOD 32,31 would need 32 prime for its doubling step; Damm needs a table.)
 */
const MODULUS = CODE_ALPHABET.length;
const RADIX = 3;

/** Codes drawn with a check character: 8 random + 1 (producers), 10 random + 1 (passes). Codes
 * drawn before have 8 or 10 characters and none: a code's length tells which kind it is. */
export const CHECKED_CODE_LENGTHS: readonly number[] = [9, 11];

/** The weighted sum of a code's characters (the last weighs 1), or undefined if one is not in the alphabet. */
function weightedSum(code: string): number | undefined {
  let sum = 0;
  for (const character of code) {
    const value = CODE_ALPHABET.indexOf(character);
    if (value < 0) return undefined;
    sum = (sum * RADIX + value) % MODULUS;
  }
  return sum;
}

/** The character that, appended to `body`, makes the whole code's weighted sum 1 modulo 31. */
export function checkCharacter(body: string): string {
  const sum = weightedSum(body);
  if (sum === undefined) throw new RangeError(`not a code: ${body}`);
  return CODE_ALPHABET[(((1 - sum * RADIX) % MODULUS) + MODULUS) % MODULUS];
}

/** Whether a code of a checked length has its check character right (codes of other lengths carry none). */
export function checkHolds(code: string): boolean {
  return weightedSum(code) === 1;
}

export const carriesCheck = (code: string) => CHECKED_CODE_LENGTHS.includes(code.length);

/** A new code: `random` random characters and their check character (the database's tp_checked_code does the same). */
export function checkedCode(random: number): string {
  const body = shortCode(random);
  return body + checkCharacter(body);
}
