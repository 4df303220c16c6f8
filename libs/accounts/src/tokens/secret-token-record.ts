import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What every stored secret token holds (a sign-in's refresh token, an invitation or reset link):
 * whose it is, only its hash, until when it works, and when it was used (each works once). Each
 * kind keeps a table of its own: they live and end differently (a family revoked at once, a link
 * replaced by the next of its kind).
 */
export abstract class SecretTokenRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @Column()
  tokenHash: string;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
