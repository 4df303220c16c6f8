import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { pageOf, type Actor, type Page, type PageQueryDto } from '#common';
import { AuditEntry } from './audit-entry.entity.js';

/** What the audit trail records changes to. */
export const AUDITED_ENTITY_TYPES = [
  'producer',
  'accommodation',
  'offer',
  'membership',
  'territory',
  'pass',
  'redemption',
  'join_request',
  'season',
  'membership_terms',
  'member_year',
  'membership_payment',
] as const;

export interface AuditedChange {
  territoryId: string;
  action: string;
  entityType: (typeof AUDITED_ENTITY_TYPES)[number];
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/** Fields whose change says nothing a coordinator needs to read. */
const IGNORED = new Set(['updatedAt', 'createdAt', 'location']);

/** The differences between two versions of a row, field by field. */
export function diff(before: object | null | undefined, after: object | null | undefined): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (IGNORED.has(key)) continue;
    const from = normalise(a[key]);
    const to = normalise(b[key]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

const normalise = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/** The audit trail: written in the same transaction as the change it records. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  async record(manager: EntityManager, actor: Actor, change: AuditedChange): Promise<void> {
    const entry = manager.create(AuditEntry, {
      territoryId: change.territoryId,
      actorId: actor.userId,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      changes: diff(change.before, change.after),
    });
    await manager.save(entry);
  }

  async list(territoryId: string, query: PageQueryDto & { entityId?: string }): Promise<Page<AuditEntry>> {
    const [items, total] = await this.entries.findAndCount({
      where: { territoryId, ...(query.entityId ? { entityId: query.entityId } : {}) },
      order: { id: 'DESC' },
      skip: query.offset,
      take: query.limit,
    });
    return pageOf(items, total, query);
  }
}
