import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ProducersService, UpdateProducerDto, type Producer } from '#directory';
import { PRINTED_TEXTS } from '#printing';
import { validateForm } from '../forms/form-errors.js';
import { defined, text } from '../forms/form-values.js';
import { refusalOf } from '../forms/submit-form.js';
import { unprintableParameter, withUnprintableNotice } from '../forms/unprintable-notice.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { businessErrors, businessInput, businessValues } from './business-form.js';
import { businessPage } from './business.page.js';
import { PRODUCER_MESSAGES } from './producer.messages.js';
import { ImageSections } from '../images/image-sections.js';
import { readOpeningHours } from '#directory';

/** "My business": the producer edits the profile visitors see, opening hours included. */
@Portal()
@Controller('app/producer')
export class BusinessController {
  constructor(
    private readonly producers: ProducersService,
    private readonly images: ImageSections,
  ) {}

  @Get(':producerId')
  async show(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const producer = await this.producers.editable(producerId, visit.actor);
    const notice = withUnprintableNotice(query.done === 'saved' ? PRODUCER_MESSAGES[visit.lang].businessSaved : undefined, visit.lang, query.unprintable);
    const values = businessValues(producer, query.hours === 'text' ? 'text' : undefined);
    return sendPage(reply, businessPage(visit, producer, { values, errors: {} }, notice, await this.images.producer(visit, producer, query)));
  }

  @Post(':producerId')
  async save(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const producer = await this.producers.editable(producerId, visit.actor);
    const { input, errors: formErrors } = businessInput(body, producer, visit.lang);
    // What was typed, as typed: shown again on any error.
    const again = (errors: Record<string, string>) =>
      sendPage(
        reply,
        businessPage(visit, producer, {
          values: { ...body, tableUnfit: readOpeningHours(text(body.openingHours)) === undefined },
          errors: businessErrors(errors, body, visit.lang),
        }),
        400,
      );
    const checked = await validateForm(UpdateProducerDto, defined(input), visit.lang);
    if (checked.errors || Object.keys(formErrors).length > 0) return again({ ...formErrors, ...(checked.errors ?? {}) });
    let saved: Producer | undefined;
    const refused = await refusalOf(async () => (saved = await this.producers.update(producerId, checked.value, visit.actor)), visit.lang, 'name');
    if (refused || !saved) return again(refused ?? {});
    return redirect(reply, `/app/producer/${producerId}?done=saved${unprintableParameter(PRINTED_TEXTS.producer(saved))}`);
  }
}
