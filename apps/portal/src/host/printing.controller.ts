import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AccommodationsService } from '#directory';
import { PassesService } from '#passes';
import { BrochureQueryDto, BrochuresService, renderPassCard } from '#printing';
import { sendPdf, sendPdfBody } from '#web';
import { validateForm } from '../forms/form-errors.js';
import { CurrentVisit, FileDownload, PageId, Portal } from '../portal.decorator.js';
import { sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { passOf } from './pass-access.js';
import { printPage } from './print.page.js';

const given = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** The host's printed matter, downloaded from the member session: the same files as the API's. */
@Portal()
@Controller('app/host')
export class HostPrintingController {
  constructor(
    private readonly accommodations: AccommodationsService,
    private readonly brochures: BrochuresService,
    private readonly passes: PassesService,
  ) {}

  @Get('accommodations/:id/print')
  async print(@CurrentVisit() visit: Visit, @PageId('id') id: string, @Res() reply: FastifyReply) {
    const accommodation = await this.accommodations.get(id, visit.actor);
    return sendPage(reply, printPage(visit, accommodation, { values: { lang: visit.lang, format: 'A4' }, errors: {} }));
  }

  @Get('accommodations/:id/brochure.pdf')
  @FileDownload()
  async brochure(
    @CurrentVisit() visit: Visit,
    @PageId('id') id: string,
    @Query() query: Record<string, unknown>,
    @Headers('if-none-match') known: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const checked = await validateForm(BrochureQueryDto, { lang: given(query.lang), format: given(query.format) }, visit.lang);
    if (checked.errors) {
      const accommodation = await this.accommodations.get(id, visit.actor);
      return sendPage(reply, printPage(visit, accommodation, { values: query, errors: checked.errors }), 400);
    }
    return sendPdf(reply, await this.brochures.accommodationBrochure(id, checked.value, visit.actor), known);
  }

  /** The card holds a line in every language: there is no language to choose. */
  @Get('accommodations/:id/qr-card.pdf')
  @FileDownload()
  async qrCard(@CurrentVisit() visit: Visit, @PageId('id') id: string, @Headers('if-none-match') known: string | undefined, @Res() reply: FastifyReply) {
    return sendPdf(reply, await this.brochures.qrCard(id, visit.actor), known);
  }

  @Get('passes/:code/card.pdf')
  async passCard(@CurrentVisit() visit: Visit, @Param('code') code: string, @Res() reply: FastifyReply) {
    const { pass } = await passOf(this.passes, this.accommodations, visit.actor, code);
    return sendPdfBody(reply, `pass-${pass.code}.pdf`, await renderPassCard(pass));
  }
}
