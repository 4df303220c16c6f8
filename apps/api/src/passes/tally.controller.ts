import { Body, Controller, Get, Headers, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IDEMPOTENCY_KEY_PATTERN, type Actor } from '#common';
import { redemptionView, TallyDto, TallyResultView, TallyService } from '#passes';
import { TallySheetQueryDto, TallySheetsService } from '#printing';
import { CurrentActor, negotiateLanguage, sendPdfBody } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { ApiFileResponse } from '../shared/api-file-response.decorator.js';
import { IdParam } from '../shared/id-param.js';

/** Uses written on paper: the producer's printable tally sheet, and the sheet typed in, all lines or none. */
@ApiErrors(401, 503)
@ApiTags('passes')
@Controller('api/v1/producers')
export class TallyController {
  constructor(
    private readonly tally: TallyService,
    private readonly sheets: TallySheetsService,
  ) {}

  @Get(':id/tally-sheet.pdf')
  @ApiOperation({
    summary: "The producer's tally sheet (A4): its offers numbered, 30 lines to write pass codes, days and amounts (its people and coordinators)",
  })
  @ApiFileResponse('application/pdf', 'The tally sheet as a PDF download')
  @ApiErrors(400, 403, 404)
  async sheet(@IdParam() producerId: string, @Query() query: TallySheetQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const file = await this.sheets.pdf(producerId, query.lang, actor);
    return sendPdfBody(reply, file.filename, file.body);
  }

  @Post(':id/tally')
  @ApiOperation({
    summary:
      "A tally sheet typed in (the producer, or a coordinator for it): every line is checked by the rules of a use at the day written on it; any wrong line → 400 naming each wrong field (lines[3].code) and nothing is recorded; all right → all recorded (recordedVia 'tally_sheet'). A retry with the same Idempotency-Key gives back the first result (200)",
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source, minLength: 8, maxLength: 100 },
    example: '3b241101-e2bb-4255-8caf-4136c566a962',
    description: 'One per sheet: the same for every retry',
  })
  @ApiCreatedResponse({ type: TallyResultView })
  @ApiOkResponse({ type: TallyResultView, description: 'The uses recorded the first time with this Idempotency-Key' })
  @ApiErrors(400, 403, 404, 413, 415)
  async record(
    @IdParam() producerId: string,
    @Body() dto: TallyDto,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TallyResultView> {
    const { lang } = negotiateLanguage(undefined, undefined, acceptLanguage);
    const result = await this.tally.record(producerId, dto, key, actor, lang);
    reply.status(result.created ? 201 : 200);
    return { created: result.created, redemptions: result.redemptions.map(redemptionView) };
  }
}
