import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#common';
import { FiguresCsvQueryDto, ImpactReportQueryDto, ImpactReportsService } from '#printing';
import { CurrentActor, sendPdf, sendCsv } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { ApiFileResponse } from '../shared/api-file-response.decorator.js';
import { IdParam } from '../shared/id-param.js';

/** What the association shows its funders: the impact report and its tables (coordinators). */
@ApiErrors(401, 503)
@ApiTags('figures')
@Controller('api/v1/territories')
export class ImpactReportsController {
  constructor(private readonly reports: ImpactReportsService) {}

  @Get(':id/impact-report.pdf')
  @ApiOperation({
    summary:
      'The impact report for a period: key figures, the season in charts, top producers, accommodations and hosts, the flow between them, the method (coordinators)',
  })
  @ApiFileResponse('application/pdf', 'The report as a PDF download', { notModified: true })
  @ApiErrors(400, 403, 404)
  async pdf(
    @IdParam() id: string,
    @Query() query: ImpactReportQueryDto,
    @CurrentActor() actor: Actor,
    @Headers('if-none-match') known: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    return sendPdf(reply, await this.reports.report(id, query, actor), known);
  }

  @Get(':id/figures.csv')
  @ApiOperation({
    summary:
      'One table of the impact report as CSV (semicolons, UTF-8 with BOM: opens in French Excel), euros with a decimal comma, which a French spreadsheet sums (coordinators)',
  })
  @ApiFileResponse('text/csv', 'The table as a CSV download')
  @ApiErrors(400, 403, 404)
  async csv(@IdParam() id: string, @Query() query: FiguresCsvQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return sendCsv(reply, await this.reports.table(id, query, actor));
  }
}
