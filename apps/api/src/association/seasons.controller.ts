import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { invalidField, type Actor } from '#common';
import {
  CampaignService,
  CampaignView,
  HandedLinkView,
  OpenSeasonDto,
  RemindDto,
  RemindedView,
  SeasonAnswerDto,
  SeasonOpenedView,
  SeasonsService,
  SeasonView,
} from '#association';
import { CurrentActor } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';

const UuidParam = (name: string) => Param(name, new ParseUUIDPipe({ exceptionFactory: () => invalidField(name, `${name} must be a UUID`) }));
const Documented = (name: string, description: string) => ApiParam({ name, format: 'uuid', example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', description });

/** Seasons and their campaign: the coordinator opens a season, follows who confirmed, reminds, answers on a producer's behalf. */
@ApiErrors(401, 403, 404, 503)
@ApiTags('seasons')
@Controller('api/v1')
export class SeasonsController {
  constructor(
    private readonly seasons: SeasonsService,
    private readonly campaign: CampaignService,
  ) {}

  @Post('territories/:id/seasons')
  @ApiOperation({ summary: 'Opens a season: every producer taking part is mailed a personal link valid until the print deadline (coordinators)' })
  @ApiCreatedResponse({ type: SeasonOpenedView })
  @ApiErrors(400, 409, 413, 415)
  open(@IdParam() territoryId: string, @Body() dto: OpenSeasonDto, @CurrentActor() actor: Actor) {
    return this.seasons.open(territoryId, dto, actor);
  }

  @Get('territories/:id/seasons')
  @ApiOperation({ summary: "The territory's seasons, the latest first (coordinators)" })
  @ApiOkResponse({ type: [SeasonView] })
  @ApiErrors(400)
  list(@IdParam() territoryId: string, @CurrentActor() actor: Actor) {
    return this.seasons.list(territoryId, actor);
  }

  @Post('seasons/:id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Closes the season: its links stop working, brochures print as outside a campaign' })
  @ApiOkResponse({ type: SeasonView })
  @ApiErrors(400)
  close(@IdParam() seasonId: string, @CurrentActor() actor: Actor) {
    return this.seasons.close(seasonId, actor);
  }

  @Get('seasons/:id/campaign')
  @ApiOperation({ summary: 'Per producer: mailed, opened, confirmed (when, by whom), what changed; and the offers nobody decided yet' })
  @ApiOkResponse({ type: CampaignView })
  @ApiErrors(400)
  follow(@IdParam() seasonId: string, @CurrentActor() actor: Actor) {
    return this.campaign.campaign(seasonId, actor);
  }

  @Post('seasons/:id/campaign/remind')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mails a fresh link to the chosen producers (every one that has not confirmed, by default); their earlier links stop working' })
  @ApiOkResponse({ type: RemindedView })
  @ApiErrors(400, 409, 413, 415)
  remind(@IdParam() seasonId: string, @Body() dto: RemindDto, @CurrentActor() actor: Actor) {
    return this.campaign.remind(seasonId, dto.producerIds, actor);
  }

  @Post('seasons/:id/campaign/producers/:producerId/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: "Answers for a producer (a phone call): its details and a decision per offer, recorded as the coordinator's" })
  @Documented('producerId', 'The producer taking part')
  @ApiNoContentResponse({ description: 'Recorded and applied' })
  @ApiErrors(400, 409, 413, 415)
  confirm(@IdParam() seasonId: string, @UuidParam('producerId') producerId: string, @Body() dto: SeasonAnswerDto, @CurrentActor() actor: Actor) {
    return this.campaign.answerOnBehalf(seasonId, producerId, dto, actor);
  }

  @Post('seasons/:id/campaign/producers/:producerId/link')
  @HttpCode(201)
  @ApiOperation({ summary: 'A fresh personal link to hand over to a producer (a text message, a call): no mail is sent; its earlier links stop working' })
  @Documented('producerId', 'The producer taking part')
  @ApiCreatedResponse({ type: HandedLinkView })
  @ApiErrors(400, 409)
  handOverLink(@IdParam() seasonId: string, @UuidParam('producerId') producerId: string, @CurrentActor() actor: Actor) {
    return this.campaign.handOverLink(seasonId, producerId, actor);
  }

  @Post('seasons/:id/campaign/offers/:offerId/leave-out')
  @HttpCode(204)
  @ApiOperation({ summary: 'Leaves an offer out of the season: it ends the day before the season starts (never deleted)' })
  @Documented('offerId', 'An offer of the territory')
  @ApiNoContentResponse({ description: 'Left out' })
  @ApiErrors(400, 409)
  leaveOut(@IdParam() seasonId: string, @UuidParam('offerId') offerId: string, @CurrentActor() actor: Actor) {
    return this.campaign.leaveOut(seasonId, offerId, actor);
  }
}
