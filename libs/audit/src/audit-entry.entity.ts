import { ApiProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One change to a producer, accommodation, offer or membership: who, what, when. */
@Entity('audit_entries')
export class AuditEntry {
  @ApiProperty({ example: '1842' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  @Column('uuid')
  territoryId: string;

  @ApiProperty({ example: '5d2c1b0a-9e8f-4d7c-8b6a-5f4e3d2c1b0a', format: 'uuid', nullable: true, description: 'Who did it; null for the system (demo data, imports)' })
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @ApiProperty({ example: 'update', description: 'create, update, delete, archive, or a transition such as publish' })
  @Column()
  action: string;

  @ApiProperty({ example: 'offer', enum: ['producer', 'accommodation', 'offer', 'membership', 'territory', 'pass', 'redemption'] })
  @Column()
  entityType: string;

  @ApiProperty({ example: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', format: 'uuid' })
  @Column('uuid')
  entityId: string;

  @ApiProperty({ example: { value: { from: 10, to: 15 } }, description: 'Changed fields, each { from, to }' })
  @Column('jsonb')
  changes: Record<string, { from: unknown; to: unknown }>;

  @ApiProperty({ example: '2026-06-02T08:15:00.000Z' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
