import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { FieldConflict, invalidField, type Page } from '../../../common/src/index.js';
import { listPage, whereTextContains, type WithDistance } from '../shared/list-page.js';
import { shortCode } from '../shared/short-code.js';
import { uniqueSlug } from '../shared/unique-slug.js';
import { Territory } from '../territories/territory.entity.js';
import type { AccommodationQueryDto, CreateAccommodationDto, UpdateAccommodationDto } from './accommodation.dto.js';
import { Accommodation } from './accommodation.entity.js';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AccommodationsService {
  constructor(
    @InjectRepository(Accommodation) private readonly accommodations: Repository<Accommodation>,
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
  ) {}

  async create(dto: CreateAccommodationDto): Promise<Accommodation> {
    if (!(await this.territories.existsBy({ id: dto.territoryId }))) throw invalidField('territoryId', 'no territory has this id');
    const slug = await uniqueSlug(this.accommodations, dto.territoryId, dto.name, dto.slug);
    // A new random code is drawn in the rare case it is already printed on someone else's QR code.
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.accommodations.save(this.accommodations.create({ status: 'active', ...dto, slug, code: shortCode() }));
      } catch (error) {
        const pg = error as { driverError?: { code?: string; constraint?: string } };
        if (attempt < 5 && pg.driverError?.code === UNIQUE_VIOLATION && pg.driverError.constraint === 'accommodations_code_key') continue;
        throw error;
      }
    }
  }

  list(query: AccommodationQueryDto): Promise<Page<WithDistance<Accommodation>>> {
    const qb = this.accommodations.createQueryBuilder('a');
    if (query.territoryId) qb.andWhere('a.territory_id = :territoryId', { territoryId: query.territoryId });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    else qb.andWhere(`a.status <> 'archived'`);
    if (query.kind) qb.andWhere('a.kind = :kind', { kind: query.kind });
    if (query.commune) qb.andWhere('tp_search_text(a.commune) = tp_search_text(:commune)', { commune: query.commune });
    whereTextContains(qb, `a.name || ' ' || a.commune`, query.q);
    return listPage(qb, query, { location: 'a.location' }, (q) => q.orderBy('a.name', 'ASC'));
  }

  async get(id: string): Promise<Accommodation> {
    const accommodation = await this.accommodations.findOneBy({ id });
    if (!accommodation) throw new NotFoundException(`No accommodation with id ${id}`);
    return accommodation;
  }

  async getByCode(code: string): Promise<Accommodation> {
    const accommodation = await this.accommodations.findOneBy({ code });
    if (!accommodation) throw new NotFoundException(`No accommodation with code ${code}`);
    return accommodation;
  }

  async update(id: string, dto: UpdateAccommodationDto): Promise<Accommodation> {
    const accommodation = await this.get(id);
    if (accommodation.status === 'archived') throw new FieldConflict('status', 'an archived accommodation cannot be changed');
    const slug =
      dto.slug !== undefined && dto.slug !== accommodation.slug
        ? await uniqueSlug(this.accommodations, accommodation.territoryId, accommodation.name, dto.slug)
        : accommodation.slug;
    return this.accommodations.save(this.accommodations.merge(accommodation, { ...dto, slug }));
  }

  /**
   * Its code is printed on paper in guests' hands: the accommodation is archived (its page
   * answers 404, its code is never reused) rather than deleted.
   */
  async remove(id: string): Promise<{ archived: boolean }> {
    const accommodation = await this.get(id);
    await this.accommodations.update({ id }, { status: 'archived', archivedAt: accommodation.archivedAt ?? new Date() });
    return { archived: true };
  }
}
