import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, PageQueryDto, type Actor } from '#common';
import { InvitationsService, InvitationView, InviteDto, LinkView, MembersService, MemberView, PasswordResetService } from '#accounts';
import { CurrentActor } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';

@ApiErrors(401, 403, 503)
@ApiTags('members')
@Controller('api/v1')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
    private readonly passwordReset: PasswordResetService,
  ) {}

  @Post('territories/:id/invitations')
  @ApiOperation({
    summary: 'Invites an e-mail as coordinator, producer (of a producer) or host (of accommodations); answers the link when no mail server is set',
  })
  @ApiCreatedResponse({ type: InvitationView })
  @ApiErrors(400, 404, 409, 413, 415)
  invite(@IdParam() territoryId: string, @Body() dto: InviteDto, @CurrentActor() actor: Actor) {
    return this.invitations.invite(territoryId, dto, actor);
  }

  @Get('territories/:id/members')
  @ApiOperation({ summary: "The territory's members: people, roles and statuses (coordinators)" })
  @ApiPageResponse(MemberView)
  @ApiErrors(400, 404)
  list(@IdParam() territoryId: string, @Query() query: PageQueryDto, @CurrentActor() actor: Actor) {
    return this.members.list(territoryId, query, actor);
  }

  @Post('memberships/:id/invitation')
  @ApiOperation({ summary: 'Sends the invitation again with a new link (earlier links stop working)' })
  @ApiCreatedResponse({ type: InvitationView })
  @ApiErrors(400, 404, 409)
  resend(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.invitations.resend(id, actor);
  }

  @Post('memberships/:id/password-reset')
  @ApiOperation({ summary: 'A password-reset link for a member (handed back when no mail server is set)' })
  @ApiCreatedResponse({ type: LinkView })
  @ApiErrors(400, 404)
  passwordResetLink(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.passwordReset.linkFor(id, actor);
  }

  @Post('memberships/:id/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspends a membership: its sessions end at once (coordinators)' })
  @ApiOkResponse({ type: MemberView })
  @ApiErrors(400, 404)
  suspend(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.members.suspend(id, actor);
  }

  @Post('memberships/:id/reactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reactivates a suspended membership (coordinators)' })
  @ApiOkResponse({ type: MemberView })
  @ApiErrors(400, 404, 409)
  reactivate(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.members.reactivate(id, actor);
  }
}
