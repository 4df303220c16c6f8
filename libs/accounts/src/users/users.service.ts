import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor, Role } from '#common';
import { queryRows } from '#database';
import { Membership } from '../memberships/membership.entity.js';
import { PasswordHasher } from '../passwords/password-hasher.js';
import type { Me, MyMembership } from './me.dto.js';
import { User } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
  ) {}

  async me(actor: Actor): Promise<Me> {
    const user = actor.userId === null ? null : await this.dataSource.manager.findOneBy(User, { id: actor.userId });
    if (!user) throw new NotFoundException('No such person');
    const memberships = await queryRows<MyMembership>(
      this.dataSource,
      `SELECT m.id, m.role, m.status, m.territory_id AS "territoryId", t.name AS "territoryName", m.producer_id AS "producerId",
              (SELECT coalesce(array_agg(h.accommodation_id ORDER BY h.accommodation_id), '{}') FROM host_accommodations h WHERE h.membership_id = m.id) AS "accommodationIds"
         FROM memberships m JOIN territories t ON t.id = m.territory_id
        WHERE m.user_id = $1 ORDER BY t.name, m.role`,
      [user.id],
    );
    return { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin, memberships };
  }

  /** Creates the platform admin, or makes an existing person one, with this password. */
  async createAdmin(email: string, password: string): Promise<{ id: string; created: boolean }> {
    const passwordHash = await this.passwords.hash(password);
    return this.dataSource.transaction(async (tx) => {
      const existing = await this.findByEmail(tx, email);
      if (existing) {
        await tx.update(User, { id: existing.id }, { isPlatformAdmin: true, passwordHash, status: 'active' });
        return { id: existing.id, created: false };
      }
      const user = await tx.save(tx.create(User, { email: email.trim().toLowerCase(), passwordHash, isPlatformAdmin: true, status: 'active' }));
      return { id: user.id, created: true };
    });
  }

  /** An active member with a password straight away: for demo data and tests, not for real people (they get invitations). */
  async createMember(
    tx: EntityManager,
    member: { email: string; name: string; password: string; territoryId: string; role: Role; producerId?: string; accommodationIds?: string[] },
  ): Promise<User> {
    const user =
      (await this.findByEmail(tx, member.email)) ??
      (await tx.save(
        tx.create(User, {
          email: member.email.toLowerCase(),
          name: member.name,
          passwordHash: await this.passwords.hash(member.password),
          isPlatformAdmin: false,
          status: 'active',
        }),
      ));
    const membership = await tx.save(
      tx.create(Membership, { userId: user.id, territoryId: member.territoryId, role: member.role, producerId: member.producerId ?? null, status: 'active' }),
    );
    for (const accommodationId of member.accommodationIds ?? []) {
      await tx.query(`INSERT INTO host_accommodations (membership_id, accommodation_id, territory_id) VALUES ($1, $2, $3)`, [
        membership.id,
        accommodationId,
        member.territoryId,
      ]);
    }
    return user;
  }

  private findByEmail(manager: EntityManager, email: string): Promise<User | null> {
    return manager.createQueryBuilder(User, 'u').where('lower(u.email) = lower(:email)', { email: email.trim() }).getOne();
  }
}
