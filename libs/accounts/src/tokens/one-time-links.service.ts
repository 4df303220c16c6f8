import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, invalidField, type AppConfig } from '../../../common/src/index.js';
import { MailSender } from '../mail/mail-sender.js';
import type { LinkView } from '../invitations/invitation.dto.js';
import { OneTimeToken, type OneTimeTokenKind } from './one-time-token.entity.js';
import { hashSecretToken, newSecretToken } from './secret-token.js';

/** The member pages that take each link (apps/api/src/portal/sign-in). */
const PATHS: Record<OneTimeTokenKind, string> = { invitation: 'app/invitations', password_reset: 'app/password-reset' };

/**
 * Invitation and password-reset links: a new link voids the earlier ones of the same kind;
 * it is e-mailed when a mail server is configured, handed back otherwise.
 */
@Injectable()
export class OneTimeLinks {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailSender,
  ) {}

  async create(
    tx: EntityManager,
    link: { kind: OneTimeTokenKind; userId: string; email: string; membershipId?: string; createdBy: string | null; subject: string; intro: string },
  ): Promise<LinkView> {
    const seconds = link.kind === 'invitation' ? this.config.auth.invitationSeconds : this.config.auth.passwordResetSeconds;
    const expiresAt = new Date(Date.now() + seconds * 1000);
    await tx
      .createQueryBuilder()
      .update(OneTimeToken)
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId AND kind = :kind AND used_at IS NULL', { userId: link.userId, kind: link.kind })
      .execute();
    const { token, hash } = newSecretToken();
    await tx.insert(OneTimeToken, {
      kind: link.kind,
      userId: link.userId,
      membershipId: link.membershipId ?? null,
      tokenHash: hash,
      expiresAt,
      createdBy: link.createdBy,
    });
    const url = `${this.config.publicBaseUrl}/${PATHS[link.kind]}/${token}`;
    if (this.mail.delivers) {
      await this.mail.send({ to: link.email, subject: link.subject, text: `${link.intro}\n\n${url}\n\n(valid until ${expiresAt.toISOString()})` });
      return { url: null, mailed: true, expiresAt };
    }
    return { url, mailed: false, expiresAt };
  }

  /** Uses a link once: a second use, an expired or unknown link is a 400 naming `token`. */
  async consume(tx: EntityManager, kind: OneTimeTokenKind, token: string): Promise<OneTimeToken> {
    const rows = await tx.query(
      `UPDATE one_time_tokens SET used_at = now()
        WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING id, user_id AS "userId", membership_id AS "membershipId"`,
      [hashSecretToken(token), kind],
    );
    const claimed = (Array.isArray(rows[0]) ? rows[0] : rows) as OneTimeToken[];
    if (claimed.length === 0) throw invalidField('token', 'this link is not valid: it was already used, has expired or was replaced by a newer one');
    return claimed[0];
  }
}
