import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { todayIn, type Language } from '#common';
import { isSitePageKind, SiteVisitCounter } from '#insights';
import { isCountedVisit } from '#web';
import type { Site } from './routes/site.js';
import type { PageRef } from './routes/site-paths.js';

/** The site's visits, counted as the tourist pages' openings are: per page kind, day (the territory's) and language. */
@Injectable()
export class SiteVisits {
  constructor(private readonly counter: SiteVisitCounter) {}

  /** A page answered 200: a visit of its kind, unless a HEAD or an offline copy; redirections, 404s and assets are none. */
  served(request: FastifyRequest, site: Site, found: PageRef & { lang: Language }, now: Date): void {
    if (!isSitePageKind(found.page) || !isCountedVisit(request)) return;
    this.counter.count({ territoryId: site.territory.id, page: found.page, day: todayIn(site.territory.timeZone, now), lang: found.lang });
  }
}
