import { Body, Controller, Get, NotFoundException, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AccommodationsService, OfferQueryDto, OffersService, ProducersService, RejectOfferDto, TerritoriesService, type Territory } from '#directory';
import { apiErrorOf } from '#common';
import { fieldErrorsOf, validateForm } from '../forms/form-errors.js';
import { text } from '../forms/form-values.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';
import { coordinatorPath } from './coordinator-section.js';
import { reviewsPage, type Refusal } from './reviews.page.js';
import { territoryDirectory } from './territory-directory.js';

/** Offers waiting for review: approved (published) or refused with a reason the producer reads. */
@Portal()
@Controller('app/coordinator/:territoryId/reviews')
export class CoordinatorReviewsController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly offers: OffersService,
    private readonly producers: ProducersService,
    private readonly accommodations: AccommodationsService,
  ) {}

  @Get()
  async list(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const m = COORDINATOR_MESSAGES[visit.lang];
    const notice = query.done === 'approved' ? m.approved : query.done === 'refused' ? m.refused : undefined;
    return this.show(reply, visit, territory, { notice });
  }

  @Post(':offerId/approve')
  async approve(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @PageId('offerId') offerId: string, @Res() reply: FastifyReply) {
    const territory = await this.offerOf(territoryId, offerId, visit);
    try {
      await this.offers.transition(offerId, 'publish', visit.actor);
    } catch (error) {
      // Approved meanwhile by someone else, or no longer valid: said on the list, as it stands now.
      const errors = fieldErrorsOf(error, visit.lang);
      if (!errors) throw error;
      return this.show(reply, visit, territory, { error: Object.values(errors)[0] }, apiErrorOf(error).statusCode);
    }
    return redirect(reply, `${coordinatorPath(territoryId, 'reviews')}?done=approved`);
  }

  @Post(':offerId/refuse')
  async refuse(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @PageId('offerId') offerId: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    const territory = await this.offerOf(territoryId, offerId, visit);
    const reason = typeof body.reason === 'string' ? body.reason : text(body.reason);
    const again = (error: string) => this.show(reply, visit, territory, { refusal: { offerId, reason, error } }, 400);
    const checked = await validateForm(RejectOfferDto, { reason: reason.trim() }, visit.lang);
    if (checked.errors) return again(reason.trim() === '' ? COORDINATOR_MESSAGES[visit.lang].reasonRequired : (checked.errors.reason ?? ''));
    try {
      await this.offers.transition(offerId, 'reject', visit.actor, checked.value.reason);
    } catch (error) {
      const errors = fieldErrorsOf(error, visit.lang, 'reason');
      if (!errors) throw error;
      return again(Object.values(errors)[0]);
    }
    return redirect(reply, `${coordinatorPath(territoryId, 'reviews')}?done=refused`);
  }

  /** An offer of this territory: one of another territory is no page of this one. */
  private async offerOf(territoryId: string, offerId: string, visit: Visit): Promise<Territory> {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const offer = await this.offers.get(offerId, visit.actor);
    if (offer.territoryId !== territoryId) throw new NotFoundException();
    return territory;
  }

  private async show(reply: FastifyReply, visit: Visit, territory: Territory, options: { notice?: string; error?: string; refusal?: Refusal }, status = 200) {
    const [pending, directory] = await Promise.all([
      this.offers.list(Object.assign(new OfferQueryDto(), { territoryId: territory.id, status: 'pending_review', limit: 100 }), visit.actor),
      territoryDirectory({ producers: this.producers, accommodations: this.accommodations }, territory.id, visit.actor),
    ]);
    const names = new Map(directory.producers.map((p) => [p.id, p.name]));
    return sendPage(reply, reviewsPage(visit, territory, pending.items, names, options), status);
  }
}
