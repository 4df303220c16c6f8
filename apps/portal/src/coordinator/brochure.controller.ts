import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { TerritoriesService } from '#directory';
import { BrochureQueryDto, BrochuresService } from '#printing';
import { sendPdf } from '#web';
import { validateForm } from '../forms/form-errors.js';
import { defined } from '../forms/form-values.js';
import { CurrentVisit, FileDownload, PageId, Portal } from '../portal.decorator.js';
import { sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { brochurePage } from './brochure.page.js';

const given = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

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
    return sendPage(reply, brochurePage(visit, territory, { values: { lang: visit.lang, format: 'A4' }, errors: {} }));
  }

  @Get('brochure.pdf')
  @FileDownload()
  async pdf(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @Query() query: Record<string, unknown>,
    @Headers('if-none-match') known: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const checked = await validateForm(
      BrochureQueryDto,
      defined({ lang: given(query.lang), format: given(query.format), date: given(query.date) }),
      visit.lang,
    );
    if (checked.errors) return sendPage(reply, brochurePage(visit, territory, { values: query, errors: checked.errors }), 400);
    return sendPdf(reply, await this.brochures.territoryBrochure(territoryId, checked.value, visit.actor), known);
  }
}
