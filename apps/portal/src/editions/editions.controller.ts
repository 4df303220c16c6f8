import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { SeasonsService } from '#association';
import { AccommodationsService, ProducersService, TerritoriesService, type Territory } from '#directory';
import { CreateEditionDto, EditionsService, funnelCsv, FunnelService, RecordCopiesDto, SeasonFunnelService } from '#insights';
import { EditionPrinting } from '#printing';
import { sendCsv } from '#web';
import { coordinatorPath } from '../coordinator/coordinator-section.js';
import { territoryDirectory } from '../coordinator/territory-directory.js';
import { emptyForm, type FieldErrors } from '../forms/form-errors.js';
import { submitForm } from '../forms/submit-form.js';
import { CurrentVisit, FileDownload, PageId, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { coordinatorEditionsPage, hostEditionsPage, type CoordinatorForms } from './editions.pages.js';
import { seasonFunnelPage } from './season-funnel.page.js';

/** A typed whole number as a number; anything else as typed, for the DTO to refuse. */
const whole = (value: unknown) => (typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : value);

/** An edition number from the page's query, if it is one. */
const numberOf = (value: unknown) => (typeof value === 'string' && /^[1-9]\d{0,4}$/.test(value) ? Number(value) : undefined);

/** Editions of the brochure and their funnel: the coordinator's page and each host's own. */
@Portal()
@Controller('app')
export class EditionsPagesController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly accommodations: AccommodationsService,
    private readonly producers: ProducersService,
    private readonly editions: EditionsService,
    private readonly printing: EditionPrinting,
    private readonly funnel: FunnelService,
    private readonly seasons: SeasonsService,
    private readonly seasonFunnel: SeasonFunnelService,
  ) {}

  @Get('coordinator/:territoryId/editions')
  async coordinator(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @Query() query: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    return this.coordinatorPage(reply, visit, territory, { compare: { first: numberOf(query.a), second: numberOf(query.b) } });
  }

  @Post('coordinator/:territoryId/editions')
  async create(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const errors = await submitForm(CreateEditionDto, { name: body.name, format: body.format, lang: body.lang }, visit.lang, (dto) =>
      this.printing.create(territoryId, dto, visit.actor),
    );
    if (errors) return this.coordinatorPage(reply, visit, territory, { create: { values: body, errors } }, 400);
    return redirect(reply, coordinatorPath(territoryId, 'editions'));
  }

  @Post('coordinator/:territoryId/editions/copies')
  async coordinatorCopies(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const edition = (await this.editions.list(territoryId, visit.actor)).find((e) => e.number === numberOf(body.edition));
    const errors: FieldErrors | undefined = edition
      ? await submitForm(RecordCopiesDto, { copies: whole(body.copies) }, visit.lang, (dto) =>
          this.editions.recordCopies(edition.id, String(body.accommodationId), dto.copies, visit.actor),
        )
      : { edition: '—' };
    if (errors) return this.coordinatorPage(reply, visit, territory, { copies: { values: body, errors } }, 400);
    return redirect(reply, coordinatorPath(territoryId, 'editions'));
  }

  @Get('coordinator/:territoryId/editions/funnel.csv')
  @FileDownload()
  async csv(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const compare = typeof query.compare === 'string' && /^[1-9]\d{0,4}(,[1-9]\d{0,4})?$/.test(query.compare) ? query.compare : undefined;
    const [first, second] = compare?.split(',').map(Number) ?? [];
    const funnel = await this.funnel.forTerritory(territoryId, second ? { compare } : { edition: first }, visit.actor);
    return sendCsv(reply, { filename: `funnel-${compare?.replace(',', '-') ?? 'latest'}.csv`, body: funnelCsv(funnel, visit.lang) });
  }

  @Get('coordinator/:territoryId/editions/seasons')
  async seasonsCompared(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @Query() query: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const seasons = await this.seasons.list(territoryId, visit.actor);
    // seasons of the list only: anything else in the address falls back on the latest two
    const asked = [query.a, query.b].filter((id, i, all): id is string => seasons.some((s) => s.id === id) && all.indexOf(id) === i);
    const funnel = await this.seasonFunnel.forSeasons(territoryId, asked.length ? { seasons: asked.join(',') } : {}, visit.actor);
    return sendPage(reply, seasonFunnelPage(visit, territory, seasons, funnel));
  }

  @Get('host/accommodations/:id/editions')
  async host(@CurrentVisit() visit: Visit, @PageId('id') id: string, @Res() reply: FastifyReply) {
    return sendPage(reply, hostEditionsPage(visit, await this.funnel.forAccommodation(id, visit.actor), new Map()));
  }

  @Post('host/accommodations/:id/editions/:editionId/copies')
  async hostCopies(
    @CurrentVisit() visit: Visit,
    @PageId('id') id: string,
    @PageId('editionId') editionId: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    // who may see the accommodation's funnel may record its copies: the same 404 for anyone else
    const funnel = await this.funnel.forAccommodation(id, visit.actor);
    const errors = await submitForm(RecordCopiesDto, { copies: whole(body.copies) }, visit.lang, (dto) =>
      this.editions.recordCopies(editionId, id, dto.copies, visit.actor),
    );
    const path = `/app/host/accommodations/${id}/editions`;
    if (!errors) return redirect(reply, path);
    return sendPage(reply, hostEditionsPage({ ...visit, path }, funnel, new Map([[editionId, { values: body, errors }]])), 400);
  }

  /** The page with the latest two editions compared unless two are asked for. */
  private async coordinatorPage(reply: FastifyReply, visit: Visit, territory: Territory, forms: Partial<CoordinatorForms>, status = 200) {
    const editions = await this.editions.list(territory.id, visit.actor);
    const second = forms.compare?.second ?? editions[0]?.number;
    const first = forms.compare?.first ?? editions[1]?.number ?? second;
    const known = new Set(editions.map((e) => e.number));
    const asked = [first, second].filter((n, i, all): n is number => n !== undefined && known.has(n) && all.indexOf(n) === i);
    const funnel = asked.length
      ? await this.funnel.forTerritory(territory.id, asked.length === 2 ? { compare: asked.join(',') } : { edition: asked[0] }, visit.actor)
      : undefined;
    const { accommodations } = await territoryDirectory({ producers: this.producers, accommodations: this.accommodations }, territory.id, visit.actor);
    const page = coordinatorEditionsPage(visit, territory, editions, accommodations, funnel, {
      create: forms.create ?? emptyForm({ format: 'A5', lang: visit.lang }),
      copies: forms.copies ?? emptyForm(),
      compare: { first, second },
    });
    return sendPage(reply, page, status);
  }
}
