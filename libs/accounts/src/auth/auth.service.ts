import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import { APP_CONFIG, refusal, Refused, type AppConfig } from '#common';
import { queryRows } from '#database';
import { PasswordHasher } from '../passwords/password-hasher.js';
import { signAccessToken } from '../tokens/access-token.js';
import { RefreshToken } from '../tokens/refresh-token.entity.js';
import { hashSecretToken, newSecretToken } from '../tokens/secret-token.js';
import { User } from '../users/user.entity.js';
import type { TokenPair } from './auth.dto.js';
import { SignInThrottle } from './sign-in-throttle.service.js';
import { ACCOUNT_REFUSALS } from '../account-refusals.js';

const WRONG_CREDENTIALS = 'Wrong e-mail or password';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: SignInThrottle,
    private readonly passwords: PasswordHasher,
  ) {}

  async login(email: string, password: string, address: string | undefined): Promise<TokenPair> {
    const attempt = await this.throttle.attempt(email, address);
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('lower(u.email) = lower(:email)', { email: email.trim() }).getOne();
    // The same work whether the account exists or not: timing tells nothing.
    const valid = user?.passwordHash ? await this.passwords.verify(password, user.passwordHash) : await this.passwords.verifyNobody(password);
    if (!user || !user.passwordHash || !valid) throw new UnauthorizedException(WRONG_CREDENTIALS);
    if (user.status !== 'active') throw new Refused(403, refusal(ACCOUNT_REFUSALS, 'account_suspended'));
    await this.throttle.succeeded(attempt);
    return this.startSession(this.refreshTokens.manager, user.id);
  }

  /** A new session (a new refresh-token family) for a person who just proved who they are. */
  async startSession(manager: EntityManager, userId: string): Promise<TokenPair> {
    return this.issue(manager, userId, randomUUID());
  }

  /**
   * Exchanges a refresh token for a new pair. Each token works once: presenting a used or revoked
   * one means it was stolen or replayed, and the whole family is revoked.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const hash = hashSecretToken(refreshToken);
    const pair = await this.refreshTokens.manager.transaction(async (tx) => {
      const claimed = await queryRows<Pick<RefreshToken, 'userId' | 'familyId'>>(
        tx,
        `UPDATE refresh_tokens SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING user_id AS "userId", family_id AS "familyId"`,
        [hash],
      );
      if (claimed.length === 0) return undefined;
      const active = await tx.existsBy(User, { id: claimed[0].userId, status: 'active' });
      if (!active) throw new UnauthorizedException('This account is suspended');
      return this.issue(tx, claimed[0].userId, claimed[0].familyId);
    });
    if (pair) return pair;
    // Committed apart from any rollback: a replayed token must end its family for good.
    const known = await this.refreshTokens.findOneBy({ tokenHash: hash });
    if (known && (known.usedAt || known.revokedAt)) await this.revokeFamily(this.refreshTokens.manager, known.familyId);
    throw new UnauthorizedException('This refresh token is not valid any more: sign in again');
  }

  /** Signs out: the session's refresh tokens and, with them, its access tokens stop working. */
  async logout(refreshToken: string): Promise<void> {
    const known = await this.refreshTokens.findOneBy({ tokenHash: hashSecretToken(refreshToken) });
    if (known) await this.revokeFamily(this.refreshTokens.manager, known.familyId);
  }

  /** Signs out a browser session: the same end as `logout`, known by its session id. */
  async endSession(sessionId: string): Promise<void> {
    await this.revokeFamily(this.refreshTokens.manager, sessionId);
  }

  /** Ends every session of a person (after a password reset). */
  async revokeAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async issue(manager: EntityManager, userId: string, familyId: string): Promise<TokenPair> {
    const { token, hash } = newSecretToken();
    const refreshTokenExpiresAt = new Date(Date.now() + this.config.auth.refreshTokenSeconds * 1000);
    await manager.insert(RefreshToken, { userId, familyId, tokenHash: hash, expiresAt: refreshTokenExpiresAt });
    const access = signAccessToken(userId, familyId, this.config.auth.secret, this.config.auth.accessTokenSeconds);
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: token, refreshTokenExpiresAt };
  }
}
