import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { denied, FieldConflict, invalidField, ValidationFailed, type Actor, type FieldError, type Page, refusal } from '#common';
import { AuditService } from '#audit';
import { directoryAccess, idsOrNone } from '../access/directory-access.js';
import { Producer } from '../producers/producer.entity.js';
import { archiveRecord } from '../shared/archive-record.js';
import { listPage, whereTextContains, type WithDistance } from '../shared/list-page.js';
import { Territory } from '../territories/territory.entity.js';
import type { CreateOfferDto, OfferQueryDto, UpdateOfferDto } from './offer.dto.js';
import { Offer } from './offer.entity.js';
import { nextSeason, nextStatus, offerValueProblem, validityProblem, type OfferTransition } from './offer-rules.js';
import { DIRECTORY_REFUSALS } from '../directory-refusals.js';

/**
 * SQL: the offer is shown to the public today (its territory's today), as on the tourist pages:
 * not while its producer's lapsed membership withholds it (`tp_offers_withheld`).
 */
const PUBLICLY_SHOWN = `(o.status = 'published' AND p.status = 'active'
  AND o.valid_from <= (now() AT TIME ZONE t.time_zone)::date
  AND (o.valid_to IS NULL OR o.valid_to >= (now() AT TIME ZONE t.time_zone)::date)
  AND NOT tp_offers_withheld(p.id, (now() AT TIME ZONE t.time_zone)::date))`;

/** Moves only a coordinator makes: approving an offer under review, or sending it back. */
const REVIEW_MOVES = new Set<OfferTransition>(['reject']);

@Injectable()
export class OffersService {
  constructor(
    @InjectRepository(Offer) private readonly offers: Repository<Offer>,
    @InjectRepository(Producer) private readonly producers: Repository<Producer>,
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
    private readonly audit: AuditService,
  ) {}

  /** A producer creates offers for its own business, a coordinator for any of its territory. */
  async create(dto: CreateOfferDto, actor: Actor): Promise<Offer> {
    const producer = await this.producers.findOneBy({ id: dto.producerId });
    if (!producer || !directoryAccess.seeProducer(actor, producer)) throw invalidField('producerId', refusal(DIRECTORY_REFUSALS, 'producer_missing'));
    if (!directoryAccess.editProducer(actor, producer)) throw denied(actor, true, 'producer', 'create offers for');
    if (producer.status === 'archived') throw invalidField('producerId', refusal(DIRECTORY_REFUSALS, 'producer_archived'));
    return this.offers.manager.transaction(async (tx) => {
      const offer = await tx.save(
        tx.create(Offer, { usesPerPass: 1, categories: producer.categories, ...dto, territoryId: producer.territoryId, status: 'draft' }),
      );
      await this.audit.record(tx, actor, { territoryId: offer.territoryId, action: 'create', entityType: 'offer', entityId: offer.id, after: offer });
      return offer;
    });
  }

