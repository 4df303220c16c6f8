import type { EntityManager, EntityTarget } from 'typeorm';
import type { Actor } from '#common';
import type { AuditedChange, AuditService } from '#audit';
import type { TerritoryRecord } from './territory-record.entity.js';

type Archivable = TerritoryRecord & { status: string };

/**
 * Archives a producer, an accommodation or an offer in `tx`, and says so in the audit trail: it
 * keeps its id and code (printed, or in a report) and leaves every list and page.
 */
export async function archiveRecord(
  tx: EntityManager,
  audit: AuditService,
  actor: Actor,
  archived: { entity: EntityTarget<Archivable>; entityType: AuditedChange['entityType']; record: Archivable; at: Date },
): Promise<void> {
  const { record } = archived;
  await tx.update(archived.entity, record.id, { status: 'archived', archivedAt: archived.at });
  await audit.record(tx, actor, {
    territoryId: record.territoryId,
    action: 'archive',
    entityType: archived.entityType,
    entityId: record.id,
    before: { status: record.status },
    after: { status: 'archived' },
  });
}
