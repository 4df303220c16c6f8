import { describe, expect, it } from 'vitest';
import { RecentBytesMap } from './recent-bytes-map.js';

const pagesOf = (maxBytes: number) => new RecentBytesMap<string, string>(maxBytes, (page) => page.length);

describe('a map of recent entries bounded in bytes', () => {
  it('never holds more bytes than its bound, whatever the sizes written', () => {
    const pages = pagesOf(1000);
    let next = 7;
    for (let i = 0; i < 500; i += 1) {
      next = (next * 48271) % 2147483647;
      pages.set(`page ${next % 60}`, 'x'.repeat(next % 400));
      expect(pages.bytes).toBeLessThanOrEqual(1000);
    }
    expect(pages.size).toBeGreaterThan(2);
  });

  it('weighs a value written again under its key once: the write only marks it recently used', () => {
    let weighed = 0;
    const pages = new RecentBytesMap<string, string>(6, (page) => {
      weighed += 1;
      return page.length;
    });
    const page = 'aaa';
    pages.set('a', page);
    pages.set('b', 'bbb');
    pages.set('a', page); // "b" is now the least recent
    pages.set('c', 'ccc');
    expect(weighed).toBe(3);
    expect(pages.get('b')).toBeUndefined();
    expect(pages.get('a')).toBe('aaa');
    expect(pages.bytes).toBe(6);
  });

  it('forgets the least recently read or written pages first, as many as the new one needs', () => {
    const pages = pagesOf(10);
    pages.set('a', 'aaa');
    pages.set('b', 'bbb');
    pages.set('c', 'ccc');
    expect(pages.get('a')).toBe('aaa'); // "b" is now the least recent, then "c"
    pages.set('d', 'dddddd');
    expect(pages.get('b')).toBeUndefined();
    expect(pages.get('c')).toBeUndefined();
    expect(pages.get('a')).toBe('aaa');
    expect(pages.get('d')).toBe('dddddd');
    expect(pages.bytes).toBe(9);
  });

  it('counts a page written again once, at its new size', () => {
    const pages = pagesOf(10);
    pages.set('a', 'aaaa');
    pages.set('a', 'aaaaaaa');
    expect(pages.size).toBe(1);
    expect(pages.bytes).toBe(7);
  });

  it('keeps no page heavier than the whole bound, and drops the lighter one it replaced', () => {
    const pages = pagesOf(10);
    pages.set('b', 'bb');
    pages.set('a', 'aa');
    pages.set('a', 'a'.repeat(11));
    expect(pages.get('a')).toBeUndefined();
    expect(pages.get('b')).toBe('bb');
    expect(pages.bytes).toBe(2);
  });
});
