import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { denied, FieldConflict, FieldForbidden, invalidField, type Actor, type LatLng, type Page, refusal } from '#common';
import { AuditService } from '#audit';
import { queryRows } from '#database';
import { directoryAccess, idsOrNone } from '../access/directory-access.js';
import { Offer } from '../offers/offer.entity.js';
import { listPage, whereTextContains, type WithDistance } from '../shared/list-page.js';
import { archiveRecord } from '../shared/archive-record.js';
import { assertSensiblePosition } from '../shared/sensible-position.js';
import { auditedUpdate } from '../shared/audited-update.js';
import { changedSlug, uniqueSlug } from '../shared/unique-slug.js';
import { Territory } from '../territories/territory.entity.js';
import type { CreateProducerDto, ProducerQueryDto, UpdateProducerDto } from './producer.dto.js';
import { Producer } from './producer.entity.js';
import { countProducersNear } from './producers-near-count.js';
import { DIRECTORY_REFUSALS } from '../directory-refusals.js';
import { officialPlace } from '../places/official-place.js';

export const PRODUCER_SEARCH_TEXT = `p.name || ' ' || p.commune || ' ' || tp_texts(p.description)`;

@Injectable()
export class ProducersService {
  constructor(
    @InjectRepository(Producer) private readonly producers: Repository<Producer>,
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
    private readonly audit: AuditService,
  ) {}

  /** A coordinator adds a producer to its territory; inside `within`, when it is one step of a larger change. */
  async create(dto: CreateProducerDto, actor: Actor, within?: EntityManager): Promise<Producer> {
    if (!(await this.territories.existsBy({ id: dto.territoryId }))) throw invalidField('territoryId', refusal(DIRECTORY_REFUSALS, 'territory_missing'));
    if (!actor.coordinates(dto.territoryId)) throw denied(actor, true, 'territory', 'add producers to');
    await assertSensiblePosition(this.producers.manager, dto.territoryId, dto);
    const place = officialPlace(dto);
    const slug = await uniqueSlug(this.producers, dto.territoryId, dto.name, dto.slug);
    const write = async (tx: EntityManager) => {
      const producer = await tx.save(tx.create(Producer, { description: {}, labels: [], status: 'active', ...dto, ...place, slug }));
      await this.audit.record(tx, actor, {
        territoryId: producer.territoryId,
        action: 'create',
        entityType: 'producer',
        entityId: producer.id,
        after: producer,
      });
      return producer;
    };
    return within ? write(within) : this.producers.manager.transaction(write);
  }

  /** Anyone sees active producers; coordinators all of their territory; a producer its own. */
  list(query: ProducerQueryDto, actor: Actor): Promise<Page<WithDistance<Producer>>> {
    const qb = this.producers.createQueryBuilder('p');
    if (!actor.isPlatformAdmin) {
      qb.andWhere(`(p.status = 'active' OR p.territory_id IN (:...coordinated) OR p.id IN (:...owned))`, {
        coordinated: idsOrNone(actor.coordinatedTerritoryIds),
        owned: idsOrNone(actor.ownProducerIds),
      });
    }
    if (query.territoryId) qb.andWhere('p.territory_id = :territoryId', { territoryId: query.territoryId });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    else qb.andWhere(`p.status <> 'archived'`);
    if (query.category) qb.andWhere('p.categories @> ARRAY[:category]::text[]', { category: query.category });
    if (query.commune) qb.andWhere('tp_place_key(p.commune) = tp_place_key(:commune)', { commune: query.commune });
    whereTextContains(qb, PRODUCER_SEARCH_TEXT, query.q);
    const position = {
      location: 'p.location',
      countWithin: (filtered: SelectQueryBuilder<Producer>, point: LatLng, radiusKm: number) => countProducersNear(filtered, query, actor, point, radiusKm),
    };
    return listPage(qb, query, position, (q) => q.orderBy('p.name', 'ASC'));
  }

