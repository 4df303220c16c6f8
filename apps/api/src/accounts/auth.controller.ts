import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiError, type Actor } from '#common';
import {
  AcceptInvitationDto,
  AuthService,
  ConfirmPasswordResetDto,
  InvitationsService,
  LoginDto,
  Me,
  PasswordResetService,
  RefreshDto,
  RequestPasswordResetDto,
  TokenPair,
  UsersService,
} from '#accounts';
import { CurrentActor, Public } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';

@ApiErrors(401, 503)
@ApiTags('auth')
@Controller('api/v1')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
    private readonly passwordReset: PasswordResetService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Signs in with e-mail and password',
    description:
      'Failed sign-ins are limited to 5 a minute per account and address, 20 a minute per address; past 10 failures in 15 minutes on an account, ' +
      'each address it never signed in from may fail once per 15 minutes (100 in all). Addresses the account signed in from in the last 90 days are never slowed by the others. ' +
      'Refused attempts (429) do not count.',
  })
  @ApiOkResponse({ type: TokenPair })
  @ApiUnauthorizedResponse({ type: ApiError, description: 'Wrong e-mail or password, or no active membership' })
  @ApiErrors(400, 413, 415, 429)
  login(@Body() dto: LoginDto, @Req() request: FastifyRequest) {
    return this.auth.login(dto.email, dto.password, request.ip);
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchanges a refresh token for a new pair; a reused refresh token ends the whole session' })
  @ApiOkResponse({ type: TokenPair })
  @ApiUnauthorizedResponse({ type: ApiError, description: 'The refresh token is unknown, used or expired' })
  @ApiErrors(400, 413, 415)
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Public()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Signs out: the session’s refresh and access tokens stop working' })
  @ApiNoContentResponse({ description: 'Signed out (also when the session had already ended)' })
  @ApiErrors(400, 413, 415)
  logout(@Body() dto: RefreshDto) {
    return this.auth.logout(dto.refreshToken);
  }

  @Public()
  @Post('auth/invitations/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accepts an invitation link: sets the password and signs in (10 refused links per address in 15 minutes → 429)' })
  @ApiOkResponse({ type: TokenPair })
  @ApiErrors(400, 413, 415, 429)
  accept(@Body() dto: AcceptInvitationDto, @Req() request: FastifyRequest) {
    return this.invitations.accept(dto, request.ip);
  }

  @Public()
  @Post('auth/password-reset')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Mails a password-reset link if the address is known (the answer is the same either way, and takes the same time)',
    description: 'At most 3 links an hour per e-mail (further requests answer the same and send nothing); 10 requests per client address in 15 minutes → 429.',
  })
  @ApiAcceptedResponse({
    description: 'Asked: a link is on its way if the e-mail belongs to an active account',
    schema: { type: 'object', properties: {}, additionalProperties: false, example: {} },
  })
  @ApiErrors(400, 413, 415, 429)
  requestReset(@Body() dto: RequestPasswordResetDto, @Req() request: FastifyRequest) {
    return this.passwordReset.request(dto.email, request.ip).then(() => ({}));
  }

  @Public()
  @Post('auth/password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sets a new password with a reset link; every session of the person ends' })
  @ApiNoContentResponse({ description: 'The new password is set; every session has ended' })
  @ApiErrors(400, 413, 415)
  confirmReset(@Body() dto: ConfirmPasswordResetDto) {
    return this.passwordReset.confirm(dto.token, dto.password);
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in person and its memberships' })
  @ApiOkResponse({ type: Me })
  me(@CurrentActor() actor: Actor) {
    return this.users.me(actor);
  }
}
