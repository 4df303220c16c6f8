import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { invalidField, type Actor } from '#common';
import {
  AccommodationFunnelView,
  CreateEditionDto,
  EditionCopiesView,
  EditionDetailView,
  EditionsService,
  EditionView,
  funnelCsv,
  FunnelCsvQueryDto,
  FunnelQueryDto,
  FunnelService,
  RecordCopiesDto,
  SeasonFunnelQueryDto,
  SeasonFunnelService,
  SeasonsFunnelView,
  TerritoryFunnelView,
} from '#insights';
import { EditionPrinting } from '#printing';
import { CurrentActor, sendCsv } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { ApiFileResponse } from '../shared/api-file-response.decorator.js';
import { IdParam } from '../shared/id-param.js';

const AccommodationIdParam = () =>
  Param('accommodationId', new ParseUUIDPipe({ exceptionFactory: () => invalidField('accommodationId', 'accommodationId must be a UUID') }));

/** Print runs of the brochures and what each brought, from the copies to declared spending. */
@ApiErrors(401, 503)
@ApiTags('editions')
@Controller('api/v1')
export class EditionsController {
  constructor(
    private readonly editions: EditionsService,
    private readonly printing: EditionPrinting,
    private readonly funnel: FunnelService,
    private readonly seasonFunnel: SeasonFunnelService,
  ) {}

  @Post('territories/:id/editions')
  @ApiOperation({
    summary:
      'A coordinator makes the next edition: what the brochures would print now (producers, offers, their phrases and end dates) frozen for good; print it with ?edition=N (coordinators)',
  })
  @ApiCreatedResponse({ type: EditionDetailView })
  @ApiErrors(400, 403, 404, 413, 415)
  create(@IdParam() id: string, @Body() dto: CreateEditionDto, @CurrentActor() actor: Actor) {
    return this.printing.create(id, dto, actor);
  }

  @Get('territories/:id/editions')
  @ApiOperation({ summary: "The territory's editions, latest first, with the copies recorded (its members)" })
  @ApiOkResponse({ type: [EditionView] })
  @ApiErrors(404)
  list(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.editions.list(id, actor);
  }

  @Get('editions/:id')
  @ApiOperation({ summary: 'An edition with what it printed (members of its territory)' })
  @ApiOkResponse({ type: EditionDetailView })
  @ApiErrors(400, 404)
  get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.editions.get(id, actor);
  }

  @Put('editions/:id/copies/:accommodationId')
  @ApiParam({ name: 'accommodationId', format: 'uuid', example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a' })
  @ApiOperation({ summary: 'How many copies of the edition the accommodation received (its host, coordinators); again replaces the number' })
  @ApiOkResponse({ type: EditionCopiesView })
  @ApiErrors(400, 403, 404, 413, 415)
  copies(@IdParam() id: string, @AccommodationIdParam() accommodationId: string, @Body() dto: RecordCopiesDto, @CurrentActor() actor: Actor) {
    return this.editions.recordCopies(id, accommodationId, dto.copies, actor);
  }

  @Get('territories/:id/funnel')
  @ApiOperation({
    summary:
      'Copies → openings from the QR code → passes → uses → declared spending, with the rate at each step, for one edition (default: the latest) or two side by side, host by host, by week and by producer (coordinators)',
  })
  @ApiOkResponse({ type: TerritoryFunnelView })
  @ApiErrors(400, 403, 404)
  territory(@IdParam() id: string, @Query() query: FunnelQueryDto, @CurrentActor() actor: Actor) {
    return this.funnel.forTerritory(id, query, actor);
  }

  @Get('territories/:id/funnel.csv')
  @ApiOperation({
    summary: 'The funnel host by host as CSV (semicolons, UTF-8 with BOM: opens in French Excel), headers in `lang` (coordinators)',
  })
  @ApiFileResponse('text/csv', 'The table as a CSV download')
  @ApiErrors(400, 403, 404)
  async csv(@IdParam() id: string, @Query() query: FunnelCsvQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const { lang, ...asked } = query;
    const funnel = await this.funnel.forTerritory(id, asked, actor);
    const numbers = funnel.editions.map((f) => f.edition.number).join('-');
    return sendCsv(reply, { filename: `funnel-${numbers || 'none'}.csv`, body: funnelCsv(funnel, lang) });
  }

  @Get('territories/:id/funnel/seasons')
  @ApiOperation({
    summary:
      "Two seasons side by side (or one), host by host: the copies of each season's editions, and the openings from their QR codes, passes, uses and declared spending on the season's days, with the rate at each step (coordinators)",
  })
  @ApiOkResponse({ type: SeasonsFunnelView })
  @ApiErrors(400, 403, 404)
  seasons(@IdParam() id: string, @Query() query: SeasonFunnelQueryDto, @CurrentActor() actor: Actor) {
    return this.seasonFunnel.forSeasons(id, query, actor);
  }

  @Get('accommodations/:id/funnel')
  @ApiOperation({ summary: "The accommodation's own funnel in each edition of its territory (its host, coordinators)" })
  @ApiOkResponse({ type: AccommodationFunnelView })
  @ApiErrors(400, 404)
  accommodation(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.funnel.forAccommodation(id, actor);
  }
}