  /** Anyone sees the offers shown today; coordinators all of their territory; a producer all of its own. */
  list(query: OfferQueryDto, actor: Actor): Promise<Page<WithDistance<Offer>>> {
    const qb = this.offers.createQueryBuilder('o').innerJoin(Producer, 'p', 'p.id = o.producer_id').innerJoin(Territory, 't', 't.id = o.territory_id');
    if (!actor.isPlatformAdmin) {
      qb.andWhere(`(${PUBLICLY_SHOWN} OR o.territory_id IN (:...coordinated) OR o.producer_id IN (:...owned))`, {
        coordinated: idsOrNone(actor.coordinatedTerritoryIds),
        owned: idsOrNone(actor.ownProducerIds),
      });
    }
    if (query.territoryId) qb.andWhere('o.territory_id = :territoryId', { territoryId: query.territoryId });
    if (query.producerId) qb.andWhere('o.producer_id = :producerId', { producerId: query.producerId });
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    else qb.andWhere(`o.status <> 'archived'`);
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.category) {
      qb.andWhere('(o.categories @> ARRAY[:category]::text[] OR p.categories @> ARRAY[:category]::text[])', { category: query.category });
    }
    if (query.commune) qb.andWhere('tp_place_key(p.commune) = tp_place_key(:commune)', { commune: query.commune });
    if (query.validOn) {
      qb.andWhere('o.valid_from <= :validOn AND (o.valid_to IS NULL OR o.valid_to >= :validOn)', { validOn: query.validOn });
    }
    whereTextContains(qb, `tp_texts(o.title) || ' ' || p.name`, query.q);
    return listPage(qb, query, { location: 'p.location' }, (q) => q.orderBy('o.valid_from', 'ASC'));
  }

  async get(id: string, actor: Actor): Promise<Offer> {
    const offer = await this.offers.findOneBy({ id });
    if (!offer || !directoryAccess.seeOffer(actor, offer, await this.publiclyShown(offer))) throw new NotFoundException(`No offer with id ${id}`);
    return offer;
  }

  async update(id: string, dto: UpdateOfferDto, actor: Actor): Promise<Offer> {
    const offer = await this.editable(id, actor, 'change');
    if (offer.status === 'archived') throw new FieldConflict('status', refusal(DIRECTORY_REFUSALS, 'archived_offer'));
    const before = { ...offer };
    const merged = this.offers.merge(offer, dto);
    const problems: FieldError[] = [];
    const valueProblem = offerValueProblem(merged.kind, merged.value);
    if (valueProblem) problems.push({ field: 'value', message: valueProblem });
    const datesProblem = validityProblem(merged.validFrom, merged.validTo);
    if (datesProblem) problems.push({ field: 'validTo', message: datesProblem });
    if (problems.length > 0) throw new ValidationFailed(problems);
    // Where offers are reviewed, a producer's change to a shown offer goes back to the coordinator.
    if ((offer.status === 'published' || offer.status === 'paused') && !actor.coordinates(offer.territoryId)) {
      const territory = await this.territories.findOneByOrFail({ id: offer.territoryId });
      if (territory.offersNeedReview) merged.status = 'pending_review';
    }
    return this.offers.manager.transaction(async (tx) => {
      const saved = await tx.save(merged);
      await this.audit.record(tx, actor, { territoryId: saved.territoryId, action: 'update', entityType: 'offer', entityId: id, before, after: saved });
      return saved;
    });
  }

  /**
   * Moves an offer along its lifecycle; a move the lifecycle does not allow is a 409 that says why.
   * Producers move their own offers; approving one under review, or sending it back, is the coordinator's.
   */
  async transition(id: string, transition: OfferTransition, actor: Actor, reason?: string): Promise<Offer> {
    const offer = await this.editable(id, actor, transition);
    const reviewing = REVIEW_MOVES.has(transition) || (transition === 'publish' && offer.status === 'pending_review');
    if (reviewing && !actor.coordinates(offer.territoryId)) throw denied(actor, true, 'offer', `${transition === 'publish' ? 'approve' : transition}`);
    const territory = await this.territories.findOneByOrFail({ id: offer.territoryId });
    const next = nextStatus(transition, offer.status, territory.offersNeedReview);
    if ('problem' in next) throw new FieldConflict('status', next.problem);
    const before = { status: offer.status, reviewNote: offer.reviewNote };
    offer.status = next.status;
    if (next.status === 'published') {
      offer.publishedAt ??= new Date();
      offer.reviewNote = null;
    }
    if (next.status === 'archived') offer.archivedAt = new Date();
    if (transition === 'reject') offer.reviewNote = reason ?? null;
    return this.offers.manager.transaction(async (tx) => {
      const saved = await tx.save(offer);
      await this.audit.record(tx, actor, {
        territoryId: saved.territoryId,
        action: transition,
        entityType: 'offer',
        entityId: id,
        before,
        after: { status: saved.status, reviewNote: saved.reviewNote },
      });
      return saved;
    });
  }

  /**
   * A copy of the offer as a new draft for next season: the same texts and terms, its dates one
   * year later. The original is left as it is (it may still run, or be archived by its owner).
   */
  async duplicateForNextSeason(id: string, actor: Actor): Promise<Offer> {
    const offer = await this.editable(id, actor, 'duplicate');
    const producer = await this.producers.findOneByOrFail({ id: offer.producerId });
    if (producer.status === 'archived') throw invalidField('producerId', refusal(DIRECTORY_REFUSALS, 'producer_archived'));
    const { title, conditions, kind, value, minPurchaseCents, usesPerPass, quota, categories } = offer;
    return this.offers.manager.transaction(async (tx) => {
      const copy = await tx.save(
        tx.create(Offer, {
          producerId: offer.producerId,
          territoryId: offer.territoryId,
          title,
          conditions,
          kind,
          value,
          minPurchaseCents,
          usesPerPass,
          quota,
          categories,
          validFrom: nextSeason(offer.validFrom),
          validTo: offer.validTo === null ? null : nextSeason(offer.validTo),
          status: 'draft',
        }),
      );
      await this.audit.record(tx, actor, {
        territoryId: copy.territoryId,
        action: 'create',
        entityType: 'offer',
        entityId: copy.id,
        after: { ...copy, copiedFrom: id },
      });
      return copy;
    });
  }

  /** An offer once published may be in a tourist's hands or a report: it is archived, never deleted. */
  async remove(id: string, actor: Actor): Promise<{ archived: boolean }> {
    const offer = await this.editable(id, actor, 'delete');
    return this.offers.manager.transaction(async (tx) => {
      if (offer.publishedAt === null) {
        await this.audit.record(tx, actor, { territoryId: offer.territoryId, action: 'delete', entityType: 'offer', entityId: id, before: offer });
        await tx.delete(Offer, { id });
        return { archived: false };
      }
      if (offer.status !== 'archived') {
        await archiveRecord(tx, this.audit, actor, { entity: Offer, entityType: 'offer', record: offer, at: new Date() });
      }
      return { archived: true };
    });
  }

  /** Shown to the public today: the same rule as the list's. */
  async publiclyShown(offer: Offer): Promise<boolean> {
    if (offer.status !== 'published') return false;
    const rows: unknown[] = await this.offers.query(
      `SELECT 1 FROM offers o JOIN producers p ON p.id = o.producer_id JOIN territories t ON t.id = o.territory_id WHERE o.id = $1 AND ${PUBLICLY_SHOWN}`,
      [offer.id],
    );
    return rows.length > 0;
  }

  private async editable(id: string, actor: Actor, action: string): Promise<Offer> {
    const offer = await this.offers.findOneBy({ id });
    if (!offer || !directoryAccess.editOffer(actor, offer)) {
      const visible = offer !== null && directoryAccess.seeOffer(actor, offer, await this.publiclyShown(offer));
      throw denied(actor, visible, 'offer', action);
    }
    return offer;
  }
}
