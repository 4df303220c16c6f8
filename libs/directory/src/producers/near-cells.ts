import { EARTH_RADIUS_M, haversineKm, type LatLng } from '#common';

/**
 * The grid producers are counted on (`tp_near_cell`, migration 1764495000000): cells of 1/25 of a
 * degree (4.4 km north–south, 3 km east–west in France), numbered row by row. Chosen by measuring
 * (docs/pagespeed.md): smaller cells mean more of them to sum inside a circle and more rows of
 * them (an index range scan each), larger ones more producers to check along its rim. The same
 * multiplication and floor as PostgreSQL's, so that a point falls in the same cell here and there.
 */
export const CELLS_PER_DEGREE = 25;

/** Runs of consecutive cells of one row: the numbers of the first and last cell of each. */
export interface CellRuns {
  first: number[];
  last: number[];
}

/** Cells of a circle: those wholly inside it (one run per row at most), and those its rim crosses (two runs per row at most). */
export interface CircleCells {
  inside: CellRuns;
  rim: CellRuns;
}

/**
 * Distances here and PostgreSQL's differ by rounding only (nanometres): a cell is inside when its
 * corners are within the radius less this margin, outside when wholly beyond the radius plus it.
 */
const MARGIN_M = 10;
/** Near a pole or across the antimeridian the search counts the producers themselves (none there in France). */
const MAX_LATITUDE = 85;
const DEGREE = Math.PI / 180;

export function cellOf(point: LatLng, perDegree = CELLS_PER_DEGREE): number {
  return cellNumber(Math.floor(point.latitude * perDegree), Math.floor(point.longitude * perDegree), perDegree);
}

function cellNumber(row: number, column: number, perDegree: number): number {
  return (row + 90 * perDegree) * (360 * perDegree + 1) + column + 180 * perDegree;
}

/**
 * Half the width in longitude (radians) of the circle of angular radius `radius` around `centre` at
 * `latitude` (radians): the points of that parallel within the circle (0 when it misses the circle).
 */
function halfWidth(centre: number, radius: number, latitude: number): number {
  const cosine = (Math.cos(radius) - Math.sin(centre) * Math.sin(latitude)) / (Math.cos(centre) * Math.cos(latitude));
  return Math.acos(Math.min(1, Math.max(-1, cosine)));
}

/** The cells a search within `radiusKm` of `point` sums or checks; undefined near the poles and the antimeridian. */
export function circleCells(point: LatLng, radiusKm: number, perDegree = CELLS_PER_DEGREE): CircleCells | undefined {
  const radiusM = radiusKm * 1000;
  const outer = (radiusM + MARGIN_M) / EARTH_RADIUS_M;
  const inner = (radiusM - MARGIN_M) / EARTH_RADIUS_M;
  const lat = point.latitude * DEGREE;
  if (Math.abs(point.latitude) + outer / DEGREE > MAX_LATITUDE) return undefined;
  // the parallel where the circle is widest; away from it, north or south, it narrows
  const widestLatitude = Math.asin(Math.min(1, Math.sin(lat) / Math.cos(outer)));
  const widest = halfWidth(lat, outer, widestLatitude);
  if (point.longitude - widest / DEGREE < -180 || point.longitude + widest / DEGREE >= 180) return undefined;

  const cells: CircleCells = { inside: { first: [], last: [] }, rim: { first: [], last: [] } };
  const run = (runs: CellRuns, row: number, firstColumn: number, lastColumn: number) => {
    if (firstColumn > lastColumn) return;
    runs.first.push(cellNumber(row, firstColumn, perDegree));
    runs.last.push(cellNumber(row, lastColumn, perDegree));
  };
  const firstRow = Math.floor(((lat - outer) / DEGREE) * perDegree);
  const lastRow = Math.floor(((lat + outer) / DEGREE) * perDegree);
  for (let row = firstRow; row <= lastRow; row++) {
    const south = (row / perDegree) * DEGREE;
    const north = ((row + 1) / perDegree) * DEGREE;
    // the circle within this row is widest on the row's parallel nearest the widest one
    const reach = halfWidth(lat, outer, Math.min(north, lat + outer, Math.max(south, lat - outer, widestLatitude)));
    const firstColumn = Math.floor((point.longitude - reach / DEGREE) * perDegree);
    const lastColumn = Math.floor((point.longitude + reach / DEGREE) * perDegree);
    // inside: both parallels of the row within the circle over the whole of the cell's width
    const within = Math.min(halfWidth(lat, inner, south), halfWidth(lat, inner, north));
    let firstInside = Math.ceil((point.longitude - within / DEGREE) * perDegree);
    let lastInside = Math.floor((point.longitude + within / DEGREE) * perDegree) - 1;
    // checked by the distance itself, the same as the rim's: the corners of the run's end cells
    while (firstInside <= lastInside && !cornersWithin(point, radiusM - MARGIN_M, row, firstInside, perDegree)) firstInside++;
    while (firstInside <= lastInside && !cornersWithin(point, radiusM - MARGIN_M, row, lastInside, perDegree)) lastInside--;
    if (firstInside > lastInside) {
      run(cells.rim, row, firstColumn, lastColumn);
      continue;
    }
    run(cells.inside, row, firstInside, lastInside);
    run(cells.rim, row, firstColumn, firstInside - 1);
    run(cells.rim, row, lastInside + 1, lastColumn);
  }
  return cells;
}

/** Along a parallel the distance grows with the difference in longitude, along a meridian away from its nearest point: a cell's farthest point is a corner. */
function cornersWithin(point: LatLng, radiusM: number, row: number, column: number, perDegree: number): boolean {
  const corners = [row, row + 1].flatMap((r) => [column, column + 1].map((c) => ({ latitude: r / perDegree, longitude: c / perDegree })));
  return corners.every((corner) => haversineKm(point, corner) * 1000 <= radiusM);
}
