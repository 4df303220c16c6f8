import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { TerritoriesService } from '#directory';
import { PrintCheckService } from '#printing';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { printCheckPage } from './print-check.page.js';

/** The coordinator's check before printing: the territory's problems, each with the page where it is fixed. */
@Portal()
@Controller('app/coordinator/:territoryId/print-check')
export class PrintCheckPageController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly checks: PrintCheckService,
  ) {}

  @Get()
  async show(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    return sendPage(reply, printCheckPage(visit, territory, await this.checks.checkTerritory(territory)));
  }
}
