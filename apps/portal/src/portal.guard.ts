import { ForbiddenException, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { NoticeInbox } from '#accounts';
import { Actor, APP_CONFIG, type AppConfig } from '#common';
import {
  type RequestWithActor,
  setLanguageCookie,
  negotiateLanguage,
  setMemberCookie,
  CSRF_COOKIE,
  CSRF_FIELD,
  csrfToken,
  isValidCsrfToken,
  newCsrfAnchor,
} from '#web';
import type { Visit } from './visit.js';

export type PortalRequest = RequestWithActor & { visit?: Visit };

const YEAR = 365 * 86_400;

/** Set by `@FileDownload()`: the route answers a file, whose `?lang=` is the file's language. */
export const FILE_DOWNLOAD = 'portal:file-download';

/** Set by `@UploadForm()`: the route's multipart form is read, and its token checked, by the handler (`readUploadForm`). */
export const UPLOAD_FORM = 'portal:upload-form';

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
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reflector: Reflector,
    private readonly inbox: NoticeInbox,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PortalRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const download = this.reflector.getAllAndOverride<boolean>(FILE_DOWNLOAD, [context.getHandler(), context.getClass()]) ?? false;
    const visit = this.visitOf(request, reply, download);
    request.visit = visit;
    const upload = request.isMultipart() && (this.reflector.getAllAndOverride<boolean>(UPLOAD_FORM, [context.getHandler(), context.getClass()]) ?? false);
    if (request.method !== 'GET' && request.method !== 'HEAD' && !upload) {
      const given = (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
      if (!isValidCsrfToken(given, request.cookies[CSRF_COOKIE], request.sessionId, this.config.auth.secret)) throw new CsrfRejected();
    }
    // only pages show the menu: a download or a form's answer need not count
    if (request.method === 'GET' && !download && visit.actor.userId) visit.unread = await this.inbox.unread(visit.actor.userId);
    return true;
  }

  /** A download's `?lang=` chooses the file's language: the pages keep the reader's, and no cookie changes. */
  private visitOf(request: PortalRequest, reply: FastifyReply, download: boolean): Visit {
    const query = request.query as Record<string, unknown> | undefined;
    const negotiated = negotiateLanguage(download ? undefined : query?.lang, request.cookies, request.headers['accept-language']);
    const lang = negotiated.lang === 'fr' ? 'fr' : 'en';
    if (negotiated.chosen) setLanguageCookie(reply, lang);
    let anchor = request.cookies[CSRF_COOKIE];
    if (!anchor) {
      anchor = newCsrfAnchor();
      setMemberCookie(reply, CSRF_COOKIE, anchor, YEAR, this.config);
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
