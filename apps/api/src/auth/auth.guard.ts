import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor, APP_CONFIG, signInRequired, type AppConfig } from '../../../../libs/common/src/index.js';
import { ActorLoader, verifyAccessToken } from '../../../../libs/accounts/src/index.js';
import type { RequestWithActor } from './current-actor.decorator.js';
import { IS_PUBLIC } from './public.decorator.js';

/**
 * Runs before every route: a Bearer token must be valid (an expired, tampered or revoked one is a
 * 401 even on public routes, so that clients know to refresh); routes not marked @Public need one.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorLoader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const header = request.headers.authorization;
    request.actor = Actor.anonymous();
    if (header !== undefined) {
      const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header);
      const claims = match ? verifyAccessToken(match[1], this.config.auth.secret) : undefined;
      if (!claims) throw new UnauthorizedException('The access token is invalid or expired');
      const actor = await this.actors.load(claims.sub, claims.sid);
      if (!actor) throw new UnauthorizedException('This session has ended: sign in again');
      request.actor = actor;
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic && !request.actor.isSignedIn) throw signInRequired();
    return true;
  }
}
