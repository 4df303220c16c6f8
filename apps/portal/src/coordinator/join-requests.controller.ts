import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { JoinRequestQueryDto, JoinRequestsService } from '#accounts';
import { apiErrorOf } from '#common';
import { TerritoriesService } from '#directory';
import { fieldErrorsOf } from '../forms/form-errors.js';
import { text } from '../forms/form-values.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { coordinatorPath } from './coordinator-section.js';
import { linkPage } from './members.pages.js';
import { joinRequestPage, joinRequestsPage } from './join-requests.pages.js';
import { JOIN_REQUEST_MESSAGES } from './join-requests.messages.js';

const page = (fields: object) => Object.assign(new JoinRequestQueryDto(), { limit: 100 }, fields);

/** Producers' and hosts' requests to join: the list, one request, accept (which invites) or decline with a reason. */
@Portal()
@Controller('app/coordinator/:territoryId/join-requests')
export class CoordinatorJoinRequestsController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly requests: JoinRequestsService,
  ) {}

  @Get()
  async list(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const [all, pending] = await Promise.all([
      this.requests.list(territoryId, page({}), visit.actor),
      this.requests.list(territoryId, page({ status: 'pending', limit: 1 }), visit.actor),
    ]);
    const m = JOIN_REQUEST_MESSAGES[visit.lang];
    const notice = query.done === 'declined' ? m.declined : query.done === 'declined-unmailed' ? m.declinedNotMailed : undefined;
    return sendPage(reply, joinRequestsPage(visit, territory, all.items, pending.total, notice));
  }

  @Get(':requestId')
  async show(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @PageId('requestId') id: string, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    return sendPage(reply, joinRequestPage(visit, territory, await this.requests.get(territoryId, id, visit.actor)));
  }

  @Post(':requestId/accept')
  async accept(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @PageId('requestId') id: string, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    try {
      const { request, invitation } = await this.requests.accept(territoryId, id, visit.actor);
      // the link itself when no mail server sends it: the coordinator hands it over
      return sendPage(reply, linkPage(visit, territory, request, invitation, 'invitation'));
    } catch (error) {
      return this.refused(visit, territoryId, id, reply, error);
    }
  }

  @Post(':requestId/decline')
  async decline(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @PageId('requestId') id: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const reason = text(body.reason).slice(0, 1000);
    if (reason.trim() === '') {
      const request = await this.requests.get(territoryId, id, visit.actor);
      const decline = { reason, error: JOIN_REQUEST_MESSAGES[visit.lang].reasonRequired };
      return sendPage(reply, joinRequestPage(visit, territory, request, { decline }), 400);
    }
    try {
      const { mailed } = await this.requests.decline(territoryId, id, reason, visit.actor);
      return redirect(reply, `${coordinatorPath(territoryId, 'join-requests')}?done=${mailed ? 'declined' : 'declined-unmailed'}`);
    } catch (error) {
      return this.refused(visit, territoryId, id, reply, error);
    }
  }

  /** Decided meanwhile (409), or the invitation refused (the person is already such a member): said on the request, as it stands now. */
  private async refused(visit: Visit, territoryId: string, id: string, reply: FastifyReply, error: unknown) {
    const errors = fieldErrorsOf(error, visit.lang);
    if (!errors) throw error;
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const request = await this.requests.get(territoryId, id, visit.actor);
    return sendPage(reply, joinRequestPage(visit, territory, request, { error: Object.values(errors)[0] }), apiErrorOf(error).statusCode);
  }
}
