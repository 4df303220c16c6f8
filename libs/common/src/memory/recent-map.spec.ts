import { describe, expect, it } from 'vitest';
import { RecentMap } from './recent-map.js';

describe('a bounded map of recent entries', () => {
  it('forgets the least recently used entry first once full', () => {
    const pages = new RecentMap<string, number>(2);
    pages.set('a', 1);
    pages.set('b', 2);
    expect(pages.get('a')).toBe(1); // "a" is now the most recent
    pages.set('c', 3);
    expect(pages.get('b')).toBeUndefined();
    expect(pages.get('a')).toBe(1);
    expect(pages.get('c')).toBe(3);
    expect(pages.size).toBe(2);
  });

  it('replaces an entry written again without growing', () => {
    const pages = new RecentMap<string, number>(2);
    pages.set('a', 1);
    pages.set('a', 2);
    expect(pages.size).toBe(1);
    expect(pages.get('a')).toBe(2);
  });
});
