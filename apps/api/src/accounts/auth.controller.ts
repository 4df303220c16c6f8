import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiError, type Actor } from '../../../../libs/common/src/index.js';
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
} from '../../../../libs/accounts/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Public } from '../auth/public.decorator.js';
import { ApiErrors } from '../shared/api-errors.decorator.js';

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
  @ApiOperation({ summary: 'Signs in with e-mail and password (5 failures a minute per account or address → 429 with Retry-After)' })
  @ApiOkResponse({ type: TokenPair })
  @ApiUnauthorizedResponse({ type: ApiError })
  @ApiTooManyRequestsResponse({ type: ApiError })
  @ApiErrors(400)
  login(@Body() dto: LoginDto, @Req() request: FastifyRequest) {
    return this.auth.login(dto.email, dto.password, request.ip);
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchanges a refresh token for a new pair; a reused refresh token ends the whole session' })
  @ApiOkResponse({ type: TokenPair })
  @ApiUnauthorizedResponse({ type: ApiError })
  @ApiErrors(400)
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Public()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Signs out: the session’s refresh and access tokens stop working' })
  @ApiNoContentResponse()
  @ApiErrors(400)
  logout(@Body() dto: RefreshDto) {
    return this.auth.logout(dto.refreshToken);
  }

  @Public()
  @Post('auth/invitations/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accepts an invitation link: sets the password and signs in' })
  @ApiOkResponse({ type: TokenPair })
  @ApiErrors(400)
  accept(@Body() dto: AcceptInvitationDto) {
    return this.invitations.accept(dto);
  }

  @Public()
  @Post('auth/password-reset')
  @HttpCode(202)
  @ApiOperation({ summary: 'Mails a password-reset link if the address is known (the answer is the same either way)' })
  @ApiErrors(400)
  requestReset(@Body() dto: RequestPasswordResetDto) {
    return this.passwordReset.request(dto.email).then(() => ({}));
  }

  @Public()
  @Post('auth/password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sets a new password with a reset link; every session of the person ends' })
  @ApiNoContentResponse()
  @ApiErrors(400)
  confirmReset(@Body() dto: ConfirmPasswordResetDto) {
    return this.passwordReset.confirm(dto.token, dto.password);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in person and its memberships' })
  @ApiOkResponse({ type: Me })
  @ApiUnauthorizedResponse({ type: ApiError })
  me(@CurrentActor() actor: Actor) {
    return this.users.me(actor);
  }
}
