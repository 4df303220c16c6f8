import { describe, expect, it } from 'vitest';
import { passCodeOf } from './pass-code.js';

describe('the pass code a producer types', () => {
  it('a pass code is found in what was typed or pasted', () => {
    expect(passCodeOf(' K7M3 P9QA-2X ')).toBe('k7m3p9qa2x');
    expect(passCodeOf('https://terroir.test/p/k7m3p9qa2x')).toBe('k7m3p9qa2x');
    expect(passCodeOf('O0O0')).toBeUndefined();
    expect(passCodeOf('')).toBeUndefined();
  });
});
