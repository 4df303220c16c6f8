import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { JoinRequestQueryDto, JoinRequestsService, MembersService } from '#accounts';
import { PageQueryDto } from '#common';
import { AccommodationQueryDto, AccommodationsService, OfferQueryDto, OffersService, ProducerQueryDto, ProducersService, TerritoriesService } from '#directory';
import { html } from '#web';
import { portalPage } from '../layout/portal-layout.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';
import { JOIN_REQUEST_MESSAGES } from './join-requests.messages.js';
import { SEASON_MESSAGES } from '../season/season.messages.js';
import { PRINT_CHECK_MESSAGES } from '../print-check/print-check.messages.js';
import { coordinatorPath } from './coordinator-section.js';
import { MEMBERSHIP_MESSAGES } from '../membership/membership.messages.js';
import { BASE_LAYER_MESSAGES } from './base-layers.messages.js';

const one = <T extends object>(query: T, fields: object): T => Object.assign(query, { limit: 1 }, fields);

/** The coordinator's landing page: what needs attention, and a link to each page of the section. */
@Portal()
@Controller('app/coordinator')
export class CoordinatorOverviewController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly producers: ProducersService,
    private readonly accommodations: AccommodationsService,
    private readonly offers: OffersService,
    private readonly members: MembersService,
    private readonly joinRequests: JoinRequestsService,
  ) {}

  @Get(':territoryId')
  async overview(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const m = COORDINATOR_MESSAGES[visit.lang];
    const [producers, accommodations, pending, members, joinRequests] = await Promise.all([
      this.producers.list(one(new ProducerQueryDto(), { territoryId }), visit.actor),
      this.accommodations.list(one(new AccommodationQueryDto(), { territoryId }), visit.actor),
      this.offers.list(one(new OfferQueryDto(), { territoryId, status: 'pending_review' }), visit.actor),
      this.members.list(territoryId, one(new PageQueryDto(), {}), visit.actor),
      this.joinRequests.list(territoryId, one(new JoinRequestQueryDto(), { status: 'pending' }), visit.actor),
    ]);
    const j = JOIN_REQUEST_MESSAGES[visit.lang];
    const to = (rest: string) => coordinatorPath(territoryId, rest);
    const figures = [
      { label: m.pendingCount, count: pending.total, href: to('reviews') },
      { label: j.count, count: joinRequests.total, href: to('join-requests') },
      { label: m.producersCount, count: producers.total, href: to('producers') },
      { label: m.accommodationsCount, count: accommodations.total, href: to('accommodations') },
      { label: m.membersCount, count: members.total, href: to('members') },
    ];
    const pages = [
      { label: m.reviewsTitle, href: to('reviews') },
      { label: j.title, href: to('join-requests') },
      { label: SEASON_MESSAGES[visit.lang].campaignTitle, href: to('season') },
      { label: m.membersTitle, href: to('members') },
      { label: m.producersTitle, href: to('producers') },
      { label: m.accommodationsTitle, href: to('accommodations') },
      { label: m.settingsTitle, href: to('settings') },
      { label: BASE_LAYER_MESSAGES[visit.lang].link, href: to('base-layers') },
      { label: MEMBERSHIP_MESSAGES[visit.lang].link, href: to('membership') },
      { label: m.brochureTitle, href: to('brochure') },
      { label: PRINT_CHECK_MESSAGES[visit.lang].checkLink, href: to('print-check') },
      { label: m.auditTitle, href: to('audit') },
      { label: m.figuresTitle, href: to('figures') },
      { label: m.spreadsheetsTitle, href: to('spreadsheets') },
    ];
    const body = html`<section class="card" aria-labelledby="counts"><h2 id="counts">${m.counts}</h2>
<dl class="key-figures">${figures.map(
      (f) => html`<div><dt>${f.label}</dt><dd><a href="${f.href}">${String(f.count)}<span class="visually-hidden"> — ${f.label}</span></a></dd></div>`,
    )}</dl>
</section>
<nav class="card" aria-labelledby="pages"><h2 id="pages">${m.pages}</h2>
<ul>${pages.map((p) => html`<li><a href="${p.href}">${p.label}</a></li>`)}</ul>
</nav>`;
    return sendPage(reply, portalPage(visit, { title: m.overviewTitle(territory.name), body }));
  }
}
