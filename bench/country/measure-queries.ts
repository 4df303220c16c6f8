import { performance } from 'node:perf_hooks';
import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Actor } from '#common';
import { ProducerQueryDto, ProducersService } from '#directory';
import { FiguresQueryDto, FiguresService, FunnelQueryDto, FunnelService, SeasonFunnelQueryDto, SeasonFunnelService, TerritoryFiguresService } from '#insights';
import { ImpactReportQueryDto, ImpactReportsService } from '#printing';
import { median, percentile } from '../support.js';
import type { SeasonDates } from './generate-country.js';
import { rawQueries, type RawQuery } from './raw/raw-queries.js';

export interface QueryTiming {
  query: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** The territory of the slowest run: to replay it alone (bench/country/profile-figures.ts). */
  slowest?: string;
  /** The same figures by the SQL of before the rollups (bench/country/raw), on the same territories. */
  raw?: QueryTiming;
}

interface Sample {
  territoryId: string;
  accommodationId: string;
  producerId: string;
  latitude: number;
  longitude: number;
}

/**
 * Today's figures through their real services (access checks and all, as the platform admin),
 * over several territories of the data set, each territory once per query after a warm-up on
 * others: what a coordinator, a funder or a host waits for at country scale.
 */
export async function measureQueries(
  app: INestApplicationContext,
  season: SeasonDates,
  territories: number,
  nearRuns: number,
  withRaw = true,
): Promise<QueryTiming[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const samples = await dataSource.query<Sample[]>(
    `SELECT t.id AS "territoryId",
            (SELECT a.id FROM accommodations a WHERE a.territory_id = t.id AND a.status = 'active' ORDER BY random() LIMIT 1) AS "accommodationId",
            (SELECT p.id FROM producers p WHERE p.territory_id = t.id AND p.status = 'active' ORDER BY random() LIMIT 1) AS "producerId",
            (SELECT avg(p.latitude) FROM producers p WHERE p.territory_id = t.id) AS latitude,
            (SELECT avg(p.longitude) FROM producers p WHERE p.territory_id = t.id) AS longitude
       FROM territories t ORDER BY random() LIMIT $1`,
    [territories + 2],
  );
  const actor = Actor.system();
  const period = () => Object.assign(new FiguresQueryDto(), { from: season.startsOn, to: season.endsOn });
  const territoryFigures = app.get(TerritoryFiguresService);
  const figures = app.get(FiguresService);
  const reports = app.get(ImpactReportsService);
  const funnel = app.get(FunnelService);
  const seasonFunnel = app.get(SeasonFunnelService);
  const producers = app.get(ProducersService);

  const raw = rawQueries(dataSource, season);
  // (the seasons' funnel has no SQL of before: it came with the rollups)
  const queries: { query: string; run: (sample: Sample) => Promise<unknown>; raw?: RawQuery }[] = [
    { query: 'territory season figures', run: (s) => territoryFigures.forTerritory(actor, s.territoryId, period()), raw: raw.territoryFigures },
    {
      query: 'impact report data (no PDF)',
      run: (s) => reports.report(s.territoryId, Object.assign(new ImpactReportQueryDto(), { from: season.startsOn, to: season.endsOn, lang: 'fr' }), actor),
      raw: raw.impactReport,
    },
    { query: 'territory funnel (latest edition)', run: (s) => funnel.forTerritory(s.territoryId, new FunnelQueryDto(), actor), raw: raw.territoryFunnel },
    { query: 'territory funnel by season (all)', run: (s) => seasonFunnel.forSeasons(s.territoryId, new SeasonFunnelQueryDto(), actor) },
    { query: 'host funnel (an accommodation)', run: (s) => funnel.forAccommodation(s.accommodationId, actor), raw: raw.hostFunnel },
    { query: 'accommodation season figures', run: (s) => figures.forAccommodation(actor, s.accommodationId, period()), raw: raw.accommodationFigures },
    { query: 'producer season figures', run: (s) => figures.forProducer(actor, s.producerId, period()), raw: raw.producerFigures },
  ];

  const timings: QueryTiming[] = [];
  const [warmUp, measured] = [samples.slice(0, 2), samples.slice(2)];
  const timed = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  for (const { query, run, raw: rawQuery } of queries) {
    const runRaw = withRaw ? rawQuery : undefined;
    for (const sample of warmUp) await Promise.all([run(sample), runRaw?.(sample)]);
    const [times, rawTimes]: number[][] = [[], []];
    // each territory by the service then by the raw SQL, the order alternating: neither always finds the other's pages in the cache
    for (const [i, sample] of measured.entries()) {
      if (i % 2 === 0) times.push(await timed(() => run(sample)));
      if (runRaw) rawTimes.push(await timed(() => runRaw(sample)));
      if (i % 2 === 1) times.push(await timed(() => run(sample)));
    }
    const slowest = measured[times.indexOf(Math.max(...times))];
    timings.push({ ...summary(query, times), slowest: slowest.territoryId, ...(runRaw ? { raw: summary(query, rawTimes) } : {}) });
  }

  // the 20 nearest producers within 30 km of a point in a territory, count included (GET /api/v1/producers?near=…)
  const near = (i: number) => {
    const at = samples[i % samples.length];
    const point = `${(at.latitude + (((i * 7919) % 100) / 100 - 0.5) * 0.3).toFixed(4)},${(at.longitude + (((i * 104729) % 100) / 100 - 0.5) * 0.4).toFixed(4)}`;
    return Object.assign(new ProducerQueryDto(), { near: point, radiusKm: 30, limit: 20, page: 1 });
  };
  for (let i = 0; i < 20; i++) await producers.list(near(i), Actor.anonymous());
  const nearTimes: number[] = [];
  for (let i = 0; i < nearRuns; i++) {
    const started = performance.now();
    await producers.list(near(i + 20), Actor.anonymous());
    nearTimes.push(performance.now() - started);
  }
  timings.push(summary('near search (20 within 30 km)', nearTimes));
  return timings;
}

const summary = (query: string, times: number[]): QueryTiming => ({
  query,
  runs: times.length,
  medianMs: median(times),
  p95Ms: percentile(times, 95),
  maxMs: Math.max(...times),
});
