import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { TerritoriesService } from '#directory';
import { BrochuresService, PrintCheckService } from '#printing';
import { firstBrochureForm } from '../brochure-download.js';
import { sendGatedBrochure } from '../print-check/gated-brochure.js';
import { CurrentVisit, FileDownload, PageId, Portal } from '../portal.decorator.js';
import { sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { brochurePage } from './brochure.page.js';

/** The territory's brochure, downloaded from the member session: the same file as the API's, through the same check before printing. */
@Portal()
@Controller('app/coordinator/:territoryId')
export class CoordinatorBrochureController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly brochures: BrochuresService,
    private readonly checks: PrintCheckService,
  ) {}

  @Get('brochure')
  async choices(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    return sendPage(reply, brochurePage(visit, territory, firstBrochureForm(visit)));
  }

  @Get('brochure.pdf')
  @FileDownload()
  async pdf(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    return this.send(reply, visit, territoryId, { values: query ?? {}, anyway: false });
  }

  /** Printed anyway, with the reason (from the list of problems the GET showed). */
  @Post('brochure.pdf')
  @HttpCode(200)
  @FileDownload()
  async anyway(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    return this.send(reply, visit, territoryId, { values: body ?? {}, anyway: true });
  }

  private async send(reply: FastifyReply, visit: Visit, territoryId: string, input: { values: Record<string, unknown>; anyway: boolean }) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    return sendGatedBrochure(reply, visit, territory, input, {
      brochures: this.brochures,
      checks: this.checks,
      formPage: (form) => brochurePage(visit, territory, form),
    });
  }
}
