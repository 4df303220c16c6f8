import { Injectable } from '@nestjs/common';
import { queryRows, ReadDatabase, type ReadSource } from '#database';
import type {
  AccommodationCounts,
  AccommodationFigures,
  CommuneCounts,
  FiguresPeriod,
  FlowCount,
  HostCounts,
  MembershipCounts,
  NamedCount,
  OfferCounts,
  PeriodCounts,
  ProducerFigures,
  TerritoryFigures,
  UsesRecordedVia,
  WeekCount,
} from './figures.js';
import { periodSeries, type SeriesSource } from './period-series.js';
import { accommodationRollups } from '../rollups/accommodation-rollups.js';
import { offerViewRollups } from '../rollups/offer-view-rollups.js';

/** What a territory's season and the same span a year earlier are compared on. */
export type TerritoryTotals = Pick<
  TerritoryFigures,
  'scans' | 'scansFromQr' | 'passes' | 'guests' | 'redemptions' | 'declaredSpendingCents' | 'usesRecordedVia' | 'producersTakingPart' | 'byMonth'
>;

/** Where a producer, accommodation or territory belongs, for access checks and its calendar. */
export interface FiguresScope {
  territoryId: string;
  /** The territory's name. */
  name: string;
  timeZone: string;
}

// Every query reads $1 the producer, accommodation or territory, $2 the first day, $3 the last day.
const usesOf = (column: string) => `FROM redemptions r WHERE r.${column} = $1 AND r.voided_at IS NULL AND r.redeemed_on BETWEEN $2 AND $3`;
/** The daily rollups (openings, active passes by arrival, uses not voided): what is counted by day is read there, never from the raw rows. */
const TERRITORY_DAYS = `FROM territory_days d WHERE d.territory_id = $1 AND d.day BETWEEN $2 AND $3`;
const ACCOMMODATION_DAYS = `FROM accommodation_days d WHERE d.accommodation_id = $1 AND d.day BETWEEN $2 AND $3`;
const TERRITORY_USES = usesOf('territory_id');
/**
 * A territory's uses with their producer: a use's producer is its territory's (its offer's), so it
 * is found among the territory's 20 producers, where a join on the id alone hashes the country's.
 */
const TERRITORY_USES_AT_PRODUCERS = TERRITORY_USES.replace(
  'FROM redemptions r',
  'FROM redemptions r JOIN producers p ON p.id = r.producer_id AND p.territory_id = $1',
);

/** The uses of a `usesOf` counted by how they were recorded, in the same pass over the rows as their total. */
const RECORDED_VIA = `count(*) FILTER (WHERE r.recorded_via = 'phone')::int AS phone,
  count(*) FILTER (WHERE r.recorded_via = 'tally_sheet')::int AS "tallySheet", count(*) FILTER (WHERE r.recorded_via = 'coupon')::int AS coupon`;
const recordedVia = (row: UsesRecordedVia): UsesRecordedVia => ({ phone: row.phone, tallySheet: row.tallySheet, coupon: row.coupon });

const usesSeries = (uses: string): SeriesSource => ({ from: uses, day: 'r.redeemed_on', sums: { count: { aggregate: 'count(*)', type: 'int' } } });
const TERRITORY_SERIES: SeriesSource[] = [
  {
    from: TERRITORY_DAYS,
    day: 'd.day',
    sums: {
      scans: { aggregate: 'sum(d.openings)', type: 'int' },
      redemptions: { aggregate: 'sum(d.uses)', type: 'int' },
      declaredSpendingCents: { aggregate: 'sum(d.spending_cents)', type: 'float8' },
    },
  },
];

