import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One change to a producer, accommodation, offer or membership: who, what, when. */
@Entity('audit_entries')
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column('uuid')
  territoryId: string;

  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Column()
  action: string;

  @Column()
  entityType: string;

  @Column('uuid')
  entityId: string;

  @Column('jsonb')
  changes: Record<string, { from: unknown; to: unknown }>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
