import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { FieldConflict, invalidField, ValidationFailed, type FieldError, type Page } from '../../../common/src/index.js';
import { Producer } from '../producers/producer.entity.js';
import { listPage, whereTextContains, type WithDistance } from '../shared/list-page.js';
import { Territory } from '../territories/territory.entity.js';
import type { CreateOfferDto, OfferQueryDto, UpdateOfferDto } from './offer.dto.js';
import { Offer } from './offer.entity.js';
import { nextStatus, offerValueProblem, validityProblem, type OfferTransition } from './offer-rules.js';

@Injectable()
export class OffersService {
  constructor(
    @InjectRepository(Offer) private readonly offers: Repository<Offer>,
    @InjectRepository(Producer) private readonly producers: Repository<Producer>,
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
  ) {}

  async create(dto: CreateOfferDto): Promise<Offer> {
    const producer = await this.producers.findOneBy({ id: dto.producerId });
    if (!producer) throw invalidField('producerId', 'no producer has this id');
    if (producer.status === 'archived') throw invalidField('producerId', 'this producer is archived');
    return this.offers.save(
      this.offers.create({
        usesPerPass: 1,
        categories: producer.categories,
        ...dto,
        territoryId: producer.territoryId,
        status: 'draft',
      }),
    );
  }

  list(query: OfferQueryDto): Promise<Page<WithDistance<Offer>>> {
    const qb = this.offers.createQueryBuilder('o').innerJoin(Producer, 'p', 'p.id = o.producer_id');
    if (query.territoryId) qb.andWhere('o.territory_id = :territoryId', { territoryId: query.territoryId });
    if (query.producerId) qb.andWhere('o.producer_id = :producerId', { producerId: query.producerId });
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    else qb.andWhere(`o.status <> 'archived'`);
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.category) {
      qb.andWhere('(o.categories @> ARRAY[:category]::text[] OR p.categories @> ARRAY[:category]::text[])', { category: query.category });
    }
    if (query.commune) qb.andWhere('tp_search_text(p.commune) = tp_search_text(:commune)', { commune: query.commune });
    if (query.validOn) {
      qb.andWhere('o.valid_from <= :validOn AND (o.valid_to IS NULL OR o.valid_to >= :validOn)', { validOn: query.validOn });
    }
    whereTextContains(qb, `(o.title ->> 'fr') || ' ' || coalesce(o.title ->> 'en', '') || ' ' || p.name`, query.q);
    return listPage(qb, query, { location: 'p.location' }, (q) => q.orderBy('o.valid_from', 'ASC'));
  }

  async get(id: string): Promise<Offer> {
    const offer = await this.offers.findOneBy({ id });
    if (!offer) throw new NotFoundException(`No offer with id ${id}`);
    return offer;
  }

  async update(id: string, dto: UpdateOfferDto): Promise<Offer> {
    const offer = await this.get(id);
    if (offer.status === 'archived') throw new FieldConflict('status', 'an archived offer cannot be changed');
    const merged = this.offers.merge(offer, dto);
    const problems: FieldError[] = [];
    const valueProblem = offerValueProblem(merged.kind, merged.value);
    if (valueProblem) problems.push({ field: 'value', message: valueProblem });
    const datesProblem = validityProblem(merged.validFrom, merged.validTo);
    if (datesProblem) problems.push({ field: 'validTo', message: datesProblem });
    if (problems.length > 0) throw new ValidationFailed(problems);
    return this.offers.save(merged);
  }

  /** Moves an offer along its lifecycle; a move the lifecycle does not allow is a 409 that says why. */
  async transition(id: string, transition: OfferTransition, reason?: string): Promise<Offer> {
    const offer = await this.get(id);
    const territory = await this.territories.findOneByOrFail({ id: offer.territoryId });
    const next = nextStatus(transition, offer.status, territory.offersNeedReview);
    if ('problem' in next) throw new FieldConflict('status', next.problem);
    offer.status = next.status;
    if (next.status === 'published') {
      offer.publishedAt ??= new Date();
      offer.reviewNote = null;
    }
    if (next.status === 'archived') offer.archivedAt = new Date();
    if (transition === 'reject') offer.reviewNote = reason ?? null;
    return this.offers.save(offer);
  }

  /** An offer once published may be in a tourist's hands or a report: it is archived, never deleted. */
  async remove(id: string): Promise<{ archived: boolean }> {
    const offer = await this.get(id);
    if (offer.publishedAt === null) {
      await this.offers.delete({ id });
      return { archived: false };
    }
    if (offer.status !== 'archived') await this.offers.update({ id }, { status: 'archived', archivedAt: new Date() });
    return { archived: true };
  }
}
