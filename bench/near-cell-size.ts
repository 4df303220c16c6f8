/**
 * How large the cells of near search's count should be (libs/directory/src/producers/near-cells.ts):
 * for each size, the producers' cells and the counts per cell are built in tables of the bench's
 * own, and the count of the active producers within the radius is timed the way the service does
 * it (cells inside summed, the rim's producers checked), over the same points as the search.
 */
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { LatLng } from '#common';
import { type CircleCells, circleCells } from '#directory';
import { median, percentile } from './support.js';

export interface CellSizeTiming {
  perDegree: number;
  medianMs: number;
  p95Ms: number;
  /** Per search, on average: rows of counts summed, producers whose distance was computed. */
  summedRows: number;
  rimProducers: number;
}

async function buildCells(dataSource: DataSource, perDegree: number): Promise<void> {
  const cell = `(floor(latitude * ${perDegree})::bigint + ${90 * perDegree}) * ${360 * perDegree + 1} + floor(longitude * ${perDegree})::bigint + ${180 * perDegree}`;
  await dataSource.query(`
    DROP FUNCTION IF EXISTS bench_count_producers_near;
    DROP TABLE IF EXISTS bench_cell_producers, bench_cell_counts, bench_cell_changes;
    CREATE TABLE bench_cell_producers AS SELECT ${cell} AS near_cell, location, status, categories FROM producers;
    CREATE INDEX ON bench_cell_producers (near_cell) INCLUDE (location, status, categories);
    CREATE TABLE bench_cell_counts AS SELECT status, ''::text AS category, near_cell AS cell, count(*)::int AS producers FROM bench_cell_producers GROUP BY 1, 2, 3;
    ALTER TABLE bench_cell_counts ADD PRIMARY KEY (status, category, cell) INCLUDE (producers);
    CREATE TABLE bench_cell_changes (LIKE producer_cell_changes INCLUDING INDEXES);
  `);
  await dataSource.query(`VACUUM ANALYZE bench_cell_producers, bench_cell_counts`);
}

export async function cellSizeTimings(dataSource: DataSource, points: LatLng[], radiusKm: number, sizes: number[]): Promise<CellSizeTiming[]> {
  const timings: CellSizeTiming[] = [];
  for (const perDegree of sizes) {
    await buildCells(dataSource, perDegree);
    // the service's very function, on the bench's tables
    const [{ definition }] = await dataSource.query<{ definition: string }[]>(`SELECT pg_get_functiondef('tp_count_producers_near'::regproc) AS definition`);
    await dataSource.query(
      definition
        .replace('tp_count_producers_near(', 'bench_count_producers_near(')
        .replace('FROM producer_cells', 'FROM bench_cell_counts')
        .replace('FROM producer_cell_changes', 'FROM bench_cell_changes')
        .replace('FROM producers p', 'FROM bench_cell_producers p'),
    );
    const count = async (point: LatLng) => {
      const cells = circleCells(point, radiusKm, perDegree)!;
      await dataSource.query(`SELECT bench_count_producers_near($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        cells.inside.first,
        cells.inside.last,
        cells.rim.first,
        cells.rim.last,
        ['active'],
        '',
        point.latitude,
        point.longitude,
        radiusKm * 1000,
      ]);
      return cells;
    };
    const sizeOf = async (cells: CircleCells) => {
      const [{ summed, checked }] = await dataSource.query<{ summed: number; checked: number }[]>(
        `SELECT (SELECT count(*) FROM unnest($1::bigint[], $2::bigint[]) run (first, last)
                   JOIN bench_cell_counts ON status = 'active' AND category = '' AND cell BETWEEN run.first AND run.last)::int AS summed,
                (SELECT count(*) FROM unnest($3::bigint[], $4::bigint[]) run (first, last)
                   JOIN bench_cell_producers p ON p.status = 'active' AND p.near_cell BETWEEN run.first AND run.last)::int AS checked`,
        [cells.inside.first, cells.inside.last, cells.rim.first, cells.rim.last],
      );
      return { summed, checked };
    };
    for (const point of points.slice(0, 20)) await count(point); // warm-up
    const times: number[] = [];
    let summedRows = 0;
    let rimProducers = 0;
    for (const point of points) {
      const t0 = performance.now();
      const cells = await count(point);
      times.push(performance.now() - t0);
      const { summed, checked } = await sizeOf(cells);
      summedRows += summed;
      rimProducers += checked;
    }
    timings.push({
      perDegree,
      medianMs: median(times),
      p95Ms: percentile(times, 95),
      summedRows: summedRows / points.length,
      rimProducers: rimProducers / points.length,
    });
  }
  await dataSource.query(`DROP FUNCTION IF EXISTS bench_count_producers_near; DROP TABLE IF EXISTS bench_cell_producers, bench_cell_counts`);
  return timings;
}