/** Per accommodation: page openings, passes and uses of its guests, in the period (its whole months read as months). */
const PER_ACCOMMODATION = `
  SELECT a.id, a.name, a.commune,
         coalesce(d.scans, 0)::int AS scans, coalesce(d.passes, 0)::int AS passes,
         coalesce(d.redemptions, 0)::int AS redemptions, coalesce(d.spending, 0)::float8 AS "declaredSpendingCents"
    FROM accommodations a
    LEFT JOIN (SELECT d.accommodation_id, sum(d.openings) AS scans, sum(d.passes) AS passes, sum(d.uses) AS redemptions, sum(d.spending_cents) AS spending
                 FROM (${accommodationRollups({ territory: '$1', from: '$2', to: '$3' }, ['openings', 'passes', 'uses', 'spending_cents'])}) d
                GROUP BY 1) d ON d.accommodation_id = a.id
   WHERE a.territory_id = $1 AND (a.status = 'active' OR d.scans > 0 OR d.passes > 0 OR d.redemptions > 0)`;

/** Uses and spending per named thing (`rows` of id, name, amount_cents), most used first. */
const namedCounts = (rows: string) => `
  SELECT u.id, u.name, count(*)::int AS redemptions, coalesce(sum(u.amount_cents), 0)::float8 AS "declaredSpendingCents"
    FROM (${rows}) u GROUP BY u.id, u.name ORDER BY redemptions DESC, u.name`;

/**
 * Views and uses of each offer of a producer or of a territory seen or used in the period: only the
 * scope's rows are read (a use carries its offer's producer and territory, a view its offer's
 * territory), the views of whole months from their monthly rollup.
 */
const offerCounts = (scope: 'producer' | 'territory') => `
  WITH scoped AS (SELECT o.id, o.title FROM offers o WHERE o.${scope}_id = $1)
  SELECT o.id, o.title->>'fr' AS name, o.title, coalesce(v.views, 0)::int AS views,
         coalesce(u.redemptions, 0)::int AS redemptions, coalesce(u.spending, 0)::float8 AS "declaredSpendingCents",
         round(100.0 * coalesce(u.redemptions, 0) / nullif(v.views, 0), 1)::float8 AS "usesPer100Views"
    FROM scoped o
    LEFT JOIN (SELECT v.offer_id, sum(v.views) AS views
                 FROM (${offerViewRollups((r) => (scope === 'territory' ? `${r}.territory_id = $1` : `${r}.offer_id IN (SELECT id FROM scoped)`), '$2', '$3')}) v
                GROUP BY 1) v ON v.offer_id = o.id
    LEFT JOIN (SELECT r.offer_id, count(*) AS redemptions, sum(r.amount_cents) AS spending ${usesOf(`${scope}_id`)} GROUP BY 1) u ON u.offer_id = o.id
   WHERE v.views > 0 OR u.redemptions > 0
   ORDER BY redemptions DESC, views DESC, name`;

/** Uses and spending per commune: of the guests staying there (by their accommodation), and at its producers. */
const PER_COMMUNE = `
  WITH stays AS (
         SELECT x.commune, count(*) FILTER (WHERE x.scans > 0 OR x.passes > 0 OR x.redemptions > 0)::int AS accommodations,
                sum(x.scans)::int AS scans, sum(x.passes)::int AS passes, sum(x.redemptions)::int AS "guestUses"
           FROM (${PER_ACCOMMODATION}) x GROUP BY x.commune),
       visits AS (
         SELECT p.commune, count(*)::int AS "producerUses", coalesce(sum(r.amount_cents), 0)::float8 AS "producerSpendingCents"
           ${TERRITORY_USES_AT_PRODUCERS} GROUP BY p.commune)
  SELECT coalesce(s.commune, v.commune) AS commune, coalesce(s.accommodations, 0) AS accommodations, coalesce(s.scans, 0) AS scans,
         coalesce(s.passes, 0) AS passes, coalesce(s."guestUses", 0) AS "guestUses",
         coalesce(v."producerUses", 0) AS "producerUses", coalesce(v."producerSpendingCents", 0) AS "producerSpendingCents"
    FROM stays s FULL JOIN visits v ON v.commune = s.commune
   WHERE coalesce(s.scans, 0) + coalesce(s.passes, 0) + coalesce(s."guestUses", 0) + coalesce(v."producerUses", 0) > 0
   ORDER BY coalesce(s."guestUses", 0) + coalesce(v."producerUses", 0) DESC, scans DESC, commune`;

