import { describe, expect, it } from 'vitest';
import { CHECKED_CODE_LENGTHS, checkCharacter, checkedCode, checkHolds } from './check-character.js';
import { CODE_ALPHABET } from './short-code.js';

/** Every code one slip away from `code`: one character replaced by any other, or two neighbours swapped. */
function slipsOf(code: string): string[] {
  const slips: string[] = [];
  for (let i = 0; i < code.length; i++) {
    for (const other of CODE_ALPHABET) if (other !== code[i]) slips.push(code.slice(0, i) + other + code.slice(i + 1));
    if (i + 1 < code.length && code[i] !== code[i + 1]) slips.push(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2));
  }
  return slips;
}

describe('check characters of codes copied by hand', () => {
  it('refuse every single substitution and every swap of neighbours, on 200 codes of each checked length', () => {
    let refused = 0;
    for (const length of CHECKED_CODE_LENGTHS) {
      for (let n = 0; n < 200; n++) {
        const code = checkedCode(length - 1);
        expect(code).toHaveLength(length);
        expect(checkHolds(code), code).toBe(true);
        for (const slip of slipsOf(code)) {
          if (checkHolds(slip)) expect.fail(`${slip} passes for ${code}`);
          refused++;
        }
      }
    }
    // 9 characters: 9 × 30 substitutions + up to 8 swaps; 11: 11 × 30 + up to 10, on 200 codes each.
    expect(refused).toBeGreaterThan(200 * (270 + 330));
  });

  it('holds for the codes of the documentation and catches a swap anywhere', () => {
    expect(checkCharacter('23456789')).toMatch(new RegExp(`^[${CODE_ALPHABET}]$`));
    const code = `azqat474md${checkCharacter('azqat474md')}`;
    expect(checkHolds(code)).toBe(true);
    expect(checkHolds(`${code[10]}${code.slice(1, 10)}${code[0]}`)).toBe(code[0] === code[10]);
  });
});
