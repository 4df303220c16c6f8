import { Injectable } from '@nestjs/common';
import { queryRows, ReadDatabase, type ReadSource } from '#database';
import type { ContentKey, Showcase, ShowcaseKey, ShowcaseProducer, ShowcaseTerritory } from './showcase.js';

export type ShowcasePlace = Omit<ShowcaseProducer, 'distanceKm' | 'offers'>;

/** Which producers `producersShown` reads, and where their distance is measured from. */
export interface ShownProducers {
  territoryId: string;
  /** The day whose offers are shown (published and valid that day). */
  day: string;
  /** Nearest first from this accommodation; without one, every distance is 0 and the order is by name. */
  fromAccommodationId?: string;
  /** Only this producer. */
  producerId?: string;
}

/** What a page is cached under, read from its territory (`ContentKey`). */
const KEY_COLUMNS = 't.id AS "territoryId", t.content_version::text AS "contentVersion", t.time_zone AS "timeZone"';

/** Every SQL query of the showcase, in one place: the service keeps the rules (which day, which order, what an empty producer is). */
@Injectable()
export class ShowcaseQueries {
  /** The replica where it has what the page needs (see ReadDatabase), else the primary. */
  private readonly dataSource: ReadSource;

  constructor(reads: ReadDatabase) {
    this.dataSource = reads.content;
  }

  /** What a page of an active accommodation's code is cached under. */
  async key(code: string): Promise<ShowcaseKey | undefined> {
    const [row] = await queryRows<ShowcaseKey>(
      this.dataSource,
      `SELECT a.id AS "accommodationId", ${KEY_COLUMNS}
         FROM accommodations a JOIN territories t ON t.id = a.territory_id
        WHERE a.code = $1 AND a.status = 'active'`,
      [code],
    );
    return row;
  }

  /** What the page of an active producer's code is cached under. */
  async producerKey(code: string): Promise<ContentKey | undefined> {
    const [row] = await queryRows<ContentKey>(
      this.dataSource,
      `SELECT ${KEY_COLUMNS} FROM producers p JOIN territories t ON t.id = p.territory_id
        WHERE p.code = $1 AND p.status = 'active'`,
      [code],
    );
    return row;
  }

  /** What the page of a territory's code is cached under. */
  async territoryKey(code: string): Promise<ContentKey | undefined> {
    const [row] = await queryRows<ContentKey>(this.dataSource, `SELECT ${KEY_COLUMNS} FROM territories t WHERE t.code = $1`, [code]);
    return row;
  }

  async accommodation(accommodationId: string): Promise<Showcase['accommodation']> {
    const [accommodation] = await queryRows<Showcase['accommodation']>(
      this.dataSource,
      `SELECT a.id, a.code, a.name, a.kind, a.address, a.postcode, a.commune, a.insee_code AS "inseeCode", a.latitude, a.longitude FROM accommodations a WHERE a.id = $1`,
      [accommodationId],
    );
    return accommodation;
  }

  async territory(territoryId: string): Promise<ShowcaseTerritory> {
    const [territory] = await queryRows<ShowcaseTerritory>(this.dataSource, `SELECT ${TERRITORY_COLUMNS} FROM territories t WHERE t.id = $1`, [territoryId]);
    return territory;
  }

  async territoryByCode(code: string): Promise<(ShowcaseTerritory & { code: string }) | undefined> {
    const [territory] = await queryRows<ShowcaseTerritory & { code: string }>(
      this.dataSource,
      `SELECT ${TERRITORY_COLUMNS}, t.code FROM territories t WHERE t.code = $1`,
      [code],
    );
    return territory;
  }

  /** A territory with its content version, which changes whenever any of its directory does. */
  async versionedTerritory(territoryId: string): Promise<(ShowcaseTerritory & { code: string; contentVersion: string }) | undefined> {
    const [territory] = await queryRows<ShowcaseTerritory & { code: string; contentVersion: string }>(
      this.dataSource,
      `SELECT ${TERRITORY_COLUMNS}, t.code, t.content_version::text AS "contentVersion" FROM territories t WHERE t.id = $1`,
      [territoryId],
    );
    return territory;
  }

  /** The territory of an active producer, by the producer's code. */
  async territoryOfProducer(code: string): Promise<(ShowcaseTerritory & { producerId: string }) | undefined> {
    const [row] = await queryRows<ShowcaseTerritory & { producerId: string }>(
      this.dataSource,
      `SELECT p.id AS "producerId", ${TERRITORY_COLUMNS} FROM producers p JOIN territories t ON t.id = p.territory_id WHERE p.code = $1 AND p.status = 'active'`,
      [code],
    );
    return row;
  }

  async producer(producerId: string): Promise<ShowcasePlace> {
    const [producer] = await queryRows<ShowcasePlace>(this.dataSource, `SELECT ${PRODUCER_COLUMNS} FROM producers p WHERE p.id = $1`, [producerId]);
    return producer;
  }

  /** Every active producer of a territory with its offers shown on `day` (none is fine), by name. */
  activeProducers(territoryId: string, day: string): Promise<ShowcaseProducer[]> {
    return queryRows<ShowcaseProducer>(
      this.dataSource,
      `SELECT ${PRODUCER_COLUMNS}, 0::float8 AS "distanceKm",
              coalesce(json_agg(${OFFER_JSON} ORDER BY o.kind, o.created_at) FILTER (WHERE o.id IS NOT NULL), '[]') AS offers
         FROM producers p
         LEFT JOIN offers o ON ${SHOWN_OFFER}
        WHERE p.territory_id = $1 AND p.status = 'active'
        GROUP BY p.id
        ORDER BY p.name, p.id`,
      [territoryId, day],
    );
  }

  /** The active producers with offers shown on the day, with those offers. */
  producersShown(shown: ShownProducers): Promise<ShowcaseProducer[]> {
    const params: unknown[] = [shown.territoryId, shown.day];
    const from = shown.fromAccommodationId ? 'a.location' : 'p.location';
    const join = shown.fromAccommodationId ? `JOIN accommodations a ON a.id = $${params.push(shown.fromAccommodationId)}` : '';
    const onlyOne = shown.producerId ? `AND p.id = $${params.push(shown.producerId)}` : '';
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

export const TERRITORY_COLUMNS = `t.id, t.name, t.languages, t.time_zone AS "timeZone", t.primary_color AS "primaryColor", t.logo_url AS "logoUrl",
  t.contact_email AS "contactEmail", t.contact_phone AS "contactPhone"`;

/**
 * An offer is shown on day $2: published and valid that day, of a producer whose membership has not
 * lapsed where its territory withholds lapsed members' offers (`tp_offers_withheld`, the association's rule kept in SQL).
 */
const SHOWN_OFFER = `o.producer_id = p.id AND o.status = 'published' AND o.valid_from <= $2 AND (o.valid_to IS NULL OR o.valid_to >= $2)
  AND NOT tp_offers_withheld(p.id, $2)`;

export const OFFER_JSON = `json_build_object(
  'id', o.id, 'title', o.title, 'conditions', o.conditions, 'kind', o.kind, 'value', o.value,
  'minPurchaseCents', o.min_purchase_cents, 'validFrom', o.valid_from, 'validTo', o.valid_to, 'usesPerPass', o.uses_per_pass)`;

export const PRODUCER_COLUMNS = `p.id, p.code, p.slug, p.name, p.description, p.categories, p.address, p.postcode, p.commune, p.insee_code AS "inseeCode", p.latitude, p.longitude,
  p.phone, p.website, p.opening_hours AS "openingHours", p.hours_note AS "hoursNote", p.labels, p.visit_conditions AS "visitConditions"`;
