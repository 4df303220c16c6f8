import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { denied, FieldConflict, pageOf, type Actor, type Page, type PageQueryDto, refusal } from '#common';
import { AuditService } from '#audit';
import { queryRows } from '#database';
import { slugify } from '../shared/slug.js';
import type { CreateTerritoryDto, UpdateTerritoryDto } from './territory.dto.js';
import { Territory } from './territory.entity.js';
import { DIRECTORY_REFUSALS } from '../directory-refusals.js';

@Injectable()
export class TerritoriesService {
  constructor(
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
    private readonly audit: AuditService,
  ) {}

  /** Territories are opened by the platform admin, who then invites their first coordinator. */
  async create(dto: CreateTerritoryDto, actor: Actor): Promise<Territory> {
    if (!actor.isPlatformAdmin) throw denied(actor, true, 'territory', 'create');
    const slug = dto.slug ?? slugify(dto.name);
    await this.assertSlugFree(slug);
    await this.assertDomainsFree(dto.domains);
    return this.territories.manager.transaction(async (tx) => {
      const territory = await tx.save(tx.create(Territory, { languages: ['fr', 'en'], timeZone: 'Europe/Paris', offersNeedReview: false, ...dto, slug }));
      await this.audit.record(tx, actor, { territoryId: territory.id, action: 'create', entityType: 'territory', entityId: territory.id, after: territory });
      return territory;
    });
  }

  /** A territory's public page: anyone may read it. */
  async list(query: PageQueryDto): Promise<Page<Territory>> {
    const [items, total] = await this.territories.findAndCount({ order: { name: 'ASC', id: 'ASC' }, skip: query.offset, take: query.limit });
    return pageOf(items, total, query);
  }

  async get(id: string): Promise<Territory> {
    const territory = await this.territories.findOneBy({ id });
    if (!territory) throw new NotFoundException(`No territory with id ${id}`);
    return territory;
  }

  async getBySlug(slug: string): Promise<Territory> {
    const territory = await this.territories.findOneBy({ slug });
    if (!territory) throw new NotFoundException(`No territory with slug ${slug}`);
    return territory;
  }

  async update(id: string, dto: UpdateTerritoryDto, actor: Actor): Promise<Territory> {
    const territory = await this.get(id);
    if (!actor.coordinates(id)) throw denied(actor, true, 'territory', 'change');
    if (dto.slug !== undefined && dto.slug !== territory.slug) await this.assertSlugFree(dto.slug);
    await this.assertDomainsFree(dto.domains, id);
    return this.territories.manager.transaction(async (tx) => {
      const before = { ...territory };
      const saved = await tx.save(this.territories.merge(territory, dto));
      await this.audit.record(tx, actor, { territoryId: id, action: 'update', entityType: 'territory', entityId: id, before, after: saved });
      return saved;
    });
  }

  /** Throws unless the actor coordinates this (existing) territory. */
  async assertCoordinates(id: string, actor: Actor): Promise<Territory> {
    const territory = await this.get(id);
    if (!actor.coordinates(id)) throw denied(actor, true, 'territory', 'manage');
    return territory;
  }

  /** A host name leads to one site only. */
  private async assertDomainsFree(domains: string[] | undefined, ownId?: string): Promise<void> {
    if (!domains?.length) return;
    const [taken] = await queryRows<{ domain: string }>(
      this.territories.manager,
      `SELECT d AS domain FROM territories t, unnest(t.domains) d WHERE d = ANY($1::text[]) AND t.id IS DISTINCT FROM $2::uuid LIMIT 1`,
      [domains, ownId ?? null],
    );
    if (taken) throw new FieldConflict('domains', refusal(DIRECTORY_REFUSALS, 'domain_taken', { domain: taken.domain }));
  }

  private async assertSlugFree(slug: string): Promise<void> {
    if (await this.territories.existsBy({ slug })) throw new FieldConflict('slug', refusal(DIRECTORY_REFUSALS, 'territory_slug_taken', { slug }));
  }
}
