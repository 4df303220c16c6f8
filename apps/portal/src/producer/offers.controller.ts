import { Body, Controller, Get, NotFoundException, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { todayIn, type Actor } from '#common';
import { CreateOfferDto, OfferQueryDto, OffersService, ProducersService, TerritoriesService, UpdateOfferDto, type Offer, type Producer } from '#directory';
import { PRINTED_TEXTS } from '#printing';
import { fieldErrorsOf, validateForm, type FieldErrors } from '../forms/form-errors.js';
import { unprintableParameter, withUnprintableNotice } from '../forms/unprintable-notice.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { defined } from '../forms/form-values.js';
import { offerErrors, offerInput, offerValues } from './offer-form.js';
import { offerFormPage, offersPage, type OfferMove } from './offers.pages.js';
import { PRODUCER_MESSAGES } from './producer.messages.js';

type Done = keyof (typeof PRODUCER_MESSAGES)['fr']['done'];
const DONE_AFTER: Record<Exclude<OfferMove, 'duplicate'>, Done> = { publish: 'published', submit: 'submitted', pause: 'paused', archive: 'archived' };

const noticeOf = (visit: Visit, done: unknown) => {
  const notices = PRODUCER_MESSAGES[visit.lang].done;
  return typeof done === 'string' && done in notices ? notices[done as Done] : undefined;
};

/** "My offers": the list with each offer's moves, and the form to create or edit one. */
@Portal()
@Controller('app/producer/:producerId/offers')
export class OffersPagesController {
  constructor(
    private readonly producers: ProducersService,
    private readonly offers: OffersService,
    private readonly territories: TerritoriesService,
  ) {}

  @Get()
  async list(
    @CurrentVisit() visit: Visit,
    @PageId('producerId') producerId: string,
    @Query('done') done: unknown,
    @Query('unprintable') unprintable: unknown,
    @Res() reply: FastifyReply,
  ) {
    const producer = await this.producers.editable(producerId, visit.actor);
    return sendPage(reply, await this.listPage(visit, producer, { notice: withUnprintableNotice(noticeOf(visit, done), visit.lang, unprintable) }));
  }

  @Get('new')
  async newForm(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @Res() reply: FastifyReply) {
    const producer = await this.producers.editable(producerId, visit.actor);
    const today = todayIn((await this.territories.get(producer.territoryId)).timeZone);
    return sendPage(reply, offerFormPage(visit, producer, undefined, { values: offerValues(undefined, producer, today, visit.lang), errors: {} }));
  }

  @Post('new')
  async create(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const producer = await this.producers.editable(producerId, visit.actor);
    const again = (errors: FieldErrors) =>
      sendPage(reply, offerFormPage(visit, producer, undefined, { values: body, errors: offerErrors(errors, body, visit.lang) }), 400);
    const { input, errors } = offerInput(body, undefined, visit.lang);
    const checked = await validateForm(CreateOfferDto, defined({ ...input, producerId }), visit.lang);
    if (checked.errors || Object.keys(errors).length > 0) return again({ ...(checked.errors ?? {}), ...errors });
    let created: Offer;
    try {
      created = await this.offers.create(checked.value, visit.actor);
    } catch (error) {
      return again(this.refusal(error, visit));
    }
    return redirect(reply, `/app/producer/${producerId}/offers?done=created${unprintableParameter(PRINTED_TEXTS.offer(created))}`);
  }

  @Get(':offerId')
  async editForm(
    @CurrentVisit() visit: Visit,
    @PageId('producerId') producerId: string,
    @PageId('offerId') offerId: string,
    @Query('done') done: unknown,
    @Res() reply: FastifyReply,
  ) {
    const producer = await this.producers.editable(producerId, visit.actor);
    const offer = await this.offerOf(visit.actor, producer, offerId);
    return sendPage(
      reply,
      offerFormPage(visit, producer, offer, { values: offerValues(offer, producer, offer.validFrom, visit.lang), errors: {} }, noticeOf(visit, done)),
    );
  }

  @Post(':offerId')
  async save(
    @CurrentVisit() visit: Visit,
    @PageId('producerId') producerId: string,
    @PageId('offerId') offerId: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    const producer = await this.producers.editable(producerId, visit.actor);
    const offer = await this.offerOf(visit.actor, producer, offerId);
    const again = (errors: FieldErrors) =>
      sendPage(reply, offerFormPage(visit, producer, offer, { values: body, errors: offerErrors(errors, body, visit.lang) }), 400);
    const { input, errors } = offerInput(body, offer, visit.lang);
    const checked = await validateForm(UpdateOfferDto, defined(input), visit.lang);
    if (checked.errors || Object.keys(errors).length > 0) return again({ ...(checked.errors ?? {}), ...errors });
    let saved: Offer;
    try {
      saved = await this.offers.update(offerId, checked.value, visit.actor);
    } catch (error) {
      return again(this.refusal(error, visit));
    }
    // Where offers are reviewed, a change to a shown offer goes back to the coordinator: say so.
    const done = saved.status === 'pending_review' && offer.status !== 'pending_review' ? 'savedForReview' : 'saved';
    return redirect(reply, `/app/producer/${producerId}/offers?done=${done}${unprintableParameter(PRINTED_TEXTS.offer(saved))}`);
  }

  @Post(':offerId/duplicate')
  duplicate(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @PageId('offerId') offerId: string, @Res() reply: FastifyReply) {
    return this.move(visit, producerId, offerId, 'duplicate', reply);
  }

  @Post(':offerId/publish')
  publish(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @PageId('offerId') offerId: string, @Res() reply: FastifyReply) {
    return this.move(visit, producerId, offerId, 'publish', reply);
  }

  @Post(':offerId/submit')
  submit(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @PageId('offerId') offerId: string, @Res() reply: FastifyReply) {
    return this.move(visit, producerId, offerId, 'submit', reply);
  }

  @Post(':offerId/pause')
  pause(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @PageId('offerId') offerId: string, @Res() reply: FastifyReply) {
    return this.move(visit, producerId, offerId, 'pause', reply);
  }

  @Post(':offerId/archive')
  archive(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @PageId('offerId') offerId: string, @Res() reply: FastifyReply) {
    return this.move(visit, producerId, offerId, 'archive', reply);
  }

  /** One move of the lifecycle (or a copy for next season), then back to the list; a refused move is said on the list. */
  private async move(visit: Visit, producerId: string, offerId: string, move: OfferMove, reply: FastifyReply) {
    const producer = await this.producers.editable(producerId, visit.actor);
    await this.offerOf(visit.actor, producer, offerId);
    const base = `/app/producer/${producerId}/offers`;
    try {
      if (move === 'duplicate') {
        const copy = await this.offers.duplicateForNextSeason(offerId, visit.actor);
        return redirect(reply, `${base}/${copy.id}?done=duplicated`);
      }
      await this.offers.transition(offerId, move, visit.actor);
    } catch (error) {
      const refusal = Object.values(this.refusal(error, visit)).join(' ');
      return sendPage(reply, await this.listPage(visit, producer, { refusal }), 409);
    }
    return redirect(reply, `${base}?done=${DONE_AFTER[move]}`);
  }

  private async listPage(visit: Visit, producer: Producer, messages: { notice?: string; refusal?: string }) {
    const query = (status?: 'archived') => this.offers.list(Object.assign(new OfferQueryDto(), { producerId: producer.id, status, limit: 100 }), visit.actor);
    const [current, archived, territory] = await Promise.all([query(), query('archived'), this.territories.get(producer.territoryId)]);
    return offersPage(visit, producer, { current: current.items, archived: archived.items }, territory.offersNeedReview, messages);
  }

  /** An offer of this producer's, as the service shows it to this person; another producer's is no page here. */
  private async offerOf(actor: Actor, producer: Producer, offerId: string): Promise<Offer> {
    const offer = await this.offers.get(offerId, actor);
    if (offer.producerId !== producer.id) throw new NotFoundException();
    return offer;
  }

  /** A refusal of the service, in words; anything else stays an error. */
  private refusal(error: unknown, visit: Visit): FieldErrors {
    const errors = fieldErrorsOf(error, visit.lang, 'status');
    if (!errors) throw error;
    return errors;
  }
}
