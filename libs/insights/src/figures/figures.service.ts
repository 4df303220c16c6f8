import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { denied, type Actor } from '../../../common/src/index.js';
import type { AccommodationFigures, ProducerFigures, WeekCount } from './figures.js';
import type { FiguresQueryDto } from './figures-query.dto.js';
import { namedCounts, offerCounts, periodOf, weekly } from './figures-queries.js';

/**
 * What the loop produced, for the people who run a part of it: uses of offers (cancelled ones
 * never count), declared spending, page openings, passes. Counts only: nothing about a tourist.
 */
@Injectable()
export class FiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forProducer(actor: Actor, producerId: string, query: FiguresQueryDto): Promise<ProducerFigures> {
    const [producer] = await this.dataSource.query(
      `SELECT p.territory_id AS "territoryId", t.time_zone AS "timeZone" FROM producers p JOIN territories t ON t.id = p.territory_id WHERE p.id = $1`,
      [producerId],
    );
    if (!producer) throw denied(actor, false, 'producer', 'see the figures of');
    if (!actor.coordinates(producer.territoryId) && !actor.ownsProducer(producerId)) throw denied(actor, true, 'producer', 'see the figures of');
    const period = periodOf(query, producer.timeZone);
    const parameters = [producerId, period.from, period.to];
    const used = `FROM redemptions r WHERE r.producer_id = $1 AND r.voided_at IS NULL AND r.redeemed_on BETWEEN $2 AND $3`;
    const [[totals], byOffer, byAccommodation, byWeek] = await Promise.all([
      this.dataSource.query(`SELECT count(*)::int AS redemptions, coalesce(sum(r.amount_cents), 0)::float8 AS spending, count(DISTINCT r.pass_id)::int AS passes ${used}`, parameters),
      offerCounts(this.dataSource, 'producer', parameters),
      namedCounts(this.dataSource, `SELECT a.id, a.name, r.amount_cents ${used.replace('FROM redemptions r', 'FROM redemptions r JOIN accommodations a ON a.id = r.accommodation_id')}`, parameters),
      this.dataSource.query(weekly(`SELECT date_trunc('week', r.redeemed_on::timestamp)::date AS week, count(*) AS count ${used} GROUP BY 1`), parameters) as Promise<WeekCount[]>,
    ]);
    return { period, redemptions: totals.redemptions, declaredSpendingCents: totals.spending, passes: totals.passes, byOffer, byAccommodation, byWeek };
  }

  async forAccommodation(actor: Actor, accommodationId: string, query: FiguresQueryDto): Promise<AccommodationFigures> {
    const [accommodation] = await this.dataSource.query(
      `SELECT a.territory_id AS "territoryId", t.time_zone AS "timeZone" FROM accommodations a JOIN territories t ON t.id = a.territory_id WHERE a.id = $1`,
      [accommodationId],
    );
    if (!accommodation || (!actor.coordinates(accommodation.territoryId) && !actor.hostsAccommodation(accommodationId))) {
      throw denied(actor, false, 'accommodation', 'see the figures of');
    }
    const period = periodOf(query, accommodation.timeZone);
    const parameters = [accommodationId, period.from, period.to];
    const scans = `FROM scans s WHERE s.accommodation_id = $1 AND s.day BETWEEN $2 AND $3`;
    const used = `FROM redemptions r WHERE r.accommodation_id = $1 AND r.voided_at IS NULL AND r.redeemed_on BETWEEN $2 AND $3`;
    const [[scanTotals], scansByLanguage, scansByWeek, [passes], [uses], byProducer] = await Promise.all([
      this.dataSource.query(`SELECT coalesce(sum(s.count), 0)::int AS scans, coalesce(sum(s.count) FILTER (WHERE s.from_qr), 0)::int AS "fromQr" ${scans}`, parameters),
      this.dataSource.query(`SELECT s.lang, sum(s.count)::int AS count ${scans} GROUP BY s.lang ORDER BY count DESC, s.lang`, parameters),
      this.dataSource.query(weekly(`SELECT date_trunc('week', s.day::timestamp)::date AS week, sum(s.count) AS count ${scans} GROUP BY 1`), parameters) as Promise<WeekCount[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS passes, coalesce(sum(p.guests), 0)::int AS guests FROM passes p WHERE p.accommodation_id = $1 AND p.status = 'active' AND p.arrival BETWEEN $2 AND $3`,
        parameters,
      ),
      this.dataSource.query(`SELECT count(*)::int AS redemptions, coalesce(sum(r.amount_cents), 0)::float8 AS spending ${used}`, parameters),
      namedCounts(this.dataSource, `SELECT p.id, p.name, r.amount_cents ${used.replace('FROM redemptions r', 'FROM redemptions r JOIN producers p ON p.id = r.producer_id')}`, parameters),
    ]);
    return {
      period,
      scans: scanTotals.scans,
      scansFromQr: scanTotals.fromQr,
      scansByLanguage,
      scansByWeek,
      passes: passes.passes,
      guests: passes.guests,
      redemptions: uses.redemptions,
      declaredSpendingCents: uses.spending,
      byProducer,
    };
  }
}
