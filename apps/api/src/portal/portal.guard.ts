import { ForbiddenException, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Actor, APP_CONFIG, type AppConfig } from '../../../../libs/common/src/index.js';
import type { RequestWithActor } from '../auth/current-actor.decorator.js';
import { languageCookie, negotiateLanguage } from '../pages/language.js';
import { cookie, readCookie } from './session/web-session.js';
import { CSRF_COOKIE, CSRF_FIELD, csrfToken, isValidCsrfToken, newCsrfAnchor } from './session/csrf.js';
import type { Visit } from './visit.js';

export type PortalRequest = RequestWithActor & { visit?: Visit };

const YEAR = 365 * 86_400;

/** Refused forms: a forged post, or one from a page rendered before the session changed. */
export class CsrfRejected extends ForbiddenException {
  constructor() {
    super('csrf');
  }
}

/**
 * Runs on every member page after the AuthGuard: checks the CSRF token of every post, and sets
 * up the visit (language, the token for the forms this page will show).
 */
@Injectable()
export class PortalGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<PortalRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const visit = this.visitOf(request, reply);
    request.visit = visit;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const given = (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
      if (!isValidCsrfToken(given, readCookie(request.headers.cookie, CSRF_COOKIE), request.sessionId, this.config.auth.secret)) throw new CsrfRejected();
    }
    return true;
  }

  private visitOf(request: PortalRequest, reply: FastifyReply): Visit {
    const query = request.query as Record<string, unknown> | undefined;
    const negotiated = negotiateLanguage(query?.lang, request.headers.cookie, request.headers['accept-language']);
    const lang = negotiated.lang === 'fr' ? 'fr' : 'en';
    if (negotiated.chosen) reply.header('set-cookie', languageCookie(lang));
    let anchor = readCookie(request.headers.cookie, CSRF_COOKIE);
    if (!anchor) {
      anchor = newCsrfAnchor();
      reply.header('set-cookie', cookie(CSRF_COOKIE, anchor, YEAR, this.config));
    }
    return {
      actor: request.actor ?? Actor.anonymous(),
      lang,
      csrf: csrfToken(anchor, request.sessionId, this.config.auth.secret),
      path: request.url.split('?')[0],
      sessionId: request.sessionId,
    };
  }
}