/** Every SQL query of the figures, in one place: services keep the rules (who sees what, which period). */
@Injectable()
export class FiguresRepository {
  /** The replica while it is at most FIGURES_MAX_LAG_MS behind, else the primary. */
  private readonly dataSource: ReadSource;

  constructor(reads: ReadDatabase) {
    this.dataSource = reads.figures;
  }

  async scopeOf(kind: 'producer' | 'accommodation' | 'territory', id: string): Promise<FiguresScope | undefined> {
    const from = {
      producer: 'producers x JOIN territories t ON t.id = x.territory_id',
      accommodation: 'accommodations x JOIN territories t ON t.id = x.territory_id',
      territory: 'territories t JOIN territories x ON x.id = t.id',
    }[kind];
    const [scope] = await queryRows<FiguresScope>(
      this.dataSource,
      `SELECT t.id AS "territoryId", t.name, t.time_zone AS "timeZone" FROM ${from} WHERE x.id = $1`,
      [id],
    );
    return scope;
  }

  async producer(producerId: string, period: FiguresPeriod): Promise<Omit<ProducerFigures, 'period'>> {
    const q = this.query([producerId, period.from, period.to]);
    const uses = usesOf('producer_id');
    const [[totals], byOffer, byAccommodation, byWeek] = await Promise.all([
      q<{ redemptions: number; spending: number; passes: number } & UsesRecordedVia>(
        `SELECT count(*)::int AS redemptions, coalesce(sum(r.amount_cents), 0)::float8 AS spending, count(DISTINCT r.pass_id)::int AS passes, ${RECORDED_VIA} ${uses}`,
      ),
      q<OfferCounts>(offerCounts('producer')),
      q<NamedCount>(
        namedCounts(
          `SELECT a.id, a.name, r.amount_cents ${uses.replace('FROM redemptions r', 'FROM redemptions r JOIN accommodations a ON a.id = r.accommodation_id')}`,
        ),
      ),
      q<WeekCount>(periodSeries('week', 'week', [usesSeries(uses)])),
    ]);
    return {
      redemptions: totals.redemptions,
      declaredSpendingCents: totals.spending,
      usesRecordedVia: recordedVia(totals),
      passes: totals.passes,
      byOffer,
      byAccommodation,
      byWeek,
    };
  }

  async accommodation(accommodationId: string, period: FiguresPeriod): Promise<Omit<AccommodationFigures, 'period'>> {
    const q = this.query([accommodationId, period.from, period.to]);
    const uses = usesOf('accommodation_id');
    const [[totals], scansByLanguage, scansByWeek, byProducer] = await Promise.all([
      q<{ scans: number; fromQr: number; passes: number; guests: number; redemptions: number; spending: number }>(
        `SELECT coalesce(sum(d.openings), 0)::int AS scans, coalesce(sum(d.openings_from_qr), 0)::int AS "fromQr",
                coalesce(sum(d.passes), 0)::int AS passes, coalesce(sum(d.guests), 0)::int AS guests,
                coalesce(sum(d.uses), 0)::int AS redemptions, coalesce(sum(d.spending_cents), 0)::float8 AS spending ${ACCOMMODATION_DAYS}`,
      ),
      q<{ lang: string; count: number }>(
        `SELECT l.key AS lang, sum(l.value::int)::int AS count
           ${ACCOMMODATION_DAYS.replace('FROM accommodation_days d', 'FROM accommodation_days d CROSS JOIN LATERAL jsonb_each_text(d.openings_by_lang) l')}
          GROUP BY l.key ORDER BY count DESC, l.key`,
      ),
      q<WeekCount>(periodSeries('week', 'week', [{ from: ACCOMMODATION_DAYS, day: 'd.day', sums: { count: { aggregate: 'sum(d.openings)', type: 'int' } } }])),
      q<NamedCount>(
        namedCounts(`SELECT p.id, p.name, r.amount_cents ${uses.replace('FROM redemptions r', 'FROM redemptions r JOIN producers p ON p.id = r.producer_id')}`),
      ),
    ]);
    return {
      scans: totals.scans,
      scansFromQr: totals.fromQr,
      scansByLanguage,
      scansByWeek,
      passes: totals.passes,
      guests: totals.guests,
      redemptions: totals.redemptions,
      declaredSpendingCents: totals.spending,
      byProducer,
    };
  }

