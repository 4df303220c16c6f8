import { describe, expect, it } from 'vitest';
import { codeForReaders } from './code-for-readers.js';

describe('a code as people read it', () => {
  it('is written one way everywhere: capitals in groups of at most five, as even as possible', () => {
    expect(codeForReaders('azqat474md')).toBe('AZQAT 474MD');
    expect(codeForReaders('AZQAT 474MD')).toBe('AZQAT 474MD');
    expect(codeForReaders('k7m2p9qa')).toBe('K7M2 P9QA');
    expect(codeForReaders('k7m2')).toBe('K7M2');
  });

  it('puts a check character in a short last group', () => {
    expect(codeForReaders('azqat474mdx')).toBe('AZQA T474 MDX');
    expect(codeForReaders('k7m2p9qax')).toBe('K7M2P 9QAX');
  });
});
