import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What every row of a territory carries: its id, its tenant, its history stamps. */
export abstract class TerritoryRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  territoryId: string;

  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