  /** The first and last days of a territory with page openings or uses between two days. */
  async activitySpan(territoryId: string, from: string, to: string): Promise<{ first: string; last: string } | undefined> {
    const [span] = await queryRows<{ first: string | null; last: string | null }>(
      this.dataSource,
      `SELECT min(d.day)::text AS first, max(d.day)::text AS last ${TERRITORY_DAYS} AND (d.openings > 0 OR d.uses > 0)`,
      [territoryId, from, to],
    );
    return span?.first && span.last ? { first: span.first, last: span.last } : undefined;
  }

  /** Openings, passes and uses of a territory in a period, with each month's. */
  async territoryTotals(territoryId: string, period: FiguresPeriod): Promise<TerritoryTotals> {
    const q = this.query([territoryId, period.from, period.to]);
    const [[days], [producers], byMonth] = await Promise.all([
      q<{ scans: number; fromQr: number; passes: number; guests: number; redemptions: number; spending: number } & UsesRecordedVia>(
        `SELECT coalesce(sum(d.openings), 0)::int AS scans, coalesce(sum(d.openings_from_qr), 0)::int AS "fromQr",
                coalesce(sum(d.passes), 0)::int AS passes, coalesce(sum(d.guests), 0)::int AS guests,
                coalesce(sum(d.uses), 0)::int AS redemptions, coalesce(sum(d.spending_cents), 0)::float8 AS spending,
                coalesce(sum(d.uses_phone), 0)::int AS phone, coalesce(sum(d.uses_tally_sheet), 0)::int AS "tallySheet", coalesce(sum(d.uses_coupon), 0)::int AS coupon
           ${TERRITORY_DAYS}`,
      ),
      // producers are counted once over the period: no daily sum gives that, the territory's uses are read by their index
      q<{ producers: number }>(`SELECT count(DISTINCT r.producer_id)::int AS producers ${TERRITORY_USES}`),
      q<PeriodCounts>(periodSeries('month', 'period', TERRITORY_SERIES)),
    ]);
    return {
      scans: days.scans,
      scansFromQr: days.fromQr,
      passes: days.passes,
      guests: days.guests,
      redemptions: days.redemptions,
      declaredSpendingCents: days.spending,
      usesRecordedVia: recordedVia(days),
      producersTakingPart: producers.producers,
      byMonth,
    };
  }

