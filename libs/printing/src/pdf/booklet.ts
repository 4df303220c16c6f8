/**
 * Saddle-stitch booklets: the pages two-up on sheets twice their size, printed on both sides,
 * folded in the middle and stapled. Sides are numbered in printing order: front of the first
 * sheet, its back, front of the second sheet…
 */

/** Pages of the booklet: the document's, padded with blank pages to a multiple of 4 (the faces of a sheet). */
export function bookletLength(pages: number): number {
  return Math.max(4, Math.ceil(pages / 4) * 4);
}

/**
 * The booklet page (1-based) showing the document's page `index` (0-based) of `pages`: the same
 * order, except that the last page (the back cover) stays on the back; the blank pages go before it.
 */
export function bookletPage(index: number, pages: number, length: number): number {
  return index === pages - 1 && pages > 1 ? length : index + 1;
}

/**
 * Where booklet page `page` (1-based) of a `length`-page booklet is printed. With 8 pages, the
 * sides hold 8|1, 2|7, 6|3, 4|5: the outer sheet carries the covers, each side pairs pages that
 * add up to length + 1, odd pages on the right.
 */
export function bookletPlace(page: number, length: number): { side: number; right: boolean } {
  if (page <= length / 2) return { side: page - 1, right: (page - 1) % 2 === 0 };
  const side = length - page;
  return { side, right: side % 2 === 1 };
}
