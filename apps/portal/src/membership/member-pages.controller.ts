import { Body, Controller, ForbiddenException, Get, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { MembershipService, type MemberRef } from '#association';
import { ProducersService } from '#directory';
import { text } from '../forms/form-values.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { MEMBERSHIP_MESSAGES } from './membership.messages.js';
import { ownYearPage } from './own-year.page.js';

/** Members renew from their pages: a producer for its business, a host for itself. */
@Portal()
@Controller('app')
export class MemberYearPagesController {
  constructor(
    private readonly membership: MembershipService,
    private readonly producers: ProducersService,
  ) {}

  @Get('producer/:producerId/membership')
  async producer(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const producer = await this.producers.editable(producerId, visit.actor);
    const year = await this.membership.producerYear(producerId, undefined, visit.actor);
    const notice = query.done === 'accepted' ? MEMBERSHIP_MESSAGES[visit.lang].acceptedNotice : undefined;
    return sendPage(reply, ownYearPage(visit, { name: producer.name, year, action: visit.path, notice }));
  }

  @Post('producer/:producerId/membership')
  async acceptForProducer(
    @CurrentVisit() visit: Visit,
    @PageId('producerId') producerId: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    const producer = await this.producers.ownBusiness(producerId, visit.actor);
    return this.accept(visit, body, reply, { kind: 'producer', id: producerId }, producer.name);
  }

  @Get('host/membership')
  async host(@CurrentVisit() visit: Visit, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const role = await this.hostRole(visit);
    const year = await this.membership.hostYear(role.id, undefined, visit.actor);
    const notice = query.done === 'accepted' ? MEMBERSHIP_MESSAGES[visit.lang].acceptedNotice : undefined;
    return sendPage(reply, ownYearPage(visit, { name: year?.name ?? '', year, action: visit.path, notice }));
  }

  @Post('host/membership')
  async acceptForHost(@CurrentVisit() visit: Visit, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const role = await this.hostRole(visit);
    return this.accept(visit, body, reply, { kind: 'host', id: role.id }, '');
  }

  private async accept(visit: Visit, body: Record<string, unknown>, reply: FastifyReply, member: MemberRef, name: string) {
    const year = Number(text(body.year));
    const shown = async (error: string) => {
      const own =
        member.kind === 'producer'
          ? await this.membership.producerYear(member.id, undefined, visit.actor)
          : await this.membership.hostYear(member.id, undefined, visit.actor);
      return sendPage(reply, ownYearPage(visit, { name: name || own?.name || '', year: own, action: visit.path, error }), 400);
    };
    if (text(body.accepted) !== 'yes' || !Number.isInteger(year)) return shown(MEMBERSHIP_MESSAGES[visit.lang].mustAccept);
    await this.membership.acceptCharter(member, { year, accepted: true, lang: visit.lang }, visit.actor);
    return redirect(reply, `${visit.path}?done=accepted`);
  }

  /** The host's role in its (first) territory: a person without one has no such page. */
  private async hostRole(visit: Visit): Promise<{ id: string; territoryId: string }> {
    const [role] = await this.membership.hostRolesOf(visit.actor);
    if (!role) throw new ForbiddenException();
    return role;
  }
}
