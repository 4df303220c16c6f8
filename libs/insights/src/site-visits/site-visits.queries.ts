import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { queryRows } from '#database';
import type { FiguresPeriod } from '../figures/figures.js';
import type { SiteVisitCount } from './site-visit-count.js';
import { SITE_PAGE_KINDS, type SitePageKind } from './site-visit-counter.service.js';

/** The site's visits of a territory in a period, per page kind: every kind, none visited at 0, in the site's order. */
@Injectable()
export class SiteVisitsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byPage(territoryId: string, period: FiguresPeriod): Promise<SiteVisitCount[]> {
    const rows = await queryRows<{ page: SitePageKind; lang: string; visits: number }>(
      this.dataSource,
      `SELECT page, lang, sum(count)::int AS visits FROM site_visits
        WHERE territory_id = $1 AND day BETWEEN $2 AND $3 GROUP BY page, lang ORDER BY page, lang`,
      [territoryId, period.from, period.to],
    );
    return SITE_PAGE_KINDS.map((page) => {
      const ofPage = rows.filter((row) => row.page === page);
      return {
        page,
        visits: ofPage.reduce((sum, row) => sum + row.visits, 0),
        byLanguage: Object.fromEntries(ofPage.map((row) => [row.lang, row.visits])),
      };
    });
  }
}
