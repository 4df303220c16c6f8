import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { todayIn } from '#common';
import { queryRows } from '#database';
import type { Showcase, ShowcaseProducer, ShowcaseTerritory } from './showcase.js';
import { ShowcaseKeys, type ShowcaseKey } from './showcase-keys.js';

const TERRITORY_COLUMNS = `t.id, t.name, t.languages, t.time_zone AS "timeZone", t.primary_color AS "primaryColor", t.logo_url AS "logoUrl",
  t.contact_email AS "contactEmail", t.contact_phone AS "contactPhone"`;

/** The public, read-only side of the directory that the tourist pages show. */
@Injectable()
export class ShowcaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: ShowcaseKeys,
  ) {}

  /** Cheap look-up of an active accommodation's code: what a cached page is keyed by. */
  keyOf(code: string): Promise<ShowcaseKey | undefined> {
    return this.keys.of(code);
  }

  /** The producers with offers shown today, nearest first from the accommodation. */
  async forAccommodation(key: ShowcaseKey, now = new Date()): Promise<Showcase> {
    const today = todayIn(key.timeZone, now);
    const [[accommodation], [territory]] = await Promise.all([
      queryRows<Showcase['accommodation']>(
        this.dataSource,
        `SELECT a.id, a.code, a.name, a.kind, a.address, a.postcode, a.commune, a.latitude, a.longitude FROM accommodations a WHERE a.id = $1`,
        [key.accommodationId],
      ),
      queryRows<ShowcaseTerritory>(this.dataSource, `SELECT ${TERRITORY_COLUMNS} FROM territories t WHERE t.id = $1`, [key.territoryId]),
    ]);
    const producers = await this.producersShown(key.territoryId, today, `a.location`, `JOIN accommodations a ON a.id = $3`, [key.accommodationId]);
    return { accommodation, territory, today, producers };
  }

  /** One producer of a territory, by its code, with its offers shown today (distance from the territory's nearest point: none). */
  async producerByCode(code: string, now = new Date()): Promise<{ producer: ShowcaseProducer; territory: ShowcaseTerritory; today: string } | undefined> {
    const [row] = await queryRows<ShowcaseTerritory & { producerId: string }>(
      this.dataSource,
      `SELECT p.id AS "producerId", ${TERRITORY_COLUMNS} FROM producers p JOIN territories t ON t.id = p.territory_id WHERE p.code = $1 AND p.status = 'active'`,
      [code],
    );
    if (!row) return undefined;
    const { producerId, ...territory } = row;
    const today = todayIn(territory.timeZone, now);
    const [producer] = await this.producersShown(territory.id, today, 'p.location', '', [], producerId);
    const empty: ShowcaseProducer = { ...(await this.producerAlone(producerId)), distanceKm: 0, offers: [] };
    return { producer: producer ?? empty, territory, today };
  }

  /**
   * What a brochure prints: the producers with offers published and valid on `date`, nearest first
   * from the accommodation when one is given (by name otherwise, distance 0).
   */
  async onDate(territoryId: string, date: string, accommodationId?: string): Promise<ShowcaseProducer[]> {
    if (accommodationId) return this.producersShown(territoryId, date, 'a.location', 'JOIN accommodations a ON a.id = $3', [accommodationId]);
    const producers = await this.producersShown(territoryId, date, 'p.location', '', []);
    return producers.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  /** A territory's public page: every producer with offers shown today. */
  async territoryByCode(
    code: string,
    now = new Date(),
  ): Promise<{ territory: ShowcaseTerritory & { code: string }; producers: ShowcaseProducer[]; today: string } | undefined> {
    const [territory] = await queryRows<ShowcaseTerritory & { code: string }>(
      this.dataSource,
      `SELECT ${TERRITORY_COLUMNS}, t.code FROM territories t WHERE t.code = $1`,
      [code],
    );
    if (!territory) return undefined;
    const today = todayIn(territory.timeZone, now);
    return { territory, producers: await this.producersShown(territory.id, today, 'p.location', '', []), today };
  }

  /**
   * Open data: every active producer of a territory, with its offers shown today (none is fine),
   * by name; and the territory's content version, which changes whenever any of it does.
   */
  async openData(
    territoryId: string,
    now = new Date(),
  ): Promise<{ territory: ShowcaseTerritory & { code: string; contentVersion: string }; today: string; producers: ShowcaseProducer[] } | undefined> {
    const [territory] = await queryRows<ShowcaseTerritory & { code: string; contentVersion: string }>(
      this.dataSource,
      `SELECT ${TERRITORY_COLUMNS}, t.code, t.content_version::text AS "contentVersion" FROM territories t WHERE t.id = $1`,
      [territoryId],
    );
    if (!territory) return undefined;
    const today = todayIn(territory.timeZone, now);
    const producers = await queryRows<ShowcaseProducer>(
      this.dataSource,
      `SELECT ${PRODUCER_COLUMNS}, 0::float8 AS "distanceKm",
              coalesce(json_agg(${OFFER_JSON} ORDER BY o.kind, o.created_at) FILTER (WHERE o.id IS NOT NULL), '[]') AS offers
         FROM producers p
         LEFT JOIN offers o ON ${SHOWN_OFFER}
        WHERE p.territory_id = $1 AND p.status = 'active'
        GROUP BY p.id
        ORDER BY p.name, p.id`,
      [territoryId, today],
    );
    return { territory, today, producers };
  }

  private async producerAlone(producerId: string): Promise<Omit<ShowcaseProducer, 'distanceKm' | 'offers'>> {
    const [producer] = await queryRows<Omit<ShowcaseProducer, 'distanceKm' | 'offers'>>(
      this.dataSource,
      `SELECT ${PRODUCER_COLUMNS} FROM producers p WHERE p.id = $1`,
      [producerId],
    );
    return producer;
  }

  private async producersShown(
    territoryId: string,
    today: string,
    from: string,
    join: string,
    extra: unknown[],
    onlyProducerId?: string,
  ): Promise<ShowcaseProducer[]> {
    const params: unknown[] = [territoryId, today, ...extra];
    const onlyOne = onlyProducerId ? `AND p.id = $${params.push(onlyProducerId)}` : '';
    return queryRows<ShowcaseProducer>(
      this.dataSource,
      `SELECT ${PRODUCER_COLUMNS},
              round((earth_distance(${from}, p.location) / 1000)::numeric, 2)::float8 AS "distanceKm",
              json_agg(${OFFER_JSON} ORDER BY o.kind, o.created_at) AS offers
         FROM producers p
         JOIN offers o ON ${SHOWN_OFFER}
         ${join}
        WHERE p.territory_id = $1 AND p.status = 'active' ${onlyOne}
        GROUP BY p.id${join ? ', a.location' : ''}
        ORDER BY "distanceKm", p.name`,
      params,
    );
  }
}

/** An offer is shown on day $2: published and valid that day. */
const SHOWN_OFFER = `o.producer_id = p.id AND o.status = 'published' AND o.valid_from <= $2 AND (o.valid_to IS NULL OR o.valid_to >= $2)`;

const OFFER_JSON = `json_build_object(
  'id', o.id, 'title', o.title, 'conditions', o.conditions, 'kind', o.kind, 'value', o.value,
  'minPurchaseCents', o.min_purchase_cents, 'validFrom', o.valid_from, 'validTo', o.valid_to, 'usesPerPass', o.uses_per_pass)`;

const PRODUCER_COLUMNS = `p.id, p.code, p.name, p.description, p.categories, p.address, p.postcode, p.commune, p.latitude, p.longitude,
  p.phone, p.website, p.opening_hours AS "openingHours", p.labels, p.visit_conditions AS "visitConditions"`;
