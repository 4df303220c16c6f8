import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Actor, FieldConflict, invalidField, refusal, ValidationFailed, type FieldError } from '#common';
import { AuditService } from '#audit';
import { queryRows, Throttle, type Limit } from '#database';
import { TerritoriesService, type Territory } from '#directory';
import type { AcceptInvitationDto, TokenPair } from '../auth/auth.dto.js';
import { AuthService } from '../auth/auth.service.js';
import { MembersService } from '../members/members.service.js';
import { Membership } from '../memberships/membership.entity.js';
import { PasswordHasher } from '../passwords/password-hasher.js';
import { OneTimeLinks } from '../tokens/one-time-links.service.js';
import { User } from '../users/user.entity.js';
import type { InvitationView, InviteDto } from './invitation.dto.js';
import { ACCOUNT_REFUSALS } from '../account-refusals.js';

/** Wrong, used or expired links, or a wrong current password, from one address: someone guessing. */
export const FAILED_ACCEPTANCES_PER_ADDRESS: Limit = { max: 10, windowSeconds: 900, refusal: 'Too many invitation links refused' };

/** Coordinators invite people by e-mail; accepting the single-use link sets the password and signs in. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
    private readonly members: MembersService,
    private readonly links: OneTimeLinks,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly throttle: Throttle,
    private readonly passwords: PasswordHasher,
  ) {}

  async invite(territoryId: string, dto: InviteDto, actor: Actor): Promise<InvitationView> {
    const territory = await this.territories.assertCoordinates(territoryId, actor);
    await this.checkLinks(territoryId, dto);
    return this.dataSource.transaction((tx) => this.inviteWithin(tx, territory, dto, actor));
  }

  /**
   * The invitation as one step of a larger change (a join request accepted with the producer it
   * makes): the caller vouches for the producer or accommodations it links to.
   */
  async inviteWithin(tx: EntityManager, territory: Pick<Territory, 'id' | 'name'>, dto: InviteDto, actor: Actor): Promise<InvitationView> {
    const territoryId = territory.id;
    const email = dto.email.trim().toLowerCase();
    await tx.query(`INSERT INTO users (email, name) VALUES ($1, $2) ON CONFLICT (lower(email)) DO NOTHING`, [email, dto.name ?? null]);
    const user = await tx.createQueryBuilder(User, 'u').where('lower(u.email) = :email', { email }).getOneOrFail();
    const existing = await tx.findOneBy(Membership, { userId: user.id, territoryId, role: dto.role, producerId: dto.producerId ?? IsNull() });
    if (existing) {
      throw new FieldConflict('email', refusal(ACCOUNT_REFUSALS, 'already_member', { email, invited: existing.status === 'invited' ? 'yes' : 'no' }));
    }
    const membership = await tx.save(
      tx.create(Membership, { userId: user.id, territoryId, role: dto.role, producerId: dto.producerId ?? null, status: 'invited' }),
    );
    for (const accommodationId of dto.accommodationIds ?? []) {
      await tx.query(`INSERT INTO host_accommodations (membership_id, accommodation_id, territory_id) VALUES ($1, $2, $3)`, [
        membership.id,
        accommodationId,
        territoryId,
      ]);
    }
    await this.audit.record(tx, actor, {
      territoryId,
      action: 'invite',
      entityType: 'membership',
      entityId: membership.id,
      after: { email, role: dto.role, producerId: dto.producerId ?? null, accommodationIds: dto.accommodationIds ?? [] },
    });
    const invitation = await this.links.create(tx, {
      kind: 'invitation',
      userId: user.id,
      email,
      membershipId: membership.id,
      createdBy: actor.userId,
      subject: `${territory.name}: votre invitation / your invitation`,
      intro: `Bonjour, ${territory.name} vous invite sur Terroir Pass. Choisissez votre mot de passe avec ce lien.\nHello, ${territory.name} invites you to Terroir Pass. Choose your password with this link.`,
    });
    return { member: await this.members.view(tx, membership.id), invitation };
  }

  /** A new link for a membership still waiting for its person; earlier links stop working. */
  async resend(membershipId: string, actor: Actor): Promise<InvitationView> {
    const membership = await this.members.managed(membershipId, actor);
    if (membership.status !== 'invited') throw new FieldConflict('status', refusal(ACCOUNT_REFUSALS, 'membership_not_invited', { status: membership.status }));
    const territory = await this.territories.get(membership.territoryId);
    return this.dataSource.transaction(async (tx) => {
      const member = await this.members.view(tx, membership.id);
      const invitation = await this.links.create(tx, {
        kind: 'invitation',
        userId: membership.userId,
        email: member.email,
        membershipId: membership.id,
        createdBy: actor.userId,
        subject: `${territory.name}: votre invitation / your invitation`,
        intro: `Bonjour, ${territory.name} vous invite sur Terroir Pass.\nHello, ${territory.name} invites you to Terroir Pass.`,
      });
      return { member, invitation };
    });
  }

  /** Counted as a failure until it succeeds, like a sign-in: parallel guesses see each other. */
  async accept(dto: AcceptInvitationDto, address: string | undefined): Promise<TokenPair> {
    const hit = await this.throttle.hit([this.throttle.rule(FAILED_ACCEPTANCES_PER_ADDRESS, 'invitation-address', address ?? 'unknown')]);
    const pair = await this.join(dto);
    await this.throttle.forgive(hit);
    return pair;
  }

  private async join(dto: AcceptInvitationDto): Promise<TokenPair> {
    const passwordHash = await this.passwords.hash(dto.password);
    return this.dataSource.transaction(async (tx) => {
      const link = await this.links.consume(tx, 'invitation', dto.token);
      const user = await tx.createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.id = :id', { id: link.userId }).getOneOrFail();
      if (user.status === 'erased') throw invalidField('token', refusal(ACCOUNT_REFUSALS, 'link_not_valid'));
      if (user.passwordHash) {
        // Someone who already has an account proves it with its own password: an invitation
        // link, handed to a coordinator, must never let anyone replace a password.
        if (!(await this.passwords.verify(dto.password, user.passwordHash))) {
          throw invalidField('password', refusal(ACCOUNT_REFUSALS, 'account_exists'));
        }
      } else {
        await tx.update(User, { id: link.userId }, { passwordHash, ...(dto.name ? { name: dto.name } : {}) });
      }
      if (link.membershipId) {
        const membership = await tx.findOneByOrFail(Membership, { id: link.membershipId });
        if (membership.status === 'invited') {
          await tx.update(Membership, { id: membership.id }, { status: 'active' });
          await this.audit.record(tx, Actor.user(link.userId, false, []), {
            territoryId: membership.territoryId,
            action: 'accept',
            entityType: 'membership',
            entityId: membership.id,
            before: { status: 'invited' },
            after: { status: 'active' },
          });
        }
      }
      return this.auth.startSession(tx, link.userId);
    });
  }

  /** The producer or accommodations an invitation links to must be of the same territory. */
  private async checkLinks(territoryId: string, dto: InviteDto): Promise<void> {
    const problems: FieldError[] = [];
    if (dto.role === 'producer') {
      if (!dto.producerId) problems.push({ field: 'producerId', ...refusal(ACCOUNT_REFUSALS, 'producer_required') });
      else {
        const [found] = await queryRows<unknown>(this.dataSource, `SELECT 1 FROM producers WHERE id = $1 AND territory_id = $2 AND status <> 'archived'`, [
          dto.producerId,
          territoryId,
        ]);
        if (!found) problems.push({ field: 'producerId', ...refusal(ACCOUNT_REFUSALS, 'producer_not_in_territory') });
      }
    } else if (dto.producerId !== undefined) problems.push({ field: 'producerId', ...refusal(ACCOUNT_REFUSALS, 'producer_only_for_producers') });
    if (dto.role === 'host') {
      const ids = dto.accommodationIds ?? [];
      if (ids.length === 0) problems.push({ field: 'accommodationIds', ...refusal(ACCOUNT_REFUSALS, 'accommodation_required') });
      else {
        const rows = await queryRows<{ id: string }>(
          this.dataSource,
          `SELECT id FROM accommodations WHERE id = ANY($1) AND territory_id = $2 AND status <> 'archived'`,
          [ids, territoryId],
        );
        const unknown = ids.filter((id) => !rows.some((row) => row.id === id));
        for (const id of unknown)
          problems.push({ field: `accommodationIds[${ids.indexOf(id)}]`, ...refusal(ACCOUNT_REFUSALS, 'accommodation_not_in_territory') });
      }
    } else if (dto.accommodationIds !== undefined) problems.push({ field: 'accommodationIds', ...refusal(ACCOUNT_REFUSALS, 'accommodations_only_for_hosts') });
    if (problems.length > 0) throw new ValidationFailed(problems);
  }
}
