import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { FieldConflict, pageOf, type Page, type PageQueryDto } from '../../../common/src/index.js';
import { slugify } from '../shared/slug.js';
import type { CreateTerritoryDto, UpdateTerritoryDto } from './territory.dto.js';
import { Territory } from './territory.entity.js';

@Injectable()
export class TerritoriesService {
  constructor(@InjectRepository(Territory) private readonly territories: Repository<Territory>) {}

  async create(dto: CreateTerritoryDto): Promise<Territory> {
    const slug = dto.slug ?? slugify(dto.name);
    await this.assertSlugFree(slug);
    return this.territories.save(
      this.territories.create({ languages: ['fr', 'en'], timeZone: 'Europe/Paris', offersNeedReview: false, ...dto, slug }),
    );
  }

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

  async update(id: string, dto: UpdateTerritoryDto): Promise<Territory> {
    const territory = await this.get(id);
    if (dto.slug !== undefined && dto.slug !== territory.slug) await this.assertSlugFree(dto.slug);
    return this.territories.save(this.territories.merge(territory, dto));
  }

  private async assertSlugFree(slug: string): Promise<void> {
    if (await this.territories.existsBy({ slug })) throw new FieldConflict('slug', `slug "${slug}" is already taken by another territory`);
  }
}
