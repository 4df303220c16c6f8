import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { denied, FieldConflict, pageOf, refusal, Refused, type Actor, type Page, type PageQueryDto } from '#common';
import { AuditService } from '#audit';
import { queryRows } from '#database';
import type { MemberView } from '../invitations/invitation.dto.js';
import { Membership } from '../memberships/membership.entity.js';
import { ACCOUNT_REFUSALS } from '../account-refusals.js';

const MEMBER_SELECT = `SELECT m.id, m.territory_id AS "territoryId", m.user_id AS "userId", u.email, u.name, m.role, m.status,
        m.producer_id AS "producerId", m.created_at AS "createdAt", m.updated_at AS "updatedAt",
        (SELECT coalesce(array_agg(h.accommodation_id ORDER BY h.accommodation_id), '{}') FROM host_accommodations h WHERE h.membership_id = m.id) AS "accommodationIds"
   FROM memberships m JOIN users u ON u.id = m.user_id`;

/** The members of a territory, as its coordinators see and manage them. */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(territoryId: string, query: PageQueryDto, actor: Actor): Promise<Page<MemberView>> {
    if (!actor.coordinates(territoryId)) throw denied(actor, true, 'territory', 'list the members of');
    const items = await queryRows<MemberView>(this.dataSource, `${MEMBER_SELECT} WHERE m.territory_id = $1 ORDER BY u.email, m.role, m.id LIMIT $2 OFFSET $3`, [
      territoryId,
      query.limit,
      query.offset,
    ]);
    const [{ total }] = await queryRows<{ total: number }>(this.dataSource, `SELECT count(*)::int AS total FROM memberships WHERE territory_id = $1`, [
      territoryId,
    ]);
    return pageOf(items, total, query);
  }

  async view(manager: EntityManager, membershipId: string): Promise<MemberView> {
    const [member] = await queryRows<MemberView>(manager, `${MEMBER_SELECT} WHERE m.id = $1`, [membershipId]);
    return member;
  }

  /** The membership, if the actor coordinates its territory; a membership elsewhere does not exist for them. */
  async managed(membershipId: string, actor: Actor): Promise<Membership> {
    const membership = await this.dataSource.manager.findOneBy(Membership, { id: membershipId });
    if (!membership || !actor.isMemberOf(membership.territoryId)) throw new NotFoundException(`No membership with id ${membershipId}`);
    if (!actor.coordinates(membership.territoryId)) throw denied(actor, true, 'membership', 'manage');
    // an erased account stays erased: no link, no reactivation can bring the person back
    const [{ erased }] = await queryRows<{ erased: boolean }>(this.dataSource, `SELECT status = 'erased' AS erased FROM users WHERE id = $1`, [
      membership.userId,
    ]);
    if (erased) throw new FieldConflict('status', refusal(ACCOUNT_REFUSALS, 'member_erased'));
    return membership;
  }

  async suspend(membershipId: string, actor: Actor): Promise<MemberView> {
    const membership = await this.managed(membershipId, actor);
    if (membership.userId === actor.userId) throw new Refused(400, refusal(ACCOUNT_REFUSALS, 'own_membership'));
    return this.setStatus(membership, 'suspended', actor);
  }

  async reactivate(membershipId: string, actor: Actor): Promise<MemberView> {
    const membership = await this.managed(membershipId, actor);
    if (membership.status !== 'suspended')
      throw new FieldConflict('status', refusal(ACCOUNT_REFUSALS, 'membership_not_suspended', { status: membership.status }));
    const [{ has_password }] = await queryRows<{ has_password: boolean }>(
      this.dataSource,
      `SELECT password_hash IS NOT NULL AS has_password FROM users WHERE id = $1`,
      [membership.userId],
    );
    return this.setStatus(membership, has_password ? 'active' : 'invited', actor);
  }

  private async setStatus(membership: Membership, status: Membership['status'], actor: Actor): Promise<MemberView> {
    return this.dataSource.transaction(async (tx) => {
      await tx.update(Membership, { id: membership.id }, { status });
      await this.audit.record(tx, actor, {
        territoryId: membership.territoryId,
        action: status === 'suspended' ? 'suspend' : 'reactivate',
        entityType: 'membership',
        entityId: membership.id,
        before: { status: membership.status },
        after: { status },
      });
      return this.view(tx, membership.id);
    });
  }
}
