import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { TerritoriesService } from '#directory';
import { BrochuresService } from '#printing';
import { firstBrochureForm, sendBrochure } from '../brochure-download.js';
import { CurrentVisit, FileDownload, PageId, Portal } from '../portal.decorator.js';
import { sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { brochurePage } from './brochure.page.js';

/** The territory's brochure, downloaded from the member session: the same file as the API's. */
@Portal()
@Controller('app/coordinator/:territoryId')
export class CoordinatorBrochureController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly brochures: BrochuresService,
  ) {}

  @Get('brochure')
  async choices(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    return sendPage(reply, brochurePage(visit, territory, firstBrochureForm(visit)));
  }

  @Get('brochure.pdf')
  @FileDownload()
  async pdf(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    return sendBrochure(reply, visit, ['lang', 'format', 'date'], {
      formPage: (form) => brochurePage(visit, territory, form),
      file: (choices) => this.brochures.territoryBrochure(territoryId, choices, visit.actor),
    });
  }
}
