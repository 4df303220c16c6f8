import { Controller, Get, Headers, Query, Res, UseFilters } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#common';
import { BrochureQueryDto, BrochuresService, PrintProblemsFoundView, TerritoryBrochureQueryDto } from '#printing';
import { CurrentActor, sendPdf as send } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { ApiFileResponse } from '../shared/api-file-response.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { PrintProblemsFilter } from './print-problems.filter.js';

/** Printable PDFs, answered 304 when the client already holds the same content. */
@ApiErrors(401, 503)
@ApiTags('brochures')
@Controller('api/v1')
export class BrochuresController {
  constructor(private readonly brochures: BrochuresService) {}

  @Get('territories/:id/brochure.pdf')
  @ApiOperation({ summary: "The territory's brochure of the offers valid on a date (coordinators)" })
  @ApiFileResponse('application/pdf', 'The PDF, as a download', { notModified: true })
  @ApiErrors(400, 403, 404)
  @ApiConflictResponse({
    type: PrintProblemsFoundView,
    description: 'A season is open and the check before printing finds problems: fix them, or give printAnyway (recorded in the audit trail)',
  })
  @UseFilters(PrintProblemsFilter)
  async territory(
    @IdParam() id: string,
    @Query() query: TerritoryBrochureQueryDto,
    @CurrentActor() actor: Actor,
    @Headers('if-none-match') known: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    return send(reply, await this.brochures.territoryBrochure(id, query, actor), known);
  }

  @Get('accommodations/:id/brochure.pdf')
  @ApiOperation({ summary: 'A brochure personalised for the accommodation: its QR code on the cover, producers nearest first (its host, coordinators)' })
  @ApiFileResponse('application/pdf', 'The PDF, as a download', { notModified: true })
  @ApiErrors(400, 403, 404)
  async accommodation(
    @IdParam() id: string,
    @Query() query: BrochureQueryDto,
    @CurrentActor() actor: Actor,
    @Headers('if-none-match') known: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    return send(reply, await this.brochures.accommodationBrochure(id, query, actor), known);
  }

  @Get('accommodations/:id/qr-card.pdf')
  @ApiOperation({ summary: 'An A6 card for the welcome book: name, big QR code, one line per language (its host, coordinators)' })
  @ApiFileResponse('application/pdf', 'The PDF, as a download', { notModified: true })
  @ApiErrors(400, 403, 404)
  async qrCard(@IdParam() id: string, @CurrentActor() actor: Actor, @Headers('if-none-match') known: string | undefined, @Res() reply: FastifyReply) {
    return send(reply, await this.brochures.qrCard(id, actor), known);
  }
}
