import { Catch, Injectable, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Actor, apiErrorOf, DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnreachable, TooManyRequests } from '#common';
import { DatabaseOutage } from '#database';
import { html, negotiateLanguage } from '#web';
import { refusalText } from './forms/refusal-texts.js';
import { PORTAL_HEADERS, portalPage } from './layout/portal-layout.js';
import { CsrfRejected, type PortalRequest } from './portal.guard.js';
import { PORTAL_MESSAGES } from './portal-messages.js';
import type { Visit } from './visit.js';

/**
 * Errors on member pages are pages: signed out → the sign-in page (then back here), no right → a
 * 403 page, unknown → a 404 page; the database away → a 503 page (the outage logged once, not per
 * request); anything unexpected is logged and shown as a polite 500.
 */
@Catch()
@Injectable()
export class PortalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('PortalErrors');

  constructor(private readonly outage: DatabaseOutage) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<PortalRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const error = apiErrorOf(exception);
    const visit = request.visit ?? fallbackVisit(request);
    if (error.statusCode === 401) {
      const back = request.method === 'GET' ? request.url : visit.path;
      void reply
        .status(303)
        .header('location', `/app/sign-in?next=${encodeURIComponent(back)}`)
        .send();
      return;
    }
    if (isDatabaseUnreachable(exception)) this.outage.unreachable(exception);
    else if (error.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const m = PORTAL_MESSAGES[visit.lang];
    const [title, text] =
      exception instanceof CsrfRejected
        ? [m.forbiddenTitle, m.csrf]
        : error.statusCode === 403
          ? [m.forbiddenTitle, m.forbidden]
          : error.statusCode === 404
            ? [m.notFoundTitle, m.notFound]
            : error.statusCode === 429
              ? [m.tooManyTitle, m.tooMany]
              : error.statusCode === 503
                ? [m.unavailableTitle, m.unavailable]
                : error.statusCode >= 500
                  ? [m.errorTitle, m.error]
                  : [m.errorTitle, refusalText(error, visit.lang)];
    const body = html`<p>${text}</p><p><a href="/app">${m.backHome}</a></p>`;
    if (error.statusCode === 503) void reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    if (exception instanceof TooManyRequests) void reply.header('retry-after', String(exception.retryAfterSeconds));
    void reply.status(error.statusCode).headers(PORTAL_HEADERS).send(portalPage(visit, { title, body }));
  }
}

/** When the error came before the PortalGuard (signed out, say): enough of a visit to draw the page. */
function fallbackVisit(request: PortalRequest): Visit {
  const { lang } = negotiateLanguage((request.query as Record<string, unknown> | undefined)?.lang, request.cookies, request.headers['accept-language']);
  return { actor: request.actor ?? Actor.anonymous(), lang: lang === 'fr' ? 'fr' : 'en', csrf: '', path: request.url.split('?')[0] };
}
