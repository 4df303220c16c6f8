import { Body, Controller, Get, NotFoundException, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CampaignService, OpenSeasonDto, SeasonsService } from '#association';
import { TerritoriesService } from '#directory';
import { list, text } from '../forms/form-values.js';
import { refusalOf, submitForm } from '../forms/submit-form.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { seasonAnswerPage } from './season-answer.page.js';
import { readSeasonForm, seasonValues } from './season-form.js';
import { campaignPage, openSeasonPage, seasonPath } from './campaign.page.js';
import { SEASON_MESSAGES } from './season.messages.js';

/** The coordinator's season: open one, follow its campaign, remind, answer for a producer, leave an offer out, close it. */
@Portal()
@Controller('app/coordinator/:territoryId/season')
export class CampaignController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly seasons: SeasonsService,
    private readonly campaign: CampaignService,
  ) {}

  @Get()
  async show(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const season = await this.seasons.openOf(territoryId, visit.actor);
    if (!season) return sendPage(reply, openSeasonPage(visit, territory, { values: {}, errors: {} }));
    const m = SEASON_MESSAGES[visit.lang];
    const count = Number(query.n ?? 0);
    const notices: Record<string, string> = {
      opened: m.opened(count),
      reminded: m.reminded(count),
      confirmed: m.confirmedNotice,
      'left-out': m.leftOutNotice,
    };
    const notice = typeof query.done === 'string' ? notices[query.done] : undefined;
    return sendPage(reply, campaignPage(visit, territory, await this.campaign.campaign(season.id, visit.actor), notice));
  }

  @Post()
  async open(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const input = { name: text(body.name), startsOn: text(body.startsOn), endsOn: text(body.endsOn), printDeadline: text(body.printDeadline) };
    let mailed = 0;
    const errors = await submitForm(OpenSeasonDto, input, visit.lang, async (dto) => {
      mailed = (await this.seasons.open(territoryId, dto, visit.actor)).mailed;
    });
    if (errors) return sendPage(reply, openSeasonPage(visit, territory, { values: input, errors }), 400);
    return redirect(reply, `${seasonPath(territoryId)}?done=opened&n=${mailed}`);
  }

  @Post('remind')
  async remind(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const season = await this.openSeason(territoryId, visit);
    const chosen = text(body.all) ? undefined : list(body.producerIds);
    const { reminded } = await this.campaign.remind(season.id, chosen, visit.actor);
    return redirect(reply, `${seasonPath(territoryId)}?done=reminded&n=${reminded}`);
  }

  @Post('close')
  async close(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Res() reply: FastifyReply) {
    const season = await this.openSeason(territoryId, visit);
    await this.seasons.close(season.id, visit.actor);
    return redirect(reply, seasonPath(territoryId));
  }

  @Get('producers/:producerId')
  async onBehalf(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @PageId('producerId') producerId: string,
    @Query() query: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    const season = await this.openSeason(territoryId, visit);
    const page = await this.campaign.pageOnBehalf(season.id, producerId, visit.actor);
    const form = { values: seasonValues(page, visit.lang, query.hours === 'text' ? 'text' : undefined), errors: {} };
    return sendPage(reply, seasonAnswerPage(visit, page, form, { action: visit.path, onBehalf: true }));
  }

  @Post('producers/:producerId')
  async answerOnBehalf(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @PageId('producerId') producerId: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    const season = await this.openSeason(territoryId, visit);
    const page = await this.campaign.pageOnBehalf(season.id, producerId, visit.actor);
    const again = (errors: Record<string, string>) =>
      sendPage(reply, seasonAnswerPage(visit, page, { values: body, errors }, { action: visit.path, onBehalf: true }), 400);
    const read = await readSeasonForm(body, page, visit.lang);
    if (read.errors) return again(read.errors);
    const refused = await refusalOf(() => this.campaign.answerOnBehalf(season.id, producerId, read.answer, visit.actor), visit.lang);
    return refused ? again(refused) : redirect(reply, `${seasonPath(territoryId)}?done=confirmed`);
  }

  /** A fresh link shown once, for the coordinator to hand over: a farm without e-mail, or no mail server. */
  @Post('producers/:producerId/link')
  async handOver(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @PageId('producerId') producerId: string,
    @Res() reply: FastifyReply,
  ) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const season = await this.openSeason(territoryId, visit);
    const handed = await this.campaign.handOverLink(season.id, producerId, visit.actor);
    return sendPage(reply, campaignPage(visit, territory, await this.campaign.campaign(season.id, visit.actor), undefined, handed));
  }

  @Post('offers/:offerId/leave-out')
  async leaveOut(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @PageId('offerId') offerId: string, @Res() reply: FastifyReply) {
    const season = await this.openSeason(territoryId, visit);
    await this.campaign.leaveOut(season.id, offerId, visit.actor);
    return redirect(reply, `${seasonPath(territoryId)}?done=left-out`);
  }

  /** The campaign's actions need a season open: without one, there is nothing here (404). */
  private async openSeason(territoryId: string, visit: Visit) {
    const season = await this.seasons.openOf(territoryId, visit.actor);
    if (!season) throw new NotFoundException();
    return season;
  }
}
