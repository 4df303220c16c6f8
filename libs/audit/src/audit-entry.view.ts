import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { AuditEntry } from './audit-entry.entity.js';
import { AUDITED_ENTITY_TYPES } from './audit.service.js';

/** One change to a producer, accommodation, offer or membership, as the API answers it: who, what, when. */
@ApiSchema({ name: 'AuditEntry' })
export class AuditEntryView {
  @ApiProperty({ example: '1842' })
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  territoryId: string;

  @ApiProperty({
    type: String,
    example: '5d2c1b0a-9e8f-4d7c-8b6a-5f4e3d2c1b0a',
    format: 'uuid',
    nullable: true,
    description: 'Who did it; null for the system (demo data, imports)',
  })
  actorId: string | null;

  @ApiProperty({ example: 'update', description: 'create, update, delete, archive, or a transition such as publish' })
  action: string;

  @ApiProperty({ example: 'offer', enum: AUDITED_ENTITY_TYPES })
  entityType: string;

  @ApiProperty({ example: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', format: 'uuid' })
  entityId: string;

  @ApiProperty({ example: { value: { from: 10, to: 15 } }, description: 'Changed fields, each { from, to }' })
  changes: Record<string, { from: unknown; to: unknown }>;

  @ApiProperty({ example: '2026-06-02T08:15:00.000Z' })
  createdAt: Date;
}

export function auditEntryView(auditEntry: AuditEntry): AuditEntryView {
  return {
    id: auditEntry.id,
    territoryId: auditEntry.territoryId,
    actorId: auditEntry.actorId,
    action: auditEntry.action,
    entityType: auditEntry.entityType,
    entityId: auditEntry.entityId,
    changes: auditEntry.changes,
    createdAt: auditEntry.createdAt,
  };
}