  async get(id: string, actor: Actor): Promise<Producer> {
    const producer = await this.producers.findOneBy({ id });
    if (!producer || !directoryAccess.seeProducer(actor, producer)) throw new NotFoundException(`No producer with id ${id}`);
    return producer;
  }

  /** A producer edits its own profile, but only a coordinator sets its status. */
  async update(id: string, dto: UpdateProducerDto, actor: Actor): Promise<Producer> {
    const producer = await this.editable(id, actor);
    const coordinatorOnly = (['status', 'externalRef'] as const).filter((field) => dto[field] !== undefined);
    if (coordinatorOnly.length > 0 && !actor.coordinates(producer.territoryId)) throw new FieldForbidden([...coordinatorOnly]);
    if (producer.status === 'archived') throw new FieldConflict('status', refusal(DIRECTORY_REFUSALS, 'archived_producer'));
    await assertSensiblePosition(this.producers.manager, producer.territoryId, dto, producer);
    const place = officialPlace(dto, producer);
    const slug = await changedSlug(this.producers, producer, dto.slug);
    return auditedUpdate(this.producers, this.audit, actor, { entityType: 'producer', record: producer, changes: { ...dto, ...place, slug } });
  }

  /** A producer with offers or members is archived, with its offers, so that nothing a tourist or a report relied on disappears. */
  async remove(id: string, actor: Actor): Promise<{ archived: boolean }> {
    const producer = await this.producers.findOneBy({ id });
    if (!producer || !actor.coordinates(producer.territoryId)) {
      throw denied(actor, producer !== null && directoryAccess.seeProducer(actor, producer), 'producer', 'delete');
    }
    return this.producers.manager.transaction(async (tx) => {
      // Offers, people signed in as this producer, or its membership of the association: history worth keeping.
      const [{ used }] = await queryRows<{ used: boolean }>(
        tx,
        `SELECT EXISTS (SELECT 1 FROM offers WHERE producer_id = $1) OR EXISTS (SELECT 1 FROM memberships WHERE producer_id = $1)
                OR EXISTS (SELECT 1 FROM member_years WHERE producer_id = $1) AS used`,
        [id],
      );
      if (!used) {
        await this.audit.record(tx, actor, { territoryId: producer.territoryId, action: 'delete', entityType: 'producer', entityId: id, before: producer });
        await tx.delete(Producer, { id });
        return { archived: false };
      }
      // Its offers locked before any write: a write to a producer or an offer then bumps the territory's
      // content version (a trigger), and one that held the territory while waiting for an offer would
      // deadlock with someone archiving that offer (offer, then territory) at the same moment.
      await tx.query(`SELECT 1 FROM offers WHERE producer_id = $1 ORDER BY id FOR NO KEY UPDATE`, [id]);
      const now = new Date();
      await archiveRecord(tx, this.audit, actor, { entity: Producer, entityType: 'producer', record: producer, at: producer.archivedAt ?? now });
      await tx
        .createQueryBuilder()
        .update(Offer)
        .set({ status: 'archived', archivedAt: now })
        .where('producer_id = :id AND status <> :archived', { id, archived: 'archived' })
        .execute();
      return { archived: true };
    });
  }

  /** The business, for those who may change it (its members, its coordinators): 404 unseen, 403 seen but not theirs. */
  async editable(id: string, actor: Actor): Promise<Producer> {
    const producer = await this.producers.findOneBy({ id });
    if (!producer || !directoryAccess.editProducer(actor, producer)) {
      throw denied(actor, producer !== null && directoryAccess.seeProducer(actor, producer), 'producer', 'change');
    }
    return producer;
  }

  /** The business, for its own members only: what only they do (recording uses at the counter). */
  async ownBusiness(id: string, actor: Actor): Promise<Producer> {
    const producer = await this.producers.findOneBy({ id });
    if (!producer || !directoryAccess.actAsProducer(actor, producer)) {
      throw denied(actor, producer !== null && directoryAccess.seeProducer(actor, producer), 'producer', 'act for');
    }
    return producer;
  }
}
