import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AccommodationsService } from '#directory';
import { PassesService } from '#passes';
import { BrochuresService, renderPassCard } from '#printing';
import { sendPdf, sendPdfBody } from '#web';
import { firstBrochureForm, sendBrochure } from '../brochure-download.js';
import { CurrentVisit, FileDownload, PageId, Portal } from '../portal.decorator.js';
import { sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { passOf } from './pass-access.js';
import { printPage } from './print.page.js';

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
    return sendPage(reply, printPage(visit, accommodation, firstBrochureForm(visit)));
  }

  @Get('accommodations/:id/brochure.pdf')
  @FileDownload()
  async brochure(@CurrentVisit() visit: Visit, @PageId('id') id: string, @Res() reply: FastifyReply) {
    return sendBrochure(reply, visit, ['lang', 'format', 'imposition'], {
      formPage: async (form) => printPage(visit, await this.accommodations.get(id, visit.actor), form),
      file: (choices) => this.brochures.accommodationBrochure(id, choices, visit.actor),
    });
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
