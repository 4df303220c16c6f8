import { BadRequestException, Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AccommodationsService, TerritoriesService } from '#directory';
import { FiguresQueryDto, FiguresService, TerritoryFiguresService } from '#insights';
import { FiguresCsvQueryDto, ImpactReportQueryDto, ImpactReportsService } from '#printing';
import { sendPdf, sendCsv } from '#web';
import { apiErrorOf } from '#common';
import { fieldErrorsOf, validateForm, type FieldErrors, type FormState } from '../forms/form-errors.js';
import { CurrentVisit, FileDownload, PageId, Portal } from '../portal.decorator.js';
import { sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { accommodationFiguresPage, producerFiguresPage, territoryFiguresPage } from './figures.pages.js';

/** A period the service refused (400) is shown beside the date fields; any other refusal is the page's answer. */
function periodErrors(error: unknown, visit: Visit): FieldErrors {
  const errors = apiErrorOf(error).statusCode === 400 ? fieldErrorsOf(error, visit.lang, 'from') : undefined;
  if (!errors) throw error;
  return errors;
}

/** A query value, or nothing when empty (a form's blank field). */
const dateOrNothing = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** "My figures" for a producer, for each accommodation a host runs, and the whole territory for its coordinators. */
@Portal()
@Controller('app')
export class FiguresPagesController {
  constructor(
    private readonly figures: FiguresService,
    private readonly accommodations: AccommodationsService,
    private readonly territories: TerritoriesService,
    private readonly territoryFigures: TerritoryFiguresService,
    private readonly reports: ImpactReportsService,
  ) {}

  @Get('producer/:producerId/figures')
  async producer(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const { form, period } = await this.period(visit, query);
    if (!period) return sendPage(reply, producerFiguresPage(visit, form), 400);
    try {
      return sendPage(reply, producerFiguresPage(visit, form, await this.figures.forProducer(visit.actor, producerId, period)));
    } catch (error) {
      const errors = periodErrors(error, visit);
      return sendPage(reply, producerFiguresPage(visit, { ...form, errors }), 400);
    }
  }

  @Get('host/accommodations/:id/figures')
  async accommodation(@CurrentVisit() visit: Visit, @PageId('id') id: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const accommodation = await this.accommodations.get(id, visit.actor);
    const { form, period } = await this.period(visit, query);
    if (!period) return sendPage(reply, accommodationFiguresPage(visit, accommodation.name, form), 400);
    try {
      return sendPage(reply, accommodationFiguresPage(visit, accommodation.name, form, await this.figures.forAccommodation(visit.actor, id, period)));
    } catch (error) {
      const errors = periodErrors(error, visit);
      return sendPage(reply, accommodationFiguresPage(visit, accommodation.name, { ...form, errors }), 400);
    }
  }

  @Get('coordinator/:territoryId/figures')
  async territory(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @Query() query: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const { form, period } = await this.period(visit, query);
    if (!period) return sendPage(reply, territoryFiguresPage(visit, territory.name, form), 400);
    try {
      return sendPage(reply, territoryFiguresPage(visit, territory.name, form, await this.territoryFigures.forTerritory(visit.actor, territoryId, period)));
    } catch (error) {
      return sendPage(reply, territoryFiguresPage(visit, territory.name, { ...form, errors: periodErrors(error, visit) }), 400);
    }
  }

  @Get('coordinator/:territoryId/figures/report.pdf')
  @FileDownload()
  async report(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const input = await this.download(ImpactReportQueryDto, query, visit);
    return sendPdf(reply, await this.reports.report(territoryId, input, visit.actor), undefined);
  }

  @Get('coordinator/:territoryId/figures/table.csv')
  @FileDownload()
  async table(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const input = await this.download(FiguresCsvQueryDto, query, visit);
    return sendCsv(reply, await this.reports.table(territoryId, input, visit.actor));
  }

  /** A download's options, from a link of the figures page: a wrong one is a 400 page naming it. */
  private async download<T extends object>(dto: new () => T, query: Record<string, unknown>, visit: Visit): Promise<T> {
    const values = Object.fromEntries(
      ['from', 'to', 'lang', 'table'].map((name) => [name, dateOrNothing(query[name])] as const).filter(([, value]) => value !== undefined),
    );
    const checked = await validateForm(dto, values, visit.lang);
    if (checked.errors) throw new BadRequestException(Object.values(checked.errors).join(' '));
    return checked.value;
  }

  private async period(visit: Visit, query: Record<string, unknown>): Promise<{ form: FormState; period?: FiguresQueryDto }> {
    const values = { from: dateOrNothing(query.from), to: dateOrNothing(query.to) };
    const checked = await validateForm(FiguresQueryDto, values, visit.lang);
    if (checked.errors) return { form: { values, errors: checked.errors } };
    return { form: { values, errors: {} }, period: checked.value };
  }
}
