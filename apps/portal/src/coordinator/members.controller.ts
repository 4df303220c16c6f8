import { Body, Controller, Get, NotFoundException, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { InvitationsService, InviteDto, MembersService, PasswordResetService } from '#accounts';
import { apiErrorOf, PageQueryDto } from '#common';
import { AccommodationsService, ProducersService, TerritoriesService, type Territory } from '#directory';
import { fieldErrorsOf, validateForm, type FieldErrors } from '../forms/form-errors.js';
import { list, text } from '../forms/form-values.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';
import { coordinatorPath } from './coordinator-section.js';
import { invitePage, linkPage, membersPage } from './members.pages.js';
import { territoryDirectory } from './territory-directory.js';

/** The InviteDto input: a producer's business only for a producer, accommodations only for a host. */
function inviteInput(body: Record<string, unknown>): Record<string, unknown> {
  const role = text(body.role);
  return {
    email: text(body.email),
    name: text(body.name) || undefined,
    role,
    producerId: role === 'producer' ? text(body.producerId) || undefined : undefined,
    accommodationIds: role === 'host' ? list(body.accommodationIds) : undefined,
  };
}

/** The service names `accommodationIds[2]`; the form has one group of checkboxes. */
const byField = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([field, message]) => [field.replace(/\[\d+\]$/, ''), message]));

/** Members of the territory: invitations, resending, suspension, new-password links. */
@Portal()
@Controller('app/coordinator/:territoryId/members')
export class CoordinatorMembersController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
    private readonly passwordReset: PasswordResetService,
    private readonly producers: ProducersService,
    private readonly accommodations: AccommodationsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  async list(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const m = COORDINATOR_MESSAGES[visit.lang];
    const notice = query.done === 'suspended' ? m.suspended : query.done === 'reactivated' ? m.reactivated : undefined;
    return this.showList(visit, territory, reply, { notice });
  }

  @Get('invite')
  async inviteForm(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const directory = await this.directory(territoryId, visit);
    return sendPage(reply, invitePage(visit, territory, directory, { values: { role: 'producer' }, errors: {} }));
  }

  @Post('invite')
  async invite(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const m = COORDINATOR_MESSAGES[visit.lang];
    const again = async (errors: FieldErrors) =>
      sendPage(reply, invitePage(visit, territory, await this.directory(territoryId, visit), { values: body, errors: byField(errors) }), 400);
    const input = inviteInput(body);
    const checked = await validateForm(InviteDto, input, visit.lang);
    if (checked.errors) return again(checked.errors);
    // Said in the coordinator's words before the service says it in the API's.
    if (input.role === 'producer' && !input.producerId) return again({ producerId: m.producerRequired });
    if (input.role === 'host' && (input.accommodationIds as string[]).length === 0) return again({ accommodationIds: m.accommodationsRequired });
    try {
      const { member, invitation } = await this.invitations.invite(territoryId, checked.value, visit.actor);
      return sendPage(reply, linkPage(visit, territory, member, invitation, 'invitation'));
    } catch (error) {
      const errors = fieldErrorsOf(error, visit.lang, 'email');
      if (!errors) throw error;
      return again(errors);
    }
  }

  @Post(':membershipId/resend')
  async resend(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @PageId('membershipId') id: string, @Res() reply: FastifyReply) {
    return this.onMember(visit, territoryId, id, reply, async (territory) => {
      const { member, invitation } = await this.invitations.resend(id, visit.actor);
      return sendPage(reply, linkPage(visit, territory, member, invitation, 'invitation'));
    });
  }

  @Post(':membershipId/password-reset')
  async resetLink(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @PageId('membershipId') id: string, @Res() reply: FastifyReply) {
    return this.onMember(visit, territoryId, id, reply, async (territory) => {
      const link = await this.passwordReset.linkFor(id, visit.actor);
      const member = await this.members.view(this.dataSource.manager, id);
      return sendPage(reply, linkPage(visit, territory, member, link, 'password-reset'));
    });
  }

  @Post(':membershipId/suspend')
  async suspend(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @PageId('membershipId') id: string, @Res() reply: FastifyReply) {
    return this.changeStatus(visit, territoryId, id, reply, 'suspended');
  }

  @Post(':membershipId/reactivate')
  async reactivate(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @PageId('membershipId') id: string, @Res() reply: FastifyReply) {
    return this.changeStatus(visit, territoryId, id, reply, 'reactivated');
  }

  private changeStatus(visit: Visit, territoryId: string, membershipId: string, reply: FastifyReply, done: 'suspended' | 'reactivated') {
    return this.onMember(visit, territoryId, membershipId, reply, async () => {
      if (done === 'suspended') await this.members.suspend(membershipId, visit.actor);
      else await this.members.reactivate(membershipId, visit.actor);
      return redirect(reply, `${coordinatorPath(territoryId, 'members')}?done=${done}`);
    });
  }

  /**
   * A move on a member of this territory (the service checks the actor may manage them; one of
   * another territory is no page of this one). A move the service refuses (suspending oneself, a
   * reset link for someone who also belongs elsewhere) is said above the list, with the refusal's status.
   */
  private async onMember(
    visit: Visit,
    territoryId: string,
    membershipId: string,
    reply: FastifyReply,
    move: (territory: Territory) => Promise<FastifyReply>,
  ): Promise<FastifyReply> {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const membership = await this.members.managed(membershipId, visit.actor);
    if (membership.territoryId !== territoryId) throw new NotFoundException();
    try {
      return await move(territory);
    } catch (error) {
      const errors = fieldErrorsOf(error, visit.lang);
      if (!errors) throw error;
      return this.showList(visit, territory, reply, { error: Object.values(errors)[0] }, apiErrorOf(error).statusCode);
    }
  }

  private directory(territoryId: string, visit: Visit) {
    return territoryDirectory({ producers: this.producers, accommodations: this.accommodations }, territoryId, visit.actor);
  }

  private async showList(visit: Visit, territory: Territory, reply: FastifyReply, options: { notice?: string; error?: string }, status = 200) {
    const [members, directory] = await Promise.all([
      this.members.list(territory.id, Object.assign(new PageQueryDto(), { limit: 100 }), visit.actor),
      this.directory(territory.id, visit),
    ]);
    return sendPage(reply, membersPage(visit, territory, members.items, directory, options), status);
  }
}
