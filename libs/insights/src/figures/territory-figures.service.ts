import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { denied, type Actor } from '../../../common/src/index.js';
import type { AccommodationCounts, FlowCount, HostCounts, PeriodCounts, TerritoryFigures } from './figures.js';
import type { FiguresQueryDto } from './figures-query.dto.js';
import { namedCounts, offerCounts, periodOf } from './figures-queries.js';

// $1 territory, $2 first day, $3 last day
const SCANS = `FROM scans s WHERE s.territory_id = $1 AND s.day BETWEEN $2 AND $3`;
const PASSES = `FROM passes p WHERE p.territory_id = $1 AND p.status = 'active' AND p.arrival BETWEEN $2 AND $3`;
const USES = `FROM redemptions r WHERE r.territory_id = $1 AND r.voided_at IS NULL AND r.redeemed_on BETWEEN $2 AND $3`;

/** Per accommodation: page openings, passes and uses of its guests, in the period. */
const PER_ACCOMMODATION = `
  SELECT a.id, a.name, a.commune,
         coalesce(sc.scans, 0)::int AS scans, coalesce(pa.passes, 0)::int AS passes,
         coalesce(us.redemptions, 0)::int AS redemptions, coalesce(us.spending, 0)::float8 AS "declaredSpendingCents"
    FROM accommodations a
    LEFT JOIN (SELECT s.accommodation_id, sum(s.count) AS scans ${SCANS} GROUP BY 1) sc ON sc.accommodation_id = a.id
    LEFT JOIN (SELECT p.accommodation_id, count(*) AS passes ${PASSES} GROUP BY 1) pa ON pa.accommodation_id = a.id
    LEFT JOIN (SELECT r.accommodation_id, count(*) AS redemptions, sum(r.amount_cents) AS spending ${USES} GROUP BY 1) us ON us.accommodation_id = a.id
   WHERE a.territory_id = $1 AND (a.status = 'active' OR sc.scans > 0 OR pa.passes > 0 OR us.redemptions > 0)`;

/** Openings, uses and spending per week (labelled by its Monday) or per month (YYYY-MM), every one of the period, empty ones included. */
function perPeriod(unit: 'week' | 'month'): string {
  const label = unit === 'week' ? `to_char(x.start, 'YYYY-MM-DD')` : `to_char(x.start, 'YYYY-MM')`;
  return `
    SELECT ${label} AS period, coalesce(sc.scans, 0)::int AS scans, coalesce(us.redemptions, 0)::int AS redemptions, coalesce(us.spending, 0)::float8 AS "declaredSpendingCents"
      FROM generate_series(date_trunc('${unit}', $2::date::timestamp), date_trunc('${unit}', $3::date::timestamp), interval '1 ${unit}') AS x(start)
      LEFT JOIN (SELECT date_trunc('${unit}', s.day::timestamp) AS start, sum(s.count) AS scans ${SCANS} GROUP BY 1) sc ON sc.start = x.start
      LEFT JOIN (SELECT date_trunc('${unit}', r.redeemed_on::timestamp) AS start, count(*) AS redemptions, sum(r.amount_cents) AS spending ${USES} GROUP BY 1) us ON us.start = x.start
     ORDER BY x.start`;
}

