import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OneTimeTokenKind = 'invitation' | 'password_reset';

/** An invitation or password-reset link: single use, expiring, only its hash is kept. */
@Entity('one_time_tokens')
export class OneTimeToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  kind: OneTimeTokenKind;

  @Column('uuid')
  userId: string;

  @Column('uuid', { nullable: true })
  membershipId: string | null;

  @Column()
  tokenHash: string;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
