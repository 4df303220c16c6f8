import { Body, Controller, ForbiddenException, Get, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { OffersService, ProducersService, readTypedCode, SHORT_CODE_PATTERN } from '#directory';
import { PassesService, RedeemDto, RedemptionsService } from '#passes';
import { fieldErrorsOf, validateForm, type FieldErrors, type FormState } from '../forms/form-errors.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { eurosToCents, text } from '../forms/form-values.js';
import { typedPassCode } from './pass-code.js';
import { PRODUCER_MESSAGES } from './producer.messages.js';
import { redeemPassPage, redeemStartPage, usePage } from './redeem.pages.js';

const codeInPath = (code: string) => {
  if (!SHORT_CODE_PATTERN.test(code)) throw new NotFoundException();
  return code;
};

/**
 * "Record a use": the producer opens a pass (scanned with the phone's camera, or its code typed),
 * records a use of one of its offers, and may void it for 30 minutes.
 */
@Portal()
@Controller('app')
export class RedeemController {
  constructor(
    private readonly producers: ProducersService,
    private readonly offers: OffersService,
    private readonly passes: PassesService,
    private readonly redemptions: RedemptionsService,
  ) {}

  /** Where the link on the tourist's pass page leads: the producer's own counter for this pass. */
  @Get('redeem/:code')
  fromPassPage(@CurrentVisit() visit: Visit, @Param('code') code: string, @Res() reply: FastifyReply) {
    const producerId = visit.actor.ownProducerIds[0];
    if (!producerId) throw new ForbiddenException(PRODUCER_MESSAGES[visit.lang].notAProducer);
    const known = readTypedCode(code).code;
    if (!known) throw new NotFoundException();
    return redirect(reply, `/app/producer/${producerId}/redeem/${known}`);
  }

  @Get('producer/:producerId/redeem')
  async start(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @Query('code') typed: unknown, @Res() reply: FastifyReply) {
    await this.producers.ownBusiness(producerId, visit.actor);
    if (typed === undefined) return sendPage(reply, redeemStartPage(visit, producerId, { values: {}, errors: {} }));
    const m = PRODUCER_MESSAGES[visit.lang];
    const { code, problem } = typedPassCode(text(typed), visit.lang);
    const refused =
      problem ??
      ((await this.passes.view(code).then(
        () => true,
        () => false,
      ))
        ? undefined
        : m.passUnknown);
    if (refused) return sendPage(reply, redeemStartPage(visit, producerId, { values: { code: text(typed) }, errors: { code: refused } }), 400);
    return redirect(reply, `/app/producer/${producerId}/redeem/${code}`);
  }

  @Get('producer/:producerId/redeem/:code')
  async pass(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @Param('code') code: string, @Res() reply: FastifyReply) {
    await this.producers.ownBusiness(producerId, visit.actor);
    const pass = await this.passes.view(codeInPath(code));
    return sendPage(reply, redeemPassPage(visit, producerId, pass, { values: {}, errors: {} }));
  }

  @Post('producer/:producerId/redeem/:code')
  async redeem(
    @CurrentVisit() visit: Visit,
    @PageId('producerId') producerId: string,
    @Param('code') code: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    await this.producers.ownBusiness(producerId, visit.actor);
    const pass = await this.passes.view(codeInPath(code));
    const values = { offerId: text(body.offerId), amount: text(body.amount) };
    const again = (form: FormState, refusal?: string, status = 400) => sendPage(reply, redeemPassPage(visit, producerId, pass, form, refusal), status);
    const amount = eurosToCents(values.amount);
    if ('problem' in amount) return again({ values, errors: { amountCents: PRODUCER_MESSAGES[visit.lang].euroProblem } });
    const checked = await validateForm(RedeemDto, { offerId: values.offerId, ...(amount.value === null ? {} : { amountCents: amount.value }) }, visit.lang);
    if (checked.errors) return again({ values, errors: checked.errors }, Object.values(checked.errors).join(' '));
    try {
      const { redemption } = await this.redemptions.redeem(pass.code, checked.value, text(body.key), visit.actor, visit.lang);
      return redirect(reply, `/app/producer/${producerId}/redeem/${pass.code}/uses/${redemption.id}`);
    } catch (error) {
      // Refused (used up, expired, not this producer's…): the service's words, on the pass page.
      const refusal = this.refusal(error, visit);
      return again({ values, errors: {} }, Object.values(refusal).join(' '), 409);
    }
  }

  @Get('producer/:producerId/redeem/:code/uses/:redemptionId')
  async use(
    @CurrentVisit() visit: Visit,
    @PageId('producerId') producerId: string,
    @Param('code') code: string,
    @PageId('redemptionId') redemptionId: string,
    @Res() reply: FastifyReply,
  ) {
    return sendPage(reply, await this.usePage(visit, producerId, code, redemptionId));
  }

  @Post('producer/:producerId/redeem/:code/uses/:redemptionId/void')
  async void(
    @CurrentVisit() visit: Visit,
    @PageId('producerId') producerId: string,
    @Param('code') code: string,
    @PageId('redemptionId') redemptionId: string,
    @Res() reply: FastifyReply,
  ) {
    // Checks it is this producer's use of this pass before anything changes.
    await this.usePage(visit, producerId, code, redemptionId);
    try {
      await this.redemptions.void(redemptionId, visit.actor, visit.lang);
    } catch (error) {
      const refusal = Object.values(this.refusal(error, visit)).join(' ');
      return sendPage(reply, await this.usePage(visit, producerId, code, redemptionId, refusal), 409);
    }
    return redirect(reply, `/app/producer/${producerId}/redeem/${code}/uses/${redemptionId}`);
  }

  private async usePage(visit: Visit, producerId: string, code: string, redemptionId: string, refusal?: string): Promise<string> {
    await this.producers.ownBusiness(producerId, visit.actor);
    const [pass, redemption] = await Promise.all([this.passes.view(codeInPath(code)), this.redemptions.find(redemptionId, visit.actor)]);
    if (redemption.producerId !== producerId || redemption.passId !== pass.id) throw new NotFoundException();
    const offer = await this.offers.get(redemption.offerId, visit.actor);
    return usePage(visit, producerId, pass, redemption, offer.title, refusal);
  }

  private refusal(error: unknown, visit: Visit): FieldErrors {
    const errors = fieldErrorsOf(error, visit.lang, 'code');
    if (!errors) throw error;
    return errors;
  }
}