/** The whole territory's loop, for its coordinators and for the funders they report to (hosts named, never by their e-mail). */
@Injectable()
export class TerritoryFiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forTerritory(actor: Actor, territoryId: string, query: FiguresQueryDto): Promise<TerritoryFigures> {
    const [territory] = await this.dataSource.query(`SELECT name, time_zone AS "timeZone" FROM territories WHERE id = $1`, [territoryId]);
    if (!territory) throw denied(actor, false, 'territory', 'see the figures of');
    if (!actor.coordinates(territoryId)) throw denied(actor, true, 'territory', 'see the figures of');
    const period = periodOf(query, territory.timeZone);
    const parameters = [territoryId, period.from, period.to];
    const q = <T>(sql: string) => this.dataSource.query(sql, parameters) as Promise<T[]>;
    const [[scans], [passes], [uses], [directory], byWeek, byMonth, producers, offersUsed, accommodations, hosts, flow] = await Promise.all([
      q<{ scans: number; fromQr: number }>(`SELECT coalesce(sum(s.count), 0)::int AS scans, coalesce(sum(s.count) FILTER (WHERE s.from_qr), 0)::int AS "fromQr" ${SCANS}`),
      q<{ passes: number; guests: number }>(`SELECT count(*)::int AS passes, coalesce(sum(p.guests), 0)::int AS guests ${PASSES}`),
      q<{ redemptions: number; spending: number; producers: number }>(
        `SELECT count(*)::int AS redemptions, coalesce(sum(r.amount_cents), 0)::float8 AS spending, count(DISTINCT r.producer_id)::int AS producers ${USES}`,
      ),
      q<{ producers: number; accommodations: number; offers: number }>(`SELECT
          (SELECT count(*)::int FROM producers WHERE territory_id = $1 AND status = 'active') AS producers,
          (SELECT count(*)::int FROM accommodations WHERE territory_id = $1 AND status = 'active') AS accommodations,
          (SELECT count(*)::int FROM offers WHERE territory_id = $1 AND status = 'published' AND valid_from <= $3 AND (valid_to IS NULL OR valid_to >= $2)) AS offers`),
      q<PeriodCounts>(perPeriod('week')),
      q<PeriodCounts>(perPeriod('month')),
      namedCounts(this.dataSource, `SELECT p.id, p.name, r.amount_cents ${USES.replace('FROM redemptions r', 'FROM redemptions r JOIN producers p ON p.id = r.producer_id')}`, parameters),
      offerCounts(this.dataSource, 'territory', parameters),
      q<AccommodationCounts>(`${PER_ACCOMMODATION} ORDER BY redemptions DESC, scans DESC, a.name`),
      q<HostCounts>(`
        SELECT m.id, coalesce(u.name, string_agg(x.name, ', ' ORDER BY x.name)) AS name, count(*)::int AS accommodations,
               sum(x.scans)::int AS scans, sum(x.passes)::int AS passes, sum(x.redemptions)::int AS redemptions, sum(x."declaredSpendingCents")::float8 AS "declaredSpendingCents"
          FROM memberships m
          JOIN users u ON u.id = m.user_id
          JOIN host_accommodations h ON h.membership_id = m.id
          JOIN (${PER_ACCOMMODATION}) x ON x.id = h.accommodation_id
         WHERE m.territory_id = $1 AND m.role = 'host' AND m.status = 'active'
         GROUP BY m.id, u.name
         ORDER BY redemptions DESC, scans DESC, name`),
      q<FlowCount>(`
        SELECT r.accommodation_id AS "accommodationId", a.name AS accommodation, r.producer_id AS "producerId", p.name AS producer, count(*)::int AS redemptions
          ${USES.replace('FROM redemptions r', 'FROM redemptions r JOIN accommodations a ON a.id = r.accommodation_id JOIN producers p ON p.id = r.producer_id')}
         GROUP BY 1, 2, 3, 4 ORDER BY redemptions DESC, accommodation, producer`),
    ]);
    return {
      period,
      territory: territory.name,
      scans: scans.scans,
      scansFromQr: scans.fromQr,
      passes: passes.passes,
      guests: passes.guests,
      redemptions: uses.redemptions,
      declaredSpendingCents: uses.spending,
      producersTakingPart: uses.producers,
      accommodationsTakingPart: accommodations.filter((a) => a.scans > 0 || a.redemptions > 0 || a.passes > 0).length,
      activeProducers: directory.producers,
      activeAccommodations: directory.accommodations,
      offers: directory.offers,
      byWeek,
      byMonth,
      producers,
      offersUsed,
      accommodations,
      hosts,
      flow,
    };
  }
}
