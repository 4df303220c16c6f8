import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { refusal, Refused, type Actor } from '#common';
import { queryRows, Throttle, type Limit } from '#database';
import type { LinkView } from '../invitations/invitation.dto.js';
import { MembersService } from '../members/members.service.js';
import { PasswordHasher } from '../passwords/password-hasher.js';
import { OneTimeLinks } from '../tokens/one-time-links.service.js';
import { User } from '../users/user.entity.js';
import { AuthService } from './auth.service.js';
import { ACCOUNT_REFUSALS } from '../account-refusals.js';

const SUBJECT = 'Terroir Pass : nouveau mot de passe / new password';
const INTRO = 'Choisissez un nouveau mot de passe avec ce lien.\nChoose a new password with this link.';

/** One address asking again and again (for many e-mails) is told to wait. */
export const RESET_REQUESTS_PER_ADDRESS: Limit = { max: 10, windowSeconds: 900, refusal: 'Too many password-reset requests' };
/** One e-mail gets at most this many links an hour; further requests answer the same and send nothing. */
export const RESET_MAILS_PER_ACCOUNT: Limit = { max: 3, windowSeconds: 3600, refusal: 'Too many password-reset requests' };

/** Forgotten passwords: a single-use link, mailed to the person or handed to its coordinator. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: OneTimeLinks,
    private readonly members: MembersService,
    private readonly auth: AuthService,
    private readonly throttle: Throttle,
    private readonly passwords: PasswordHasher,
  ) {}

  /**
   * Anyone may ask; the answer never says whether the e-mail is known, and the link only goes by
   * mail. Known or not, the request runs the same statements in one transaction ending in one
   * commit, so it takes the same time; the mail is sent after the commit, by the outbox.
   */
  async request(email: string, address: string | undefined): Promise<void> {
    await this.throttle.hit([this.throttle.rule(RESET_REQUESTS_PER_ADDRESS, 'reset-address', address ?? 'unknown')]);
    const perAccount = this.throttle.rule(RESET_MAILS_PER_ACCOUNT, 'reset-account', email.trim().toLowerCase());
    await this.dataSource.transaction(async (tx) => {
      const hit = await this.throttle.record([{ key: perAccount.key, keepSeconds: perAccount.limit.windowSeconds }], tx);
      const [measure] = await this.throttle.measure(hit, [perAccount], tx);
      await this.links.mailIfActive(tx, { kind: 'password_reset', email, subject: SUBJECT, intro: INTRO, wanted: !measure.over });
      // Quietly refused: answered like any other, and not counted.
      if (measure.over) await this.throttle.forgive(hit, tx);
    });
  }

  /** A coordinator gets a reset link for a member of its territory (handed back without a mail server). */
  async linkFor(membershipId: string, actor: Actor): Promise<LinkView> {
    const membership = await this.members.managed(membershipId, actor);
    const user = await this.dataSource.manager.findOneByOrFail(User, { id: membership.userId });
    // A coordinator may reset only people whose every membership it coordinates: never an admin,
    // never someone who also belongs elsewhere (that link would open the other territory).
    const [{ outside }] = await queryRows<{ outside: number }>(
      this.dataSource,
      `SELECT count(*)::int AS outside FROM memberships WHERE user_id = $1 AND NOT (territory_id = ANY($2))`,
      [user.id, actor.isPlatformAdmin ? [membership.territoryId] : actor.coordinatedTerritoryIds],
    );
    if (!actor.isPlatformAdmin && (user.isPlatformAdmin || outside > 0)) {
      throw new Refused(403, refusal(ACCOUNT_REFUSALS, 'reset_elsewhere'));
    }
    return this.dataSource.transaction((tx) =>
      this.links.create(tx, { kind: 'password_reset', userId: user.id, email: user.email, createdBy: actor.userId, subject: SUBJECT, intro: INTRO }),
    );
  }

  /** For the command line: a reset link by e-mail, whoever the person is. */
  async linkForEmail(email: string): Promise<LinkView | undefined> {
    const user = await this.dataSource.manager.createQueryBuilder(User, 'u').where('lower(u.email) = lower(:email)', { email: email.trim() }).getOne();
    if (!user) return undefined;
    return this.dataSource.transaction((tx) =>
      this.links.create(tx, { kind: 'password_reset', userId: user.id, email: user.email, createdBy: null, subject: SUBJECT, intro: INTRO }),
    );
  }

  /** Sets the new password and ends every session of the person. */
  async confirm(token: string, password: string): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    await this.dataSource.transaction(async (tx) => {
      const link = await this.links.consume(tx, 'password_reset', token);
      await tx.update(User, { id: link.userId }, { passwordHash });
      await this.auth.revokeAll(tx, link.userId);
    });
  }
}
