import { Injectable } from '@nestjs/common';
import { denied, type Actor } from '#common';
import type { AccommodationFigures, ProducerFigures } from './figures.js';
import { periodOf } from './figures-period.js';
import type { FiguresQueryDto } from './figures-query.dto.js';
import { FiguresRepository, type FiguresScope } from './figures.repository.js';

/**
 * What the loop produced, for the people who run a part of it: uses of offers (cancelled ones
 * never count), declared spending, page openings, passes. Counts only: nothing about a tourist.
 */
@Injectable()
export class FiguresService {
  constructor(private readonly figures: FiguresRepository) {}

  async forProducer(actor: Actor, producerId: string, query: FiguresQueryDto): Promise<ProducerFigures> {
    const scope = await this.figures.scopeOf('producer', producerId);
    if (!scope) throw denied(actor, false, 'producer', 'see the figures of');
    if (!actor.coordinates(scope.territoryId) && !actor.ownsProducer(producerId)) throw denied(actor, true, 'producer', 'see the figures of');
    const period = await this.periodOf(query, scope);
    return { period, ...(await this.figures.producer(producerId, period)) };
  }

  async forAccommodation(actor: Actor, accommodationId: string, query: FiguresQueryDto): Promise<AccommodationFigures> {
    const scope = await this.figures.scopeOf('accommodation', accommodationId);
    if (!scope || (!actor.coordinates(scope.territoryId) && !actor.hostsAccommodation(accommodationId))) {
      throw denied(actor, false, 'accommodation', 'see the figures of');
    }
    const period = await this.periodOf(query, scope);
    return { period, ...(await this.figures.accommodation(accommodationId, period)) };
  }

  /** By default the territory's season: a producer's or a host's figures open on the same months as its coordinator's. */
  private periodOf(query: FiguresQueryDto, scope: FiguresScope) {
    return periodOf(query, scope.timeZone, (from, to) => this.figures.activitySpan(scope.territoryId, from, to));
  }
}
