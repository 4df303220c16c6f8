import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor, APP_CONFIG, signInRequired, type AppConfig } from '#common';
import { ActorLoader, verifyAccessToken } from '#accounts';
import { type RequestWithActor, IS_PUBLIC, isPortalRequest, SESSION_COOKIE, verifyWebSession } from '#web';

/**
 * Runs before every route: a Bearer token must be valid (an expired, tampered or revoked one is a
 * 401 even on public routes, so that clients know to refresh); routes not marked @Public need one.
 * On the member pages (/app), the session cookie stands in for the token.
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
      request.sessionId = claims.sid;
    } else if (isPortalRequest(request.url)) {
      // Cookies only count on the member pages, which all check a CSRF token: never on the API.
      const token = request.cookies[SESSION_COOKIE];
      const claims = token ? verifyWebSession(token, this.config) : undefined;
      const actor = claims ? await this.actors.load(claims.sub, claims.sid) : undefined;
      if (claims && actor) {
        request.actor = actor;
        request.sessionId = claims.sid;
      }
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic && !request.actor.isSignedIn) throw signInRequired();
    return true;
  }
}
