import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, invalidField, refusal, type AppConfig } from '#common';
import { queryRows } from '#database';
import type { LinkView } from '../invitations/invitation.dto.js';
import { MailOutbox } from '../mail/mail-outbox.js';
import { OneTimeToken, type OneTimeTokenKind } from './one-time-token.entity.js';
import { hashSecretToken, newSecretToken } from './secret-token.js';
import { ACCOUNT_REFUSALS } from '../account-refusals.js';

/** The member pages that take each link (apps/portal/src/sign-in). */
const PATHS: Record<OneTimeTokenKind, string> = { invitation: 'app/invitations', password_reset: 'app/password-reset' };

/**
 * Invitation and password-reset links: a new link voids the earlier ones of the same kind;
 * it is e-mailed when a mail server is configured (through the outbox, once `tx` commits),
 * handed back otherwise.
 */
@Injectable()
export class OneTimeLinks {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutbox,
  ) {}

  /**
   * A reset link mailed to `email` if it is an active account's, when `wanted` — in the same two
   * statements whether it is or not, so that the time taken tells nothing. Only with a mail server:
   * without one, a link nobody receives is not made.
   */
  async mailIfActive(tx: EntityManager, link: { kind: OneTimeTokenKind; email: string; subject: string; intro: string; wanted: boolean }): Promise<void> {
    const expiresAt = this.expiry(link.kind);
    const { token, hash } = newSecretToken();
    const rows = await queryRows<{ email: string }>(
      tx,
      `WITH target AS (SELECT id, email FROM users WHERE lower(email) = lower($1) AND status = 'active' AND $2::boolean),
            voided AS (UPDATE one_time_tokens SET used_at = now() WHERE user_id IN (SELECT id FROM target) AND kind = $3 AND used_at IS NULL)
       INSERT INTO one_time_tokens (kind, user_id, token_hash, expires_at) SELECT $3, id, $4, $5 FROM target
       RETURNING (SELECT email FROM target) AS email`,
      [link.email.trim(), link.wanted && this.outbox.delivers, link.kind, hash, expiresAt],
    );
    await this.outbox.enqueueTo(
      tx,
      rows.map((row) => row.email),
      { subject: link.subject, text: this.mailText(link, token, expiresAt) },
    );
  }

  async create(
    tx: EntityManager,
    link: { kind: OneTimeTokenKind; userId: string; email: string; membershipId?: string; createdBy: string | null; subject: string; intro: string },
  ): Promise<LinkView> {
    const expiresAt = this.expiry(link.kind);
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
    if (this.outbox.delivers) {
      await this.outbox.enqueueTo(tx, [link.email], { subject: link.subject, text: this.mailText(link, token, expiresAt) });
      return { url: null, mailed: true, expiresAt };
    }
    return { url: this.url(link.kind, token), mailed: false, expiresAt };
  }

  private expiry(kind: OneTimeTokenKind): Date {
    const seconds = kind === 'invitation' ? this.config.auth.invitationSeconds : this.config.auth.passwordResetSeconds;
    return new Date(Date.now() + seconds * 1000);
  }

  private url(kind: OneTimeTokenKind, token: string): string {
    return `${this.config.publicBaseUrl}/${PATHS[kind]}/${token}`;
  }

  private mailText(link: { kind: OneTimeTokenKind; intro: string }, token: string, expiresAt: Date): string {
    return `${link.intro}\n\n${this.url(link.kind, token)}\n\n(valid until ${expiresAt.toISOString()})`;
  }

  /** Uses a link once: a second use, an expired or unknown link is a 400 naming `token`. */
  async consume(tx: EntityManager, kind: OneTimeTokenKind, token: string): Promise<Pick<OneTimeToken, 'id' | 'userId' | 'membershipId'>> {
    const claimed = await queryRows<Pick<OneTimeToken, 'id' | 'userId' | 'membershipId'>>(
      tx,
      `UPDATE one_time_tokens SET used_at = now()
        WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING id, user_id AS "userId", membership_id AS "membershipId"`,
      [hashSecretToken(token), kind],
    );
    if (claimed.length === 0) throw invalidField('token', refusal(ACCOUNT_REFUSALS, 'link_not_valid'));
    return claimed[0];
  }
}
