import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { apiErrorOf, IDEMPOTENCY_KEY_PATTERN } from '#common';
import { AccommodationsService, type Accommodation } from '#directory';
import { IssuePassDto, PassesService } from '#passes';
import { emptyForm, fieldErrorsOf, validateForm, type FormState } from '../forms/form-errors.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { text } from '../forms/form-values.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { HOST_MESSAGES } from './host.messages.js';
import { passOf } from './pass-access.js';
import { passesPage, passPage, passPath } from './passes.pages.js';

const PAGE_SIZE = 20;

const pageNumber = (value: unknown) => (typeof value === 'string' && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1);

/** A number of guests as typed; anything else handed on as typed, for the DTO to refuse. */
const guests = (value: unknown) => (/^\d{1,3}$/.test(text(value)) ? Number(text(value)) : text(value) || undefined);

/** An accommodation's passes: issued, listed, printed and cancelled through the PassesService. */
@Portal()
@Controller('app/host')
export class HostPassesController {
  constructor(
    private readonly accommodations: AccommodationsService,
    private readonly passes: PassesService,
  ) {}

  @Get('accommodations/:id/passes')
  async list(@CurrentVisit() visit: Visit, @PageId('id') id: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const accommodation = await this.accommodations.get(id, visit.actor);
    return this.page(reply, visit, accommodation, emptyForm({ guests: '2', lang: visit.lang }), pageNumber(query.page));
  }

  @Post('accommodations/:id/passes')
  async issue(@CurrentVisit() visit: Visit, @PageId('id') id: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const accommodation = await this.accommodations.get(id, visit.actor);
    const again = (errors: Record<string, string>) => this.page(reply, visit, accommodation, { values: body, errors }, 1, 400);
    const input = { accommodationId: id, arrival: text(body.arrival), departure: text(body.departure), guests: guests(body.guests), lang: text(body.lang) };
    const checked = await validateForm(IssuePassDto, input, visit.lang);
    if (checked.errors) return again(checked.errors);
    try {
      const key = text(body.key);
      const { pass } = await this.passes.issue(checked.value, visit.actor, IDEMPOTENCY_KEY_PATTERN.test(key) ? key : undefined);
      return redirect(reply, `${passPath(pass.code)}?done=issued`);
    } catch (error) {
      const errors = fieldErrorsOf(error, visit.lang, 'arrival');
      if (!errors) throw error;
      return again(errors);
    }
  }

  @Get('passes/:code')
  async show(@CurrentVisit() visit: Visit, @Param('code') code: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const { pass } = await passOf(this.passes, this.accommodations, visit.actor, code);
    const m = HOST_MESSAGES[visit.lang];
    const notices: Record<string, string> = { issued: m.issued, cancelled: m.cancelled, 'already-cancelled': m.alreadyCancelled };
    return sendPage(reply, passPage(visit, pass, notices[text(query.done)]));
  }

  @Post('passes/:code/cancel')
  async cancel(@CurrentVisit() visit: Visit, @Param('code') code: string, @Res() reply: FastifyReply) {
    const { pass } = await passOf(this.passes, this.accommodations, visit.actor, code);
    try {
      await this.passes.cancel(pass.code, visit.actor);
    } catch (error) {
      // Cancelled twice (two tabs, a reload): the pass is cancelled, which is what was asked.
      if (apiErrorOf(error).statusCode !== 409) throw error;
      return redirect(reply, `${passPath(pass.code)}?done=already-cancelled`);
    }
    return redirect(reply, `${passPath(pass.code)}?done=cancelled`);
  }

  private async page(reply: FastifyReply, visit: Visit, accommodation: Accommodation, form: FormState, page: number, status = 200) {
    const list = await this.passes.listForAccommodation(accommodation.id, { page, limit: PAGE_SIZE }, visit.actor);
    return sendPage(reply, passesPage(visit, accommodation, list, form), status);
  }
}
