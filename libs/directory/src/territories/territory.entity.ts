import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '#common';

/** The tenant: one association, its members and its settings. */
@Entity('territories')
export class Territory {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  slug: string;

  @Column({ default: () => 'tp_short_code(8)', update: false })
  code: string;

  @Column()
  name: string;

  @Column('text', { array: true })
  languages: Language[];

  @Column()
  timeZone: string;

  @Column('text', { nullable: true })
  contactEmail: string | null;

  @Column('text', { nullable: true })
  contactPhone: string | null;

  @Column('text', { nullable: true })
  website: string | null;

  @Column('text', { nullable: true })
  logoUrl: string | null;

  @Column('text', { nullable: true })
  primaryColor: string | null;

  @Column('text', { nullable: true })
  secondaryColor: string | null;

  @Column()
  offersNeedReview: boolean;

  @Column({ default: false })
  selfServicePasses: boolean;

  @Column('jsonb', { default: () => "'[]'" })
  funders: string[];

  /** Host names its public site answers on (lowercase, no port). */
  @Column('text', { array: true, default: () => "'{}'" })
  domains: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
