import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiPageResponse, IDEMPOTENCY_KEY_PATTERN, idempotencyKeyOf, mapPage, PageQueryDto, type Actor } from '#common';
import { IssuePassDto, PassesService, PassView, RedeemDto, RedemptionsService, RedemptionView, redemptionView, SelfServicePassDto } from '#passes';
import { renderPassCard } from '#printing';
import { CurrentActor, Public, negotiateLanguage, sendPdfBody } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { ApiFileResponse } from '../shared/api-file-response.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { PASS_CODE_PARAM, passCode } from './pass-code.js';

const IDEMPOTENCY_KEY = { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source, minLength: 8, maxLength: 100 } as const;

@ApiErrors(401, 503)
@ApiTags('passes')
@Controller('api/v1')
export class PassesController {
  constructor(
    private readonly passes: PassesService,
    private readonly redemptions: RedemptionsService,
  ) {}

  @Post('passes')
  @ApiOperation({
    summary: 'A host issues a pass for a stay at one of its accommodations; a retry with the same Idempotency-Key gives back the first pass (200)',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    schema: IDEMPOTENCY_KEY,
    example: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    description: 'One per stay: the same for every retry (recommended on poor connections)',
  })
  @ApiCreatedResponse({ type: PassView })
  @ApiOkResponse({ type: PassView, description: 'The pass issued the first time with this Idempotency-Key' })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  async issue(
    @Body() dto: IssuePassDto,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.passes.issue(dto, actor, idempotencyKeyOf(key, false));
    reply.status(result.created ? 201 : 200);
    return result.pass;
  }

  @Public()
  @Post('passes/self-service')
  @ApiOperation({
    summary:
      "A tourist takes a pass from the accommodation's page, where the territory allows it (10 an hour per client address, 30 an hour per accommodation → 429)",
  })
  @ApiCreatedResponse({ type: PassView })
  @ApiErrors(400, 403, 404, 409, 413, 415, 429)
  selfService(@Body() dto: SelfServicePassDto, @Req() request: FastifyRequest) {
    return this.passes.selfService(dto, request.ip);
  }

  @Public()
  @Get('passes/:code')
  @ApiParam({ name: 'code', example: 'k7m3p9qa2xs', description: PASS_CODE_PARAM })
  @ApiOperation({ summary: 'The pass by its code, with the offers it can still use' })
  @ApiOkResponse({ type: PassView })
  @ApiErrors(400, 404)
  view(@Param('code') code: string) {
    return this.passes.view(passCode(code));
  }

  @Public()
  @Get('passes/:code/card.pdf')
  @ApiParam({ name: 'code', example: 'k7m3p9qa2xs', description: PASS_CODE_PARAM })
  @ApiOperation({ summary: 'The pass as a printable A6 card' })
  @ApiFileResponse('application/pdf', 'The card as a PDF download')
  @ApiErrors(400, 404)
  async card(@Param('code') code: string, @Res() reply: FastifyReply) {
    const pass = await this.passes.view(passCode(code));
    return sendPdfBody(reply, `pass-${pass.code}.pdf`, await renderPassCard(pass));
  }

  @Post('passes/:code/cancel')
  @ApiParam({ name: 'code', example: 'k7m3p9qa2xs', description: PASS_CODE_PARAM })
  @HttpCode(200)
  @ApiOperation({ summary: 'The host cancels a pass' })
  @ApiOkResponse({ type: PassView })
  @ApiErrors(400, 403, 404, 409)
  cancel(@Param('code') code: string, @CurrentActor() actor: Actor) {
    return this.passes.cancel(passCode(code), actor);
  }

  @Post('passes/:code/redemptions')
  @ApiParam({ name: 'code', example: 'k7m3p9qa2xs', description: PASS_CODE_PARAM })
  @ApiOperation({ summary: 'A producer records a use of its offer with the pass; a retry with the same Idempotency-Key gives back the first result (200)' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    schema: IDEMPOTENCY_KEY,
    example: '0f8fad5b-d9cb-469f-a165-70867728950e',
    description: 'One per use: the same for every retry',
  })
  @ApiCreatedResponse({ type: RedemptionView })
  @ApiOkResponse({ type: RedemptionView, description: 'The use recorded the first time with this Idempotency-Key' })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  async redeem(
    @Param('code') code: string,
    @Body() dto: RedeemDto,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { lang } = negotiateLanguage(undefined, undefined, acceptLanguage);
    const result = await this.redemptions.redeem(passCode(code, lang), dto, key, actor, lang);
    reply.status(result.created ? 201 : 200);
    return redemptionView(result.redemption);
  }

  @Post('redemptions/:id/void')
  @HttpCode(200)
  @ApiOperation({ summary: 'The producer voids a mistaken use within 30 minutes; the void is recorded' })
  @ApiOkResponse({ type: RedemptionView })
  @ApiErrors(400, 403, 404, 409)
  async void(@IdParam() id: string, @Headers('accept-language') acceptLanguage: string | undefined, @CurrentActor() actor: Actor) {
    return redemptionView(await this.redemptions.void(id, actor, negotiateLanguage(undefined, undefined, acceptLanguage).lang));
  }

  @Get('redemptions')
  @ApiOperation({ summary: 'Uses: a producer sees its own, a host its guests’, a coordinator its territory’s' })
  @ApiPageResponse(RedemptionView)
  @ApiErrors(400)
  async list(@Query() query: PageQueryDto, @CurrentActor() actor: Actor) {
    return mapPage(await this.redemptions.list(query, actor), redemptionView);
  }
}
