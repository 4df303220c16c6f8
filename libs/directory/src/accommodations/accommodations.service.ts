import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { denied, FieldConflict, FieldForbidden, invalidField, type Actor, type Page, refusal } from '#common';
import { AuditService } from '#audit';
import { directoryAccess, idsOrNone } from '../access/directory-access.js';
import { listPage, whereTextContains, type WithDistance } from '../shared/list-page.js';
import { shortCode } from '../shared/short-code.js';
import { archiveRecord } from '../shared/archive-record.js';
import { assertSensiblePosition } from '../shared/sensible-position.js';
import { auditedUpdate } from '../shared/audited-update.js';
import { changedSlug, uniqueSlug } from '../shared/unique-slug.js';
import { Territory } from '../territories/territory.entity.js';
import type { AccommodationQueryDto, CreateAccommodationDto, UpdateAccommodationDto } from './accommodation.dto.js';
import { Accommodation } from './accommodation.entity.js';
import { DIRECTORY_REFUSALS } from '../directory-refusals.js';
import { officialPlace } from '../places/official-place.js';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AccommodationsService {
  constructor(
    @InjectRepository(Accommodation) private readonly accommodations: Repository<Accommodation>,
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
    private readonly audit: AuditService,
  ) {}

  /** A coordinator registers an accommodation; it gets its permanent code. Inside `within`, when it is one step of a larger change. */
  async create(dto: CreateAccommodationDto, actor: Actor, within?: EntityManager): Promise<Accommodation> {
    if (!(await this.territories.existsBy({ id: dto.territoryId }))) throw invalidField('territoryId', refusal(DIRECTORY_REFUSALS, 'territory_missing'));
    if (!actor.coordinates(dto.territoryId)) throw denied(actor, true, 'territory', 'add accommodations to');
    await assertSensiblePosition(this.accommodations.manager, dto.territoryId, dto);
    const place = officialPlace(dto);
    const slug = await uniqueSlug(this.accommodations, dto.territoryId, dto.name, dto.slug);
    const write = async (tx: EntityManager) => {
      const accommodation = await tx.save(tx.create(Accommodation, { status: 'active', ...dto, ...place, slug, code: shortCode() }));
      await this.audit.record(tx, actor, {
        territoryId: accommodation.territoryId,
        action: 'create',
        entityType: 'accommodation',
        entityId: accommodation.id,
        after: accommodation,
      });
      return accommodation;
    };
    // Inside a larger change a code already printed fails the whole of it (a chance in hundreds of millions): no retry there.
    if (within) return write(within);
    // A new random code is drawn in the rare case it is already printed on someone else's QR code.
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.accommodations.manager.transaction(write);
      } catch (error) {
        const pg = error as { driverError?: { code?: string; constraint?: string } };
        if (attempt < 5 && pg.driverError?.code === UNIQUE_VIOLATION && pg.driverError.constraint === 'accommodations_code_key') continue;
        throw error;
      }
    }
  }

  /** Coordinators see their territory's accommodations, hosts the ones they run. */
  list(query: AccommodationQueryDto, actor: Actor): Promise<Page<WithDistance<Accommodation>>> {
    const qb = this.accommodations.createQueryBuilder('a');
    if (!actor.isPlatformAdmin) {
      qb.andWhere('(a.territory_id IN (:...coordinated) OR a.id IN (:...hosted))', {
        coordinated: idsOrNone(actor.coordinatedTerritoryIds),
        hosted: idsOrNone(actor.hostedAccommodationIds),
      });
    }
    if (query.territoryId) qb.andWhere('a.territory_id = :territoryId', { territoryId: query.territoryId });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    else qb.andWhere(`a.status <> 'archived'`);
    if (query.kind) qb.andWhere('a.kind = :kind', { kind: query.kind });
    if (query.commune) qb.andWhere('tp_place_key(a.commune) = tp_place_key(:commune)', { commune: query.commune });
    whereTextContains(qb, `a.name || ' ' || a.commune || ' ' || tp_texts(a.description)`, query.q);
    return listPage(qb, query, { location: 'a.location' }, (q) => q.orderBy('a.name', 'ASC'));
  }

  async get(id: string, actor: Actor): Promise<Accommodation> {
    const accommodation = await this.accommodations.findOneBy({ id });
    if (!accommodation || !directoryAccess.seeAccommodation(actor, accommodation)) throw new NotFoundException(`No accommodation with id ${id}`);
    return accommodation;
  }

  /** The public side of an accommodation: its page by the code printed on its QR code. */
  async getByCode(code: string): Promise<Accommodation> {
    const accommodation = await this.accommodations.findOneBy({ code });
    if (!accommodation || accommodation.status !== 'active') throw new NotFoundException(`No accommodation with code ${code}`);
    return accommodation;
  }

  async update(id: string, dto: UpdateAccommodationDto, actor: Actor): Promise<Accommodation> {
    const accommodation = await this.get(id, actor);
    if (!directoryAccess.editAccommodation(actor, accommodation)) throw denied(actor, true, 'accommodation', 'change');
    if (dto.externalRef !== undefined && !actor.coordinates(accommodation.territoryId)) throw new FieldForbidden(['externalRef']);
    // consent to be listed publicly is the host's own; withdrawing it is anyone's who edits
    if (dto.publishOnSite === true && !actor.hostsAccommodation(accommodation.id)) throw new FieldForbidden(['publishOnSite']);
    if (accommodation.status === 'archived') throw new FieldConflict('status', refusal(DIRECTORY_REFUSALS, 'archived_accommodation'));
    await assertSensiblePosition(this.accommodations.manager, accommodation.territoryId, dto, accommodation);
    const place = officialPlace(dto, accommodation);
    const slug = await changedSlug(this.accommodations, accommodation, dto.slug);
    return auditedUpdate(this.accommodations, this.audit, actor, {
      entityType: 'accommodation',
      record: accommodation,
      changes: { ...dto, ...place, slug },
    });
  }

  /**
   * Its code is printed on paper in guests' hands: the accommodation is archived (its page
   * answers 404, its code is never reused) rather than deleted. Coordinators only.
   */
  async remove(id: string, actor: Actor): Promise<{ archived: boolean }> {
    const accommodation = await this.get(id, actor);
    if (!actor.coordinates(accommodation.territoryId)) throw denied(actor, true, 'accommodation', 'delete');
    await this.accommodations.manager.transaction(async (tx) => {
      await archiveRecord(tx, this.audit, actor, {
        entity: Accommodation,
        entityType: 'accommodation',
        record: accommodation,
        at: accommodation.archivedAt ?? new Date(),
      });
    });
    return { archived: true };
  }
}
