import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { UsersService, type MyMembership } from '#accounts';
import { html } from '#web';
import { portalPage } from '../layout/portal-layout.js';
import { CurrentVisit, Portal } from '../portal.decorator.js';
import { PORTAL_MESSAGES } from '../portal-messages.js';
import { sendPage } from '../respond.js';
import type { Visit } from '../visit.js';

const JOBS = {
  fr: { coordinator: 'Coordination du territoire', producer: 'Mon exploitation et mes offres', host: 'Mes hébergements, brochures et pass' },
  en: { coordinator: 'Coordinating the territory', producer: 'My business and my offers', host: 'My accommodations, brochures and passes' },
};

function jobLink(membership: MyMembership): string {
  if (membership.role === 'coordinator') return `/app/coordinator/${membership.territoryId}`;
  if (membership.role === 'producer' && membership.producerId) return `/app/producer/${membership.producerId}`;
  return '/app/host';
}

/** Where a member lands after signing in: one link per job they hold, in each territory. */
@Portal()
@Controller('app')
export class HomeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async home(@CurrentVisit() visit: Visit, @Res() reply: FastifyReply) {
    const me = await this.users.me(visit.actor);
    const m = PORTAL_MESSAGES[visit.lang];
    const memberships = me.memberships.filter((membership) => membership.status === 'active');
    const body =
      memberships.length === 0
        ? html`<p>${m.nothingYet}</p>`
        : html`<ul class="card">${memberships.map((membership) => html`<li><a href="${jobLink(membership)}">${JOBS[visit.lang][membership.role as keyof (typeof JOBS)['fr']]}</a> — ${membership.territoryName}</li>`)}</ul>`;
    return sendPage(reply, portalPage(visit, { title: m.welcome(me.name ?? me.email), body }));
  }
}
