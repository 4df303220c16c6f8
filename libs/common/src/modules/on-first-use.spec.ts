import { describe, expect, it } from 'vitest';
import { onFirstUse } from './on-first-use.js';

describe('a library loaded on first use', () => {
  it('is loaded when first asked for, once, and a missing one fails only then', () => {
    const missing = onFirstUse<unknown>('no-such-library-terroir');
    const yaml = onFirstUse<{ load: (text: string) => unknown }>('js-yaml');
    expect(yaml().load('a: 1')).toEqual({ a: 1 });
    expect(yaml()).toBe(yaml());
    expect(() => missing()).toThrow(/no-such-library-terroir/);
  });
});
