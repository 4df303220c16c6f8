import { Body, Controller, Get, NotFoundException, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AccommodationsService, UpdateAccommodationDto, type Accommodation } from '#directory';
import { PRINTED_TEXTS } from '#printing';
import { validateForm, type FieldErrors } from '../forms/form-errors.js';
import { refusalOf } from '../forms/submit-form.js';
import { unprintableParameter, withUnprintableNotice } from '../forms/unprintable-notice.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { defined } from '../forms/form-values.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { accommodationErrors, accommodationInput, accommodationValues } from './accommodation-form.js';
import { accommodationEditPage, accommodationPath, accommodationsPage } from './accommodations.pages.js';
import { HOST_MESSAGES } from './host.messages.js';
import { ImageSections } from '../images/image-sections.js';

/** "My accommodations" and each one's details, changed through the AccommodationsService. */
@Portal()
@Controller('app/host')
export class HostAccommodationsController {
  constructor(
    private readonly accommodations: AccommodationsService,
    private readonly images: ImageSections,
  ) {}

  /** Only the ones the person hosts: a coordinator manages the territory's elsewhere. */
  @Get()
  async list(@CurrentVisit() visit: Visit, @Res() reply: FastifyReply) {
    const hosted: Accommodation[] = [];
    for (const id of visit.actor.hostedAccommodationIds) {
      try {
        hosted.push(await this.accommodations.get(id, visit.actor));
      } catch (error) {
        if (!(error instanceof NotFoundException)) throw error;
      }
    }
    hosted.sort((a, b) => a.name.localeCompare(b.name, visit.lang));
    return sendPage(reply, accommodationsPage(visit, hosted));
  }

  @Get('accommodations/:id')
  async show(@CurrentVisit() visit: Visit, @PageId('id') id: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const accommodation = await this.accommodations.get(id, visit.actor);
    const notice = withUnprintableNotice(query.done === 'saved' ? HOST_MESSAGES[visit.lang].savedAccommodation : undefined, visit.lang, query.unprintable);
    const images = accommodation.status === 'archived' ? undefined : await this.images.accommodation(visit, accommodation, query);
    return sendPage(reply, accommodationEditPage(visit, accommodation, { values: accommodationValues(accommodation), errors: {} }, notice, images));
  }

  @Post('accommodations/:id')
  async save(@CurrentVisit() visit: Visit, @PageId('id') id: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const accommodation = await this.accommodations.get(id, visit.actor);
    // What was typed, as typed: shown again on any error.
    const again = (errors: FieldErrors) => sendPage(reply, accommodationEditPage(visit, accommodation, { values: body, errors }), 400);
    const checked = await validateForm(UpdateAccommodationDto, defined(accommodationInput(body, accommodation)), visit.lang);
    // Only the DTO's errors get the page's words for a format: a refusal is shown as the service said it.
    if (checked.errors) return again(accommodationErrors(checked.errors, visit.lang));
    let saved: Accommodation | undefined;
    const refused = await refusalOf(async () => (saved = await this.accommodations.update(id, checked.value, visit.actor)), visit.lang, 'name');
    if (refused || !saved) return again(refused ?? {});
    return redirect(reply, `${accommodationPath(id)}?done=saved${unprintableParameter(PRINTED_TEXTS.accommodation(saved))}`);
  }
}
