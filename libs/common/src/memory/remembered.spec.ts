import { describe, expect, it } from 'vitest';
import { remembered } from './remembered.js';

describe('a function that remembers its recent answers', () => {
  it('computes each input once while it is among the recent ones, and gives the same answer', () => {
    const inputs: string[] = [];
    const length = remembered((input: string) => (inputs.push(input), input.length), 2);
    expect([length('fr'), length('fr-FR'), length('fr'), length('fr-FR')]).toEqual([2, 5, 2, 5]);
    expect(inputs).toEqual(['fr', 'fr-FR']);
  });

  it('forgets the least recently asked first, and answers again by computing', () => {
    const inputs: string[] = [];
    const upper = remembered((input: string) => (inputs.push(input), input.toUpperCase()), 2);
    upper('a');
    upper('b');
    upper('a');
    upper('c'); // forgets b
    expect(upper('b')).toBe('B');
    expect(upper('a')).toBe('A'); // forgotten when b came back
    expect(inputs).toEqual(['a', 'b', 'c', 'b', 'a']);
  });

  it('remembers an answer that is undefined, and never keeps an input too long to be a header a phone sends', () => {
    const inputs: string[] = [];
    const nothing = remembered((input: string) => void inputs.push(input), 4);
    const long = 'x'.repeat(10_000);
    nothing('');
    nothing('');
    nothing(long);
    nothing(long);
    expect(inputs).toEqual(['', long, long]);
  });
});
