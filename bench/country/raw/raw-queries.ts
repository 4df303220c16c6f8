import type { DataSource } from 'typeorm';
import type { FiguresPeriod } from '#insights';
import type { SeasonDates } from '../generate-country.js';
import { RawFiguresRepository } from './raw-figures.repository.js';
import { RawFunnelQueries } from './raw-funnel.queries.js';

export interface RawSample {
  territoryId: string;
  accommodationId: string;
  producerId: string;
}
export type RawQuery = (sample: RawSample) => Promise<unknown>;

const SITE_VISITS = `SELECT page, lang, sum(count)::int AS visits FROM site_visits
  WHERE territory_id = $1 AND day BETWEEN $2 AND $3 GROUP BY page, lang ORDER BY page, lang`;

/**
 * Each measured figure as the services ran it before the daily rollups — the same queries, at
 * once where the service ran them at once — without the access checks (a few milliseconds).
 */
export function rawQueries(dataSource: DataSource, season: SeasonDates) {
  const figures = new RawFiguresRepository(dataSource);
  const funnel = new RawFunnelQueries(dataSource);
  const period: FiguresPeriod = { from: season.startsOn, to: season.endsOn };
  const yearEarlier: FiguresPeriod = { from: `${season.year - 1}${season.startsOn.slice(4)}`, to: `${season.year - 1}${season.endsOn.slice(4)}` };
  const editionsOf = async (territoryId: string) =>
    (await dataSource.query<{ id: string }[]>('SELECT id FROM editions WHERE territory_id = $1 ORDER BY number DESC', [territoryId])).map((e) => e.id);
  const funnels = (territoryId: string, editions: string[], accommodationId: string | null) =>
    Promise.all([
      funnel.byHost(territoryId, editions, accommodationId),
      funnel.byWeek(territoryId, editions, accommodationId),
      funnel.byProducer(territoryId, editions, accommodationId),
    ]);
  const territoryFigures: RawQuery = (s) =>
    Promise.all([
      figures.territoryTotals(s.territoryId, period),
      figures.territory(s.territoryId, period),
      figures.territoryTotals(s.territoryId, yearEarlier),
      dataSource.query(SITE_VISITS, [s.territoryId, period.from, period.to]),
    ]);
  return {
    territoryFigures,
    impactReport: async (s: RawSample) => {
      await territoryFigures(s);
      return funnel.byHost(s.territoryId, await editionsOf(s.territoryId), null, period);
    },
    territoryFunnel: async (s: RawSample) => funnels(s.territoryId, (await editionsOf(s.territoryId)).slice(0, 1), null),
    hostFunnel: async (s: RawSample) => funnels(s.territoryId, await editionsOf(s.territoryId), s.accommodationId),
    accommodationFigures: (s: RawSample) => figures.accommodation(s.accommodationId, period),
    producerFigures: (s: RawSample) => figures.producer(s.producerId, period),
  } satisfies Record<string, RawQuery>;
}