  async territory(
    territoryId: string,
    period: FiguresPeriod,
  ): Promise<
    Omit<TerritoryFigures, 'period' | 'territory' | 'accommodationsTakingPart' | 'previous' | 'siteVisits' | 'siteVisitsByPage' | keyof TerritoryTotals>
  > {
    const q = this.query([territoryId, period.from, period.to]);
    const [[directory], byWeek, producers, offersUsed, communes, accommodations, hosts, flow, [membership]] = await Promise.all([
      q<{ producers: number; accommodations: number; offers: number; joinRequests: number; joinRequestsAccepted: number }>(`SELECT
          (SELECT count(*)::int FROM producers WHERE territory_id = $1 AND status = 'active') AS producers,
          (SELECT count(*)::int FROM join_requests j JOIN territories t ON t.id = j.territory_id
            WHERE j.territory_id = $1 AND (j.created_at AT TIME ZONE t.time_zone)::date BETWEEN $2 AND $3) AS "joinRequests",
          (SELECT count(*)::int FROM join_requests j JOIN territories t ON t.id = j.territory_id
            WHERE j.territory_id = $1 AND j.status = 'accepted' AND (j.decided_at AT TIME ZONE t.time_zone)::date BETWEEN $2 AND $3) AS "joinRequestsAccepted",
          (SELECT count(*)::int FROM accommodations WHERE territory_id = $1 AND status = 'active') AS accommodations,
          (SELECT count(*)::int FROM offers WHERE territory_id = $1 AND status = 'published' AND valid_from <= $3 AND (valid_to IS NULL OR valid_to >= $2)) AS offers`),
      q<PeriodCounts>(periodSeries('week', 'period', TERRITORY_SERIES)),
      q<NamedCount>(namedCounts(`SELECT p.id, p.name, r.amount_cents ${TERRITORY_USES_AT_PRODUCERS}`)),
      q<OfferCounts>(offerCounts('territory')),
      q<CommuneCounts>(PER_COMMUNE),
      q<AccommodationCounts>(`${PER_ACCOMMODATION} ORDER BY redemptions DESC, scans DESC, a.name`),
      // the hosts' accommodations found by the territory, not by each membership's and accommodation's random id (a page of a key each, cold)
      q<HostCounts>(`
        WITH h AS MATERIALIZED (SELECT membership_id, accommodation_id FROM host_accommodations WHERE territory_id = $1),
             x AS MATERIALIZED (${PER_ACCOMMODATION})
        SELECT m.id, coalesce(u.name, string_agg(x.name, ', ' ORDER BY x.name)) AS name, count(*)::int AS accommodations,
               sum(x.scans)::int AS scans, sum(x.passes)::int AS passes, sum(x.redemptions)::int AS redemptions, sum(x."declaredSpendingCents")::float8 AS "declaredSpendingCents"
          FROM memberships m
          JOIN users u ON u.id = m.user_id
          JOIN h ON h.membership_id = m.id
          JOIN x ON x.id = h.accommodation_id
         WHERE m.territory_id = $1 AND m.role = 'host' AND m.status = 'active'
         GROUP BY m.id, u.name
         ORDER BY redemptions DESC, scans DESC, name`),
      // counted per pair first, then named among the territory's accommodations and producers (a use's are its territory's), both
      // read by the territory's index and hashed: looked up pair by pair, each accommodation's random id cost a page of the key
      q<FlowCount>(`
        WITH a AS MATERIALIZED (SELECT id, name FROM accommodations WHERE territory_id = $1),
             p AS MATERIALIZED (SELECT id, name FROM producers WHERE territory_id = $1)
        SELECT f.accommodation_id AS "accommodationId", a.name AS accommodation, f.producer_id AS "producerId", p.name AS producer, f.redemptions
          FROM (SELECT r.accommodation_id, r.producer_id, count(*)::int AS redemptions ${TERRITORY_USES} GROUP BY 1, 2) f
          JOIN a ON a.id = f.accommodation_id
          JOIN p ON p.id = f.producer_id
         ORDER BY redemptions DESC, accommodation, producer`),
      // the association's members of the membership year the period ends in (no row: it manages none)
      q<MembershipCounts>(`
        SELECT y.year, count(*) FILTER (WHERE my.active AND my.producer_id IS NOT NULL)::int AS "activeProducers",
               count(*) FILTER (WHERE my.active AND my.host_membership_id IS NOT NULL)::int AS "activeHosts", coalesce(sum(my.paid_cents), 0)::int AS "paidCents"
          FROM membership_terms mt
         CROSS JOIN LATERAL (SELECT tp_membership_year(mt.year_starts_month, $3::date) AS year) y
          LEFT JOIN member_years my ON my.territory_id = mt.territory_id AND my.year = y.year
         WHERE mt.territory_id = $1 AND $2::date IS NOT NULL
         GROUP BY y.year`),
    ]);
    return {
      activeProducers: directory.producers,
      activeAccommodations: directory.accommodations,
      offers: directory.offers,
      joinRequests: directory.joinRequests,
      joinRequestsAccepted: directory.joinRequestsAccepted,
      byWeek,
      producers,
      offersUsed,
      communes,
      accommodations,
      hosts,
      flow,
      ...(membership ? { membership } : {}),
    };
  }

  private query(parameters: unknown[]) {
    return <T>(sql: string) => queryRows<T>(this.dataSource, sql, parameters);
  }
}
