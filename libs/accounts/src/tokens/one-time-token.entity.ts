import { Column, Entity } from 'typeorm';
import { SecretTokenRecord } from './secret-token-record.js';

export type OneTimeTokenKind = 'invitation' | 'password_reset';

/** An invitation or password-reset link: single use, expiring, only its hash is kept. */
@Entity('one_time_tokens')
export class OneTimeToken extends SecretTokenRecord {
  @Column('text')
  kind: OneTimeTokenKind;

  @Column('uuid', { nullable: true })
  membershipId: string | null;

  @Column('uuid', { nullable: true })
  createdBy: string | null;
}
