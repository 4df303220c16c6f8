import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Language, LatLng } from '#common';
import { queryRows } from '#database';
import type { JoinKind, JoinRequestStatus } from './join-request.dto.js';
import type { JoinRequestView } from './join-request.view.js';

const VIEW = `id, territory_id AS "territoryId", kind, business_name AS "businessName", postcode, commune, contact_name AS "contactName",
  email, phone, website, offer, lang, status, decided_by AS "decidedBy", decided_at AS "decidedAt", decline_reason AS "declineReason",
  producer_id AS "producerId", accommodation_id AS "accommodationId", created_at AS "createdAt"`;

export interface NewJoinRequest {
  territoryId: string;
  kind: JoinKind;
  businessName: string;
  postcode: string;
  commune: string;
  inseeCode: string;
  contactName: string;
  email: string;
  phone: string | null;
  website: string | null;
  offer: string;
  lang: Language;
}

export type JoinRequestRow = JoinRequestView & { inseeCode: string | null };

export interface Decision {
  status: Exclude<JoinRequestStatus, 'pending'>;
  decidedBy: string | null;
  declineReason?: string;
  producerId?: string;
  accommodationId?: string;
}

/** Every SQL statement of join requests: the service keeps the rules. */
@Injectable()
export class JoinRequestsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(request: NewJoinRequest): Promise<void> {
    const r = request;
    await this.dataSource.query(
      `INSERT INTO join_requests (territory_id, kind, business_name, postcode, commune, insee_code, contact_name, email, phone, website, offer, lang)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [r.territoryId, r.kind, r.businessName, r.postcode, r.commune, r.inseeCode, r.contactName, r.email, r.phone, r.website, r.offer, r.lang],
    );
  }

  /** Pending first (oldest first: the longest waiting), then the decided ones, latest first. */
  async list(territoryId: string, status: JoinRequestStatus | undefined, limit: number, offset: number): Promise<{ items: JoinRequestView[]; total: number }> {
    const where = `territory_id = $1 AND ($2::text IS NULL OR status = $2)`;
    const [items, [{ total }]] = await Promise.all([
      queryRows<JoinRequestView>(
        this.dataSource,
        `SELECT ${VIEW} FROM join_requests WHERE ${where}
          ORDER BY status <> 'pending', CASE WHEN status = 'pending' THEN created_at END, created_at DESC, id LIMIT $3 OFFSET $4`,
        [territoryId, status ?? null, limit, offset],
      ),
      queryRows<{ total: number }>(this.dataSource, `SELECT count(*)::int AS total FROM join_requests WHERE ${where}`, [territoryId, status ?? null]),
    ]);
    return { items, total };
  }

  async one(territoryId: string, id: string): Promise<JoinRequestView | undefined> {
    const [row] = await queryRows<JoinRequestView>(this.dataSource, `SELECT ${VIEW} FROM join_requests WHERE id = $1 AND territory_id = $2`, [id, territoryId]);
    return row;
  }

  /** The request, locked until `tx` ends: two coordinators deciding at once are served one after the other. */
  async locked(tx: EntityManager, territoryId: string, id: string): Promise<JoinRequestRow | undefined> {
    const [row] = await queryRows<JoinRequestRow>(
      tx,
      `SELECT ${VIEW}, insee_code AS "inseeCode" FROM join_requests WHERE id = $1 AND territory_id = $2 FOR UPDATE`,
      [id, territoryId],
    );
    return row;
  }

  async decide(tx: EntityManager, id: string, decision: Decision): Promise<JoinRequestView> {
    const [row] = await queryRows<JoinRequestView>(
      tx,
      `UPDATE join_requests SET status = $2, decided_by = $3, decided_at = now(), decline_reason = $4, producer_id = $5, accommodation_id = $6
        WHERE id = $1 RETURNING ${VIEW}`,
      [id, decision.status, decision.decidedBy, decision.declineReason ?? null, decision.producerId ?? null, decision.accommodationId ?? null],
    );
    return row;
  }

  /**
   * Where a place made from a request starts, until its people type the address: the middle of the
   * territory's places in its commune, else of all its places; undefined in a territory with none.
   */
  async startingPoint(tx: EntityManager, territoryId: string, inseeCode: string | null): Promise<LatLng | undefined> {
    const [row] = await queryRows<{ latitude: number | null; longitude: number | null }>(
      tx,
      `WITH places AS (
         SELECT latitude, longitude, coalesce(insee_code = $2, false) AS here FROM producers WHERE territory_id = $1 AND status <> 'archived'
         UNION ALL
         SELECT latitude, longitude, coalesce(insee_code = $2, false) FROM accommodations WHERE territory_id = $1 AND status <> 'archived')
       SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY latitude) AS latitude, percentile_cont(0.5) WITHIN GROUP (ORDER BY longitude) AS longitude
         FROM places WHERE here OR NOT EXISTS (SELECT 1 FROM places WHERE here)`,
      [territoryId, inseeCode],
    );
    return row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : undefined;
  }
}
