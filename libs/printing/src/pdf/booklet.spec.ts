import { describe, expect, it } from 'vitest';
import { bookletLength, bookletPage, bookletPlace } from './booklet.js';

/** Side by side, in printing order: "left|right" for each side of each sheet (0 for a blank page). */
function sides(pages: number): string[] {
  const length = bookletLength(pages);
  const halves: number[][] = Array.from({ length: length / 2 }, () => [0, 0]);
  for (let index = 0; index < pages; index++) {
    const { side, right } = bookletPlace(bookletPage(index, pages, length), length);
    halves[side][right ? 1 : 0] = index + 1;
  }
  return halves.map(([left, right]) => `${left}|${right}`);
}

describe('saddle-stitch booklets', () => {
  it('pairs the pages of an 8-page booklet as a printer does: 8|1, 2|7, 6|3, 4|5', () => {
    expect(sides(8)).toEqual(['8|1', '2|7', '6|3', '4|5']);
  });

  it('pads to a multiple of 4 with blank pages before the back cover', () => {
    expect(bookletLength(5)).toBe(8);
    expect(bookletLength(1)).toBe(4);
    // pages 1-4 in order, the 5th (back cover) on the back, three blanks inside
    expect(sides(5)).toEqual(['5|1', '2|0', '0|3', '4|0']);
    expect(sides(6)).toEqual(['6|1', '2|0', '0|3', '4|5']);
  });

  it('places every booklet page exactly once', () => {
    for (const length of [4, 8, 12, 16, 40]) {
      const seen = new Set<string>();
      for (let page = 1; page <= length; page++) {
        const { side, right } = bookletPlace(page, length);
        expect(side).toBeLessThan(length / 2);
        seen.add(`${side}${right}`);
      }
      expect(seen.size).toBe(length);
    }
  });
});
