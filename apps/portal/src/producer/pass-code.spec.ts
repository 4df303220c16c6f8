import { describe, expect, it } from 'vitest';
import { checkedCode } from '#directory';
import { typedPassCode } from './pass-code.js';

describe('the pass code a producer types', () => {
  it('a pass code is found in what was typed or pasted', () => {
    expect(typedPassCode(' K7M3 P9QA-2X ', 'en')).toEqual({ code: 'k7m3p9qa2x' });
    expect(typedPassCode('https://terroir.test/p/k7m3p9qa2x', 'en')).toEqual({ code: 'k7m3p9qa2x' });
    expect(typedPassCode('O0O0', 'en')).toEqual({ problem: expect.stringContaining('This does not look like a pass code') });
    expect(typedPassCode('', 'en')).toEqual({ problem: expect.stringContaining('This does not look like a pass code') });
  });

  it('a code with a wrong character is a typing mistake, in the producer’s language', () => {
    const code = checkedCode(10);
    const slip = `${code.slice(0, 10)}${code[10] === 'z' ? 'y' : 'z'}`;
    expect(typedPassCode(slip, 'fr')).toEqual({ problem: 'Ce code comporte une faute de frappe : vérifiez-le sur le pass, caractère par caractère.' });
  });
});
