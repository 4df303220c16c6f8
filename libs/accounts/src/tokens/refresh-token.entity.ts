import { Column, Entity } from 'typeorm';
import { SecretTokenRecord } from './secret-token-record.js';

/** One refresh token of a sign-in "family": each use replaces it; a reused one revokes the family. */
@Entity('refresh_tokens')
export class RefreshToken extends SecretTokenRecord {
  @Column('uuid')
  familyId: string;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}
