import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Actor, type ActorMembership } from '#common';
import { queryRows } from '#database';

interface ActorRow {
  is_platform_admin: boolean;
  memberships: ActorMembership[];
}

/**
 * Rebuilds who is asking from the database on each request, in one query: a suspended person,
 * a suspended membership or a signed-out session loses its rights at once, on every instance.
 */
@Injectable()
export class ActorLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(userId: string, sessionId: string): Promise<Actor | undefined> {
    const rows = await queryRows<ActorRow>(
      this.dataSource,
      `SELECT u.is_platform_admin,
              coalesce(json_agg(json_build_object(
                'id', m.id, 'territoryId', m.territory_id, 'role', m.role, 'producerId', m.producer_id,
                'accommodationIds', (SELECT coalesce(json_agg(h.accommodation_id), '[]') FROM host_accommodations h WHERE h.membership_id = m.id)
              )) FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
         FROM users u
         LEFT JOIN memberships m ON m.user_id = u.id AND m.status = 'active'
        WHERE u.id = $1 AND u.status = 'active'
          AND EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.family_id = $2 AND r.user_id = u.id AND r.revoked_at IS NULL)
        GROUP BY u.id`,
      [userId, sessionId],
    );
    if (rows.length === 0) return undefined;
    return Actor.user(userId, rows[0].is_platform_admin, rows[0].memberships);
  }
}
