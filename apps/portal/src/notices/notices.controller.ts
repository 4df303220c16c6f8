import { Body, Controller, ForbiddenException, Get, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { isNoticeKind, isReaderLanguage, NOTICE_KINDS, NoticeInbox, NoticePreferences } from '#accounts';
import { CurrentVisit, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { NOTICES_MESSAGES } from './notices.messages.js';
import { choicesForm, messagePage, messagesPage, preferencesPage } from './notices.pages.js';

/** Every member's messages (reminders and digests, newest first) and the e-mails they choose to receive. */
@Portal()
@Controller('app/messages')
export class NoticesPagesController {
  constructor(
    private readonly inbox: NoticeInbox,
    private readonly preferences: NoticePreferences,
  ) {}

  @Get()
  async list(@CurrentVisit() visit: Visit, @Res() reply: FastifyReply) {
    return sendPage(reply, messagesPage(visit, await this.inbox.list(this.userOf(visit))));
  }

  @Get('preferences')
  async choices(@CurrentVisit() visit: Visit, @Query('done') done: unknown, @Res() reply: FastifyReply) {
    return sendPage(reply, preferencesPage(visit, choicesForm(await this.preferences.of(this.userOf(visit))), done === 'saved'));
  }

  @Post('preferences')
  async choose(@CurrentVisit() visit: Visit, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const mailed = [body.mailed ?? []].flat().filter(isNoticeKind);
    if (!isReaderLanguage(body.language)) {
      const form = { values: { language: body.language, mailed }, errors: { language: NOTICES_MESSAGES[visit.lang].badLanguage } };
      return sendPage(reply, preferencesPage(visit, form), 400);
    }
    await this.preferences.save(this.userOf(visit), { language: body.language, switchedOff: NOTICE_KINDS.filter((kind) => !mailed.includes(kind)) });
    return redirect(reply, '/app/messages/preferences?done=saved');
  }

  /** Opening a message marks it read; someone else's is a page that does not exist. */
  @Get(':id')
  async open(@CurrentVisit() visit: Visit, @Param('id') id: string, @Res() reply: FastifyReply) {
    const notice = await this.inbox.open(this.userOf(visit), id);
    if (!notice) throw new NotFoundException();
    return sendPage(reply, messagePage(visit, notice));
  }

  private userOf(visit: Visit): string {
    // the AuthGuard sends anyone unsigned to sign in first
    if (!visit.actor.userId) throw new ForbiddenException();
    return visit.actor.userId;
  }
}
