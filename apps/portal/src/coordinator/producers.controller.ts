import { Body, Controller, Get, NotFoundException, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CreateProducerDto, ProducerQueryDto, ProducersService, TerritoriesService, UpdateProducerDto, type Producer, type Territory } from '#directory';
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
import { producerFields, producerInput, producerLabels, producerValues } from './producer-form.js';

/** Any producer of the territory: listed and searched, added, edited (status included). */
@Portal()
@Controller('app/coordinator/:territoryId/producers')
export class CoordinatorProducersController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly producers: ProducersService,
  ) {}

  @Get()
  async list(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const q = text(query.q).slice(0, 100);
    const page = await this.producers.list(Object.assign(new ProducerQueryDto(), { territoryId, q: q || undefined, limit: 100 }), visit.actor);
    const notice = query.done === 'saved' ? PORTAL_MESSAGES[visit.lang].saved : query.done === 'created' ? COORDINATOR_MESSAGES[visit.lang].created : undefined;
    return sendPage(reply, placesPage(visit, territory, 'producers', page.items, page.total, q, notice));
  }

  @Get('new')
  async newForm(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    return this.show(reply, visit, territory, { values: producerValues(), errors: {} });
  }

  @Post('new')
  async create(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const again = (errors: FieldErrors) => this.show(reply, visit, territory, { values: body, errors: placeErrors(errors, visit) }, undefined, 400);
    const errors = await submitForm(
      CreateProducerDto,
      { ...defined(producerInput(body)), territoryId },
      visit.lang,
      (value) => this.producers.create(value, visit.actor),
      'name',
    );
    return errors ? again(errors) : redirect(reply, `${coordinatorPath(territoryId, 'producers')}?done=created`);
  }

  @Get(':producerId')
  async edit(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @PageId('producerId') producerId: string, @Res() reply: FastifyReply) {
    const { territory, producer } = await this.producerOf(territoryId, producerId, visit);
    return this.show(reply, visit, territory, { values: producerValues(producer), errors: {} }, producer);
  }

  @Post(':producerId')
  async save(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @PageId('producerId') producerId: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    const { territory, producer } = await this.producerOf(territoryId, producerId, visit);
    const again = (errors: FieldErrors) => this.show(reply, visit, territory, { values: body, errors: placeErrors(errors, visit) }, producer, 400);
    const errors = await submitForm(
      UpdateProducerDto,
      defined(producerInput(body, producer)),
      visit.lang,
      (value) => this.producers.update(producerId, value, visit.actor),
      'name',
    );
    return errors ? again(errors) : redirect(reply, `${coordinatorPath(territoryId, 'producers')}?done=saved`);
  }

  /** A producer of this territory: one of another territory is no page of this one. */
  private async producerOf(territoryId: string, producerId: string, visit: Visit): Promise<{ territory: Territory; producer: Producer }> {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const producer = await this.producers.get(producerId, visit.actor);
    if (producer.territoryId !== territoryId) throw new NotFoundException();
    return { territory, producer };
  }

  private show(
    reply: FastifyReply,
    visit: Visit,
    territory: Territory,
    form: { values: Record<string, unknown>; errors: FieldErrors },
    producer?: Producer,
    status = 200,
  ) {
    const page = placeFormPage(visit, territory, 'producers', {
      name: producer?.name,
      form,
      fields: producerFields(visit, form),
      labels: producerLabels(visit),
    });
    return sendPage(reply, page, status);
  }
}
