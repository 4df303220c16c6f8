import { Body, Controller, Get, NotFoundException, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  AccommodationQueryDto,
  AccommodationsService,
  CreateAccommodationDto,
  TerritoriesService,
  UpdateAccommodationDto,
  type Accommodation,
  type Territory,
} from '#directory';
import type { FieldErrors } from '../forms/form-errors.js';
import { defined, text } from '../forms/form-values.js';
import { submitForm } from '../forms/submit-form.js';
import { PORTAL_MESSAGES } from '../portal-messages.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';
import { coordinatorPath } from './coordinator-section.js';
import { placeErrors } from './place-form.js';
import { placeFormPage, placesPage } from './places.pages.js';
import { accommodationFields, accommodationInput, accommodationLabels, accommodationValues } from './accommodation-form.js';

/** Any accommodation of the territory: listed and searched, added, edited (status included). */
@Portal()
@Controller('app/coordinator/:territoryId/accommodations')
export class CoordinatorAccommodationsController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly accommodations: AccommodationsService,
  ) {}

  @Get()
  async list(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const q = text(query.q).slice(0, 100);
    const page = await this.accommodations.list(Object.assign(new AccommodationQueryDto(), { territoryId, q: q || undefined, limit: 100 }), visit.actor);
    const notice = query.done === 'saved' ? PORTAL_MESSAGES[visit.lang].saved : query.done === 'created' ? COORDINATOR_MESSAGES[visit.lang].created : undefined;
    return sendPage(reply, placesPage(visit, territory, 'accommodations', page.items, page.total, q, notice));
  }

  @Get('new')
  async newForm(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    return this.show(reply, visit, territory, { values: accommodationValues(), errors: {} });
  }

  @Post('new')
  async create(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const again = (errors: FieldErrors) => this.show(reply, visit, territory, { values: body, errors: placeErrors(errors, visit) }, undefined, 400);
    const errors = await submitForm(
      CreateAccommodationDto,
      { ...defined(accommodationInput(body)), territoryId },
      visit.lang,
      (value) => this.accommodations.create(value, visit.actor),
      'name',
    );
    return errors ? again(errors) : redirect(reply, `${coordinatorPath(territoryId, 'accommodations')}?done=created`);
  }

  @Get(':accommodationId')
  async edit(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @PageId('accommodationId') accommodationId: string,
    @Res() reply: FastifyReply,
  ) {
    const { territory, accommodation } = await this.accommodationOf(territoryId, accommodationId, visit);
    return this.show(reply, visit, territory, { values: accommodationValues(accommodation), errors: {} }, accommodation);
  }

  @Post(':accommodationId')
  async save(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @PageId('accommodationId') accommodationId: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    const { territory, accommodation } = await this.accommodationOf(territoryId, accommodationId, visit);
    const again = (errors: FieldErrors) => this.show(reply, visit, territory, { values: body, errors: placeErrors(errors, visit) }, accommodation, 400);
    const errors = await submitForm(
      UpdateAccommodationDto,
      defined(accommodationInput(body, accommodation)),
      visit.lang,
      (value) => this.accommodations.update(accommodationId, value, visit.actor),
      'name',
    );
    return errors ? again(errors) : redirect(reply, `${coordinatorPath(territoryId, 'accommodations')}?done=saved`);
  }

  /** An accommodation of this territory: one of another territory is no page of this one. */
  private async accommodationOf(territoryId: string, accommodationId: string, visit: Visit): Promise<{ territory: Territory; accommodation: Accommodation }> {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const accommodation = await this.accommodations.get(accommodationId, visit.actor);
    if (accommodation.territoryId !== territoryId) throw new NotFoundException();
    return { territory, accommodation };
  }

  private show(
    reply: FastifyReply,
    visit: Visit,
    territory: Territory,
    form: { values: Record<string, unknown>; errors: FieldErrors },
    accommodation?: Accommodation,
    status = 200,
  ) {
    const page = placeFormPage(visit, territory, 'accommodations', {
      name: accommodation?.name,
      form,
      fields: accommodationFields(visit, form),
      labels: accommodationLabels(visit),
    });
    return sendPage(reply, page, status);
  }
}
