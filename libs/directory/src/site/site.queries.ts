import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { queryRows, ReadDatabase, type ReadSource } from '#database';
import { Producer } from '../producers/producer.entity.js';
import { PRODUCER_SEARCH_TEXT } from '../producers/producers.service.js';
import { whereTextContains } from '../shared/list-page.js';
import { OFFER_JSON, TERRITORY_COLUMNS } from '../showcase/showcase.queries.js';
import type { ComingOffer, ListedAccommodation, ProducerFilters, SiteListing, SiteTerritory } from './site.js';

const SITE_TERRITORY_COLUMNS = `${TERRITORY_COLUMNS}, t.slug, t.code, t.domains, t.secondary_color AS "secondaryColor", t.website,
  t.content_version::text AS "contentVersion"`;

/** Every SQL query of the public site that the showcase does not already answer. */
@Injectable()
export class SiteQueries {
  /** The replica where it has what the page needs (see ReadDatabase), else the primary. */
  private readonly dataSource: ReadSource;

  constructor(
    @InjectDataSource() private readonly primary: DataSource,
    reads: ReadDatabase,
  ) {
    this.dataSource = reads.content;
  }

  async territoryOfHost(hostname: string): Promise<SiteTerritory | undefined> {
    const [territory] = await queryRows<SiteTerritory>(
      this.dataSource,
      `SELECT ${SITE_TERRITORY_COLUMNS} FROM territories t WHERE t.domains @> ARRAY[$1]::text[]`,
      [hostname],
    );
    return territory;
  }

  async territoryOfSlug(slug: string): Promise<SiteTerritory | undefined> {
    const [territory] = await queryRows<SiteTerritory>(this.dataSource, `SELECT ${SITE_TERRITORY_COLUMNS} FROM territories t WHERE t.slug = $1`, [slug]);
    return territory;
  }

  territories(): Promise<SiteListing[]> {
    return queryRows<SiteListing>(this.dataSource, `SELECT t.slug, t.name, t.domains FROM territories t ORDER BY t.name, t.slug`);
  }

  /** An active producer by its slug, or by one it had before (then `former`). */
  async producerOfSlug(territoryId: string, slug: string): Promise<{ id: string; slug: string; former: boolean } | undefined> {
    const [found] = await queryRows<{ id: string; slug: string; former: boolean }>(
      this.dataSource,
      `SELECT p.id, p.slug, p.slug <> $2 AS former
         FROM producers p
        WHERE p.territory_id = $1 AND p.status = 'active'
          AND (p.slug = $2 OR p.id = (SELECT f.producer_id FROM producer_former_slugs f WHERE f.territory_id = $1 AND f.slug = $2))
        ORDER BY former
        LIMIT 1`,
      [territoryId, slug],
    );
    return found;
  }

  /** The active producers matching the filters: the API's own search (`tp_search_text` by words, `tp_place_key` for the commune). */
  async producerIdsMatching(territoryId: string, filters: ProducerFilters): Promise<Set<string>> {
    // the primary's DataSource only builds the SQL, which runs where the other reads of the site do
    const qb = this.primary
      .getRepository(Producer)
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .where(`p.territory_id = :territoryId AND p.status = 'active'`, { territoryId });
    if (filters.category) qb.andWhere('p.categories @> ARRAY[:category]::text[]', { category: filters.category });
    if (filters.commune) qb.andWhere('tp_place_key(p.commune) = tp_place_key(:commune)', { commune: filters.commune });
    whereTextContains(qb, PRODUCER_SEARCH_TEXT, filters.q);
    const rows = await queryRows<{ id: string }>(this.dataSource, ...qb.getQueryAndParameters());
    return new Set(rows.map((row) => row.id));
  }

  /** Offers of active producers published for a day after `day`, soonest first. */
  comingOffers(territoryId: string, day: string): Promise<ComingOffer[]> {
    return queryRows<ComingOffer>(
      this.dataSource,
      `SELECT (${OFFER_JSON}::jsonb || jsonb_build_object('producerId', p.id)) AS offer
         FROM offers o JOIN producers p ON p.id = o.producer_id
        WHERE o.territory_id = $1 AND p.status = 'active' AND o.status = 'published' AND o.valid_from > $2
          AND NOT tp_offers_withheld(p.id, $2)
        ORDER BY o.valid_from, o.created_at`,
      [territoryId, day],
    ).then((rows) => rows.map((row) => (row as unknown as { offer: ComingOffer }).offer));
  }

  listedAccommodations(territoryId: string): Promise<ListedAccommodation[]> {
    return queryRows<ListedAccommodation>(
      this.dataSource,
      `SELECT a.name, a.commune, a.website FROM accommodations a
        WHERE a.territory_id = $1 AND a.status = 'active' AND a.publish_on_site
        ORDER BY a.commune, a.name`,
      [territoryId],
    );
  }

  /** The last change of the territory's settings, producers, offers and accommodations, and of each producer with its offers. */
  async changes(territoryId: string): Promise<{ producerId: string | null; changed: Date }[]> {
    return queryRows<{ producerId: string | null; changed: Date }>(
      this.dataSource,
      `SELECT p.id AS "producerId", greatest(p.updated_at, max(o.updated_at)) AS changed
         FROM producers p LEFT JOIN offers o ON o.producer_id = p.id
        WHERE p.territory_id = $1 AND p.status = 'active'
        GROUP BY p.id
       UNION ALL
       SELECT NULL, greatest(t.updated_at, (SELECT max(a.updated_at) FROM accommodations a WHERE a.territory_id = t.id),
                     (SELECT max(p.updated_at) FROM producers p WHERE p.territory_id = t.id))
         FROM territories t WHERE t.id = $1`,
      [territoryId],
    );
  }
}
