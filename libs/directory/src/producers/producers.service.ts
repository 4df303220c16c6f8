import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { FieldConflict, invalidField, type Page } from '../../../common/src/index.js';
import { Offer } from '../offers/offer.entity.js';
import { listPage, whereTextContains, type WithDistance } from '../shared/list-page.js';
import { uniqueSlug } from '../shared/unique-slug.js';
import { Territory } from '../territories/territory.entity.js';
import type { CreateProducerDto, ProducerQueryDto, UpdateProducerDto } from './producer.dto.js';
import { Producer } from './producer.entity.js';

export const PRODUCER_SEARCH_TEXT = `p.name || ' ' || p.commune || ' ' || coalesce(p.description ->> 'fr', '')`;

@Injectable()
export class ProducersService {
  constructor(
    @InjectRepository(Producer) private readonly producers: Repository<Producer>,
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
  ) {}

  async create(dto: CreateProducerDto): Promise<Producer> {
    if (!(await this.territories.existsBy({ id: dto.territoryId }))) throw invalidField('territoryId', 'no territory has this id');
    const slug = await this.slugFor(dto.territoryId, dto.name, dto.slug);
    return this.producers.save(
      this.producers.create({ description: {}, labels: [], status: 'active', ...dto, slug }),
    );
  }

  list(query: ProducerQueryDto): Promise<Page<WithDistance<Producer>>> {
    const qb = this.producers.createQueryBuilder('p');
    if (query.territoryId) qb.andWhere('p.territory_id = :territoryId', { territoryId: query.territoryId });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    else qb.andWhere(`p.status <> 'archived'`);
    if (query.category) qb.andWhere('p.categories @> ARRAY[:category]::text[]', { category: query.category });
    if (query.commune) qb.andWhere('tp_search_text(p.commune) = tp_search_text(:commune)', { commune: query.commune });
    whereTextContains(qb, PRODUCER_SEARCH_TEXT, query.q);
    return listPage(qb, query, { location: 'p.location' }, (q) => q.orderBy('p.name', 'ASC'));
  }

  async get(id: string): Promise<Producer> {
    const producer = await this.producers.findOneBy({ id });
    if (!producer) throw new NotFoundException(`No producer with id ${id}`);
    return producer;
  }

  async update(id: string, dto: UpdateProducerDto): Promise<Producer> {
    const producer = await this.get(id);
    if (producer.status === 'archived') throw new FieldConflict('status', 'an archived producer cannot be changed');
    const slug = dto.slug !== undefined && dto.slug !== producer.slug ? await this.slugFor(producer.territoryId, producer.name, dto.slug) : producer.slug;
    return this.producers.save(this.producers.merge(producer, { ...dto, slug }));
  }

  /** A producer with offers is archived, with its offers, so that nothing a tourist or a report relied on disappears. */
  async remove(id: string): Promise<{ archived: boolean }> {
    const producer = await this.get(id);
    return this.producers.manager.transaction(async (tx) => {
      const hasOffers = await tx.existsBy(Offer, { producerId: id });
      if (!hasOffers) {
        await tx.delete(Producer, { id });
        return { archived: false };
      }
      const now = new Date();
      await tx.update(Producer, { id }, { status: 'archived', archivedAt: producer.archivedAt ?? now });
      await tx
        .createQueryBuilder()
        .update(Offer)
        .set({ status: 'archived', archivedAt: now })
        .where('producer_id = :id AND status <> :archived', { id, archived: 'archived' })
        .execute();
      return { archived: true };
    });
  }

  private slugFor(territoryId: string, name: string, wanted: string | undefined): Promise<string> {
    return uniqueSlug(this.producers, territoryId, name, wanted);
  }
}
