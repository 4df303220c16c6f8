import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CampaignService } from '#association';
import { Public } from '#web';
import { refusalOf } from '../forms/submit-form.js';
import { CurrentVisit, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { linkRefusedPage, seasonAnswerPage } from './season-answer.page.js';
import { readSeasonForm, seasonValues } from './season-form.js';
import { SEASON_MESSAGES } from './season.messages.js';

/** A link that no longer works is gone (410), one never made is not found (404): both say so in words. */
const refusedStatus = (state: string) => (state === 'unknown' ? 404 : 410);

/** The producer's season page behind its personal link: no password, no session; the link is the proof. */
@Public()
@Portal()
@Controller('app/season')
export class SeasonLinkController {
  constructor(private readonly campaign: CampaignService) {}

  @Get(':token')
  async show(@CurrentVisit() visit: Visit, @Param('token') token: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const { link, page } = await this.campaign.openLink(token);
    if (link.state !== 'valid' || !page)
      return sendPage(reply, linkRefusedPage(visit, link as Exclude<typeof link, { state: 'valid' }>), refusedStatus(link.state));
    const form = { values: seasonValues(page, visit.lang, query.hours === 'text' ? 'text' : undefined), errors: {} };
    const notice = query.done === 'saved' ? SEASON_MESSAGES[visit.lang].saved : undefined;
    return sendPage(reply, seasonAnswerPage(visit, page, form, { action: visit.path, notice }));
  }

  @Post(':token')
  async answer(@CurrentVisit() visit: Visit, @Param('token') token: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const { link, page } = await this.campaign.openLink(token, false);
    if (link.state !== 'valid' || !page)
      return sendPage(reply, linkRefusedPage(visit, link as Exclude<typeof link, { state: 'valid' }>), refusedStatus(link.state));
    const again = (errors: Record<string, string>) => sendPage(reply, seasonAnswerPage(visit, page, { values: body, errors }, { action: visit.path }), 400);
    const read = await readSeasonForm(body, page, visit.lang);
    if (read.errors) return again(read.errors);
    const refused = await refusalOf(() => this.campaign.answerByLink(token, read.answer, visit.lang), visit.lang);
    return refused ? again(refused) : redirect(reply, `${visit.path}?done=saved`);
  }
}
