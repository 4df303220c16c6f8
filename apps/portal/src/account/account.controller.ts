import { Body, Controller, Get, Inject, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PrivacyService } from '#accounts';
import { APP_CONFIG, type AppConfig } from '#common';
import { fieldErrorsOf } from '../forms/form-errors.js';
import { CurrentVisit, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import { endSessionCookie } from '#web';
import type { Visit } from '../visit.js';
import { ACCOUNT_MESSAGES } from './account.messages.js';
import { accountPage } from './account.page.js';

/** My account: download my data, erase my account. */
@Portal()
@Controller('app/account')
export class AccountController {
  constructor(
    private readonly privacy: PrivacyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  show(@CurrentVisit() visit: Visit, @Res() reply: FastifyReply) {
    return sendPage(reply, accountPage(visit));
  }

  @Get('data.json')
  async data(@CurrentVisit() visit: Visit, @Res() reply: FastifyReply) {
    const data = await this.privacy.export(visit.actor);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="terroir-pass-my-data.json"')
      .header('cache-control', 'no-store')
      .send(JSON.stringify(data, null, 2));
  }

  @Post('erase')
  async erase(@CurrentVisit() visit: Visit, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    if (body.confirm !== 'yes') return sendPage(reply, accountPage(visit, { values: {}, errors: { confirm: ACCOUNT_MESSAGES[visit.lang].mustConfirm } }), 400);
    try {
      await this.privacy.erase(visit.actor, typeof body.password === 'string' ? body.password : '');
    } catch (error) {
      const errors = fieldErrorsOf(error, visit.lang, 'password');
      if (!errors) throw error;
      return sendPage(reply, accountPage(visit, { values: {}, errors }), 400);
    }
    endSessionCookie(reply, this.config);
    return redirect(reply, '/app/sign-in?done=erased');
  }
}
