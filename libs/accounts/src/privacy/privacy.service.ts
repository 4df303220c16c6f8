import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FieldConflict, invalidField, refusal, signInRequired, type Actor } from '#common';
import { queryRows } from '#database';
import { SignInThrottle } from '../auth/sign-in-throttle.service.js';
import { PasswordHasher } from '../passwords/password-hasher.js';
import { ACCOUNT_REFUSALS } from '../account-refusals.js';

/** Everything held about one person, as they may download it. */
export interface PersonalData {
  exportedAt: string;
  account: Record<string, unknown>;
  memberships: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
  links: Record<string, unknown>[];
  activity: Record<string, unknown>[];
  passesIssued: Record<string, unknown>[];
  usesRecorded: Record<string, unknown>[];
}

/**
 * A member's rights over their data: a copy of all of it, and erasure. Erasure keeps an anonymous
 * account row, so that the history and the figures it took part in still add up; tourists are
 * never people in this database in the first place.
 */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signIns: SignInThrottle,
    private readonly passwords: PasswordHasher,
  ) {}

  async export(actor: Actor): Promise<PersonalData> {
    const userId = this.signedIn(actor);
    const q = (sql: string) => queryRows<Record<string, unknown>>(this.dataSource, sql, [userId]);
    const [[account], memberships, sessions, links, activity, passesIssued, usesRecorded] = await Promise.all([
      q(
        `SELECT id, email, name, is_platform_admin AS "isPlatformAdmin", status, created_at AS "createdAt", updated_at AS "updatedAt" FROM users WHERE id = $1`,
      ),
      q(`SELECT m.id, t.name AS territory, m.role, m.status, p.name AS producer,
                coalesce((SELECT json_agg(a.name ORDER BY a.name) FROM host_accommodations h JOIN accommodations a ON a.id = h.accommodation_id WHERE h.membership_id = m.id), '[]') AS accommodations,
                m.created_at AS "createdAt"
           FROM memberships m JOIN territories t ON t.id = m.territory_id LEFT JOIN producers p ON p.id = m.producer_id
          WHERE m.user_id = $1 ORDER BY m.created_at`),
      q(`SELECT family_id AS "session", min(created_at) AS "signedInAt", max(created_at) AS "lastRenewedAt", max(expires_at) AS "expiresAt", max(revoked_at) AS "endedAt"
           FROM refresh_tokens WHERE user_id = $1 GROUP BY family_id ORDER BY min(created_at)`),
      q(`SELECT kind, created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt" FROM one_time_tokens WHERE user_id = $1 ORDER BY created_at`),
      q(`SELECT e.created_at AS "at", t.name AS territory, e.action, e.entity_type AS "entityType", e.entity_id AS "entityId", e.changes
           FROM audit_entries e JOIN territories t ON t.id = e.territory_id WHERE e.actor_id = $1 ORDER BY e.id`),
      q(`SELECT p.code, a.name AS accommodation, p.arrival, p.departure, p.guests, p.lang, p.status, p.created_at AS "createdAt"
           FROM passes p JOIN accommodations a ON a.id = p.accommodation_id WHERE p.issued_by = $1 ORDER BY p.created_at`),
      q(`SELECT r.redeemed_on AS "day", o.title AS offer, r.amount_cents AS "amountCents", r.voided_at AS "voidedAt", r.created_at AS "recordedAt"
           FROM redemptions r JOIN offers o ON o.id = r.offer_id WHERE r.recorded_by = $1 ORDER BY r.created_at`),
    ]);
    return { exportedAt: new Date().toISOString(), account, memberships, sessions, links, activity, passesIssued, usesRecorded };
  }

  /** Forgets who the person was: name and e-mail gone (here and in the audit trail), password, sessions and links gone, memberships ended. */
  async erase(actor: Actor, password: string): Promise<void> {
    const userId = this.signedIn(actor);
    await this.dataSource.transaction(async (tx) => {
      const [user] = await queryRows<{ email: string; name: string | null; passwordHash: string | null; isAdmin: boolean }>(
        tx,
        `SELECT email, name, password_hash AS "passwordHash", is_platform_admin AS "isAdmin" FROM users WHERE id = $1 FOR UPDATE`,
        [userId],
      );
      if (!user?.passwordHash || !(await this.passwords.verify(password, user.passwordHash)))
        throw invalidField('password', refusal(ACCOUNT_REFUSALS, 'wrong_password'));
      if (user.isAdmin) {
        const [{ admins }] = await queryRows<{ admins: number }>(
          tx,
          `SELECT count(*)::int AS admins FROM users WHERE is_platform_admin AND status = 'active' AND id <> $1`,
          [userId],
        );
        if (admins === 0) throw new FieldConflict('confirm', refusal(ACCOUNT_REFUSALS, 'last_admin'));
      }
      const anonymous = `erased-${userId}@erased.invalid`;
      await tx.query(
        `UPDATE users SET email = $2, name = NULL, password_hash = NULL, is_platform_admin = false, status = 'erased', erased_at = now(), updated_at = now() WHERE id = $1`,
        [userId, anonymous],
      );
      await tx.query(`UPDATE memberships SET status = 'suspended', updated_at = now() WHERE user_id = $1`, [userId]);
      await tx.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
      await tx.query(`DELETE FROM one_time_tokens WHERE user_id = $1`, [userId]);
      // its messages may hold personal links and its business's figures: nobody reads them any more
      await tx.query(`DELETE FROM notices WHERE user_id = $1`, [userId]);
      await this.signIns.forgetAccount(tx, String(user.email));
      await tx.query(`DELETE FROM mail_outbox WHERE lower(recipient) = lower($1)`, [user.email]);
      // The audit trail keeps what happened, not who it was: in the entries about this person (its
      // account and memberships), string values equal to its e-mail or name are replaced — values
      // only, never keys, and never in other people's entries.
      const entries = await queryRows<{ id: string; changes: unknown }>(
        tx,
        `SELECT id, changes FROM audit_entries WHERE entity_id = $1 OR entity_id IN (SELECT id FROM memberships WHERE user_id = $1)`,
        [userId],
      );
      const replacements = new Map<string, string>([[String(user.email).toLowerCase(), anonymous]]);
      if (user.name) replacements.set(String(user.name).toLowerCase(), 'erased');
      for (const entry of entries) {
        const scrubbed = scrub(entry.changes, replacements);
        if (JSON.stringify(scrubbed) !== JSON.stringify(entry.changes))
          await tx.query('UPDATE audit_entries SET changes = $2 WHERE id = $1', [entry.id, JSON.stringify(scrubbed)]);
      }
      await tx.query(
        `INSERT INTO audit_entries (territory_id, actor_id, action, entity_type, entity_id)
         SELECT DISTINCT territory_id, $1::uuid, 'erase', 'user', $1::uuid FROM memberships WHERE user_id = $1`,
        [userId],
      );
    });
  }

  private signedIn(actor: Actor): string {
    if (!actor.userId) throw signInRequired();
    return actor.userId;
  }
}

/** The value with every string equal (case aside) to a key of `replacements` replaced; object keys untouched. */
function scrub(value: unknown, replacements: Map<string, string>): unknown {
  if (typeof value === 'string') return replacements.get(value.toLowerCase()) ?? value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, replacements));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item, replacements)]));
  return value;
}
