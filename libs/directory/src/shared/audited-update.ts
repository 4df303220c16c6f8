import type { DeepPartial, Repository } from 'typeorm';
import type { Actor } from '#common';
import type { AuditedChange, AuditService } from '#audit';
import type { TerritoryRecord } from './territory-record.entity.js';

/** Saves a change to a record of a territory with its audit entry (the fields from what they were to what they are), in one transaction. */
export function auditedUpdate<T extends TerritoryRecord>(
  repository: Repository<T>,
  audit: AuditService,
  actor: Actor,
  update: { entityType: AuditedChange['entityType']; record: T; changes: DeepPartial<T> },
): Promise<T> {
  return repository.manager.transaction(async (tx) => {
    const before = { ...update.record };
    const saved = await tx.save(repository.merge(update.record, update.changes));
    await audit.record(tx, actor, {
      territoryId: saved.territoryId,
      action: 'update',
      entityType: update.entityType,
      entityId: saved.id,
      before,
      after: saved,
    });
    return saved;
  });
}
