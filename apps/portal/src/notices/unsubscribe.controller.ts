import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NoticePreferences, UnsubscribeTokens, type NoticeKind } from '#accounts';
import { Actor } from '#common';
import { negotiateLanguage, Public } from '#web';
import { sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { unsubscribePage } from './notices.pages.js';

/**
 * The unsubscribe link of every reminder and digest mail, without a session: GET asks (a link
 * checker or a preview must not unsubscribe anyone), POST switches the kind off — from the page's
 * button or from a mail reader's one-click unsubscribe (RFC 8058: a POST with no cookie and no
 * form token, which is why this controller is not behind the PortalGuard's CSRF check: the signed
 * token is the authority, and all it can do is switch one kind of mail off for one reader).
 */
@Public()
@ApiExcludeController()
@Controller('app/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly preferences: NoticePreferences,
  ) {}

  @Get(':token')
  async ask(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const target = this.tokens.verify(token);
    return sendPage(reply, unsubscribePage(await this.visitOf(request, target), target?.kind), target ? 200 : 404);
  }

  @Post(':token')
  async switchOff(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const target = this.tokens.verify(token);
    if (target) await this.preferences.switchOff(target.userId, target.kind);
    return sendPage(reply, unsubscribePage(await this.visitOf(request, target), target?.kind, true), target ? 200 : 404);
  }

  /** The page speaks the reader's language (the one its mails are in), or the browser's for a bad link. */
  private async visitOf(request: FastifyRequest, target: { userId: string; kind: NoticeKind } | undefined): Promise<Visit> {
    const lang = target
      ? (await this.preferences.of(target.userId)).language
      : negotiateLanguage(undefined, request.cookies, request.headers['accept-language']).lang === 'en'
        ? 'en'
        : 'fr';
    return { actor: Actor.anonymous(), lang, csrf: '', path: request.url.split('?')[0] };
  }
}
