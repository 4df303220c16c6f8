import { BadRequestException, Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AccommodationsService, TerritoriesService } from '#directory';
import { FiguresQueryDto, FiguresService, TerritoryFiguresService } from '#insights';
import { FiguresCsvQueryDto, ImpactReportQueryDto, ImpactReportsService } from '#printing';
import { sendPdf, sendCsv } from '#web';
import { apiErrorOf } from '#common';
import { fieldErrorsOf, validateForm, type FieldErrors, type FormState } from '../forms/form-errors.js';
import { givenOrNothing, queryValues } from '../forms/form-values.js';
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
    return this.figuresPage(reply, visit, query, {
      load: (period) => this.figures.forProducer(visit.actor, producerId, period),
      page: (form, figures) => producerFiguresPage(visit, form, figures),
    });
  }

  @Get('host/accommodations/:id/figures')
  async accommodation(@CurrentVisit() visit: Visit, @PageId('id') id: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const accommodation = await this.accommodations.get(id, visit.actor);
    return this.figuresPage(reply, visit, query, {
      load: (period) => this.figures.forAccommodation(visit.actor, id, period),
      page: (form, figures) => accommodationFiguresPage(visit, accommodation.name, form, figures),
    });
  }

  @Get('coordinator/:territoryId/figures')
  async territory(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @Query() query: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    return this.figuresPage(reply, visit, query, {
      load: (period) => this.territoryFigures.forTerritory(visit.actor, territoryId, period),
      page: (form, figures) => territoryFiguresPage(visit, territory.name, form, figures),
    });
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
    const checked = await validateForm(dto, queryValues(query, ['from', 'to', 'lang', 'table']), visit.lang);
    if (checked.errors) throw new BadRequestException(Object.values(checked.errors).join(' '));
    return checked.value;
  }

  /** A figures page for the period asked: its figures, or the form again saying what is wrong with the period (400). */
  private async figuresPage<F>(
    reply: FastifyReply,
    visit: Visit,
    query: Record<string, unknown>,
    figures: { load: (period: FiguresQueryDto) => Promise<F>; page: (form: FormState, figures?: F) => string },
  ) {
    const { form, period } = await this.period(visit, query);
    if (!period) return sendPage(reply, figures.page(form), 400);
    try {
      return sendPage(reply, figures.page(form, await figures.load(period)));
    } catch (error) {
      return sendPage(reply, figures.page({ ...form, errors: periodErrors(error, visit) }), 400);
    }
  }

  private async period(visit: Visit, query: Record<string, unknown>): Promise<{ form: FormState; period?: FiguresQueryDto }> {
    const values = { from: givenOrNothing(query.from), to: givenOrNothing(query.to) };
    const checked = await validateForm(FiguresQueryDto, values, visit.lang);
    if (checked.errors) return { form: { values, errors: checked.errors } };
    return { form: { values, errors: {} }, period: checked.value };
  }
}
