import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BufferedCounter, ONCE_PER_BATCH, type Counted } from '../counting/buffered-counter.js';

/** The kinds of the public site's pages whose visits are counted (its legal notice, privacy and contact pages are not). */
export const SITE_PAGE_KINDS = ['home', 'producers', 'producer', 'offers', 'accommodations', 'join'] as const;
export type SitePageKind = (typeof SITE_PAGE_KINDS)[number];

export const isSitePageKind = (page: string): page is SitePageKind => (SITE_PAGE_KINDS as readonly string[]).includes(page);

export interface SiteVisit {
  territoryId: string;
  page: SitePageKind;
  day: string;
  lang: string;
}

/**
 * Counts visits of a territory's public site per page kind, day and language, as the tourist
 * pages' openings are counted (the same buffer, one upsert every two seconds): numbers, never
 * people — no cookie, no address, no identifier, not even which producer's page.
 */
@Injectable()
export class SiteVisitCounter extends BufferedCounter<SiteVisit> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  protected keyOf(visit: SiteVisit): string {
    return `${visit.territoryId}|${visit.page}|${visit.day}|${visit.lang}`;
  }

  protected async write(batch: Counted<SiteVisit>[], batchId: string): Promise<void> {
    await this.dataSource.query(
      `${ONCE_PER_BATCH(6)}
       INSERT INTO site_visits (territory_id, page, day, lang, count)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::int[]) WHERE EXISTS (SELECT 1 FROM first_write)
       ON CONFLICT (territory_id, page, day, lang) DO UPDATE SET count = site_visits.count + EXCLUDED.count`,
      [
        batch.map((c) => c.event.territoryId),
        batch.map((c) => c.event.page),
        batch.map((c) => c.event.day),
        batch.map((c) => c.event.lang),
        batch.map((c) => c.count),
        batchId,
      ],
    );
  }
}
