import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '#common';
import { AuditService } from '#audit';
import { queryRows } from '#database';
import type { PassOfferView, PassView } from './pass.dto.js';
import { Pass } from './pass.entity.js';

/** A new pass: its stay and where it was issued; the database draws its code. */
export type NewPass = Pick<Pass, 'territoryId' | 'accommodationId' | 'arrival' | 'departure' | 'guests' | 'lang' | 'issuedBy' | 'idempotencyKey' | 'editionId'>;

/** A pass as its holder reads it, before the service says where it stands today. */
export type StoredPassView = Omit<PassView, 'url' | 'validity' | 'offers'>;

/** A pass of an accommodation's list, before the service says where it stands today. */
export interface StoredIssuedPass {
  id: string;
  code: string;
  arrival: string;
  departure: string;
  guests: number;
  lang: Pass['lang'];
  status: Pass['status'];
  /** Uses recorded with it (voided ones left out). */
  uses: number;
  createdAt: Date;
}

/** Every query of the passes, in one place: the service keeps the rules (who may, which stay, where a pass stands today). */
@Injectable()
export class PassesRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  byCode(code: string): Promise<Pass | null> {
    return this.dataSource.manager.findOneBy(Pass, { code });
  }

  byId(id: string): Promise<Pass | null> {
    return this.dataSource.manager.findOneBy(Pass, { id });
  }

  /** The pass a person issued with an Idempotency-Key. */
  issuedWithKey(issuedBy: string, idempotencyKey: string): Promise<Pass | null> {
    return this.dataSource.manager.findOneBy(Pass, { issuedBy, idempotencyKey });
  }

  /** Saves an active pass; issued by a person, in one transaction with its audit entry. */
  async insert(pass: NewPass, issuer?: Actor): Promise<Pass> {
    if (!issuer) return this.dataSource.manager.save(this.dataSource.manager.create(Pass, { ...pass, status: 'active' }));
    return this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(tx.create(Pass, { ...pass, status: 'active' }));
      const after = { arrival: pass.arrival, departure: pass.departure, guests: pass.guests, lang: pass.lang };
      await this.audit.record(tx, issuer, { territoryId: saved.territoryId, action: 'issue', entityType: 'pass', entityId: saved.id, after });
      return saved;
    });
  }

  /** Cancels an active pass, in one transaction with its audit entry. */
  async cancel(pass: Pass, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.update(Pass, { id: pass.id }, { status: 'cancelled', cancelledAt: new Date() });
      await this.audit.record(tx, actor, {
        territoryId: pass.territoryId,
        action: 'cancel',
        entityType: 'pass',
        entityId: pass.id,
        before: { status: 'active' },
        after: { status: 'cancelled' },
      });
    });
  }

  /** An active accommodation by its code, and whether its territory lets tourists take passes themselves. */
  async selfServiceAccommodation(code: string): Promise<{ id: string; territoryId: string; allowed: boolean } | undefined> {
    const [row] = await queryRows<{ id: string; territoryId: string; allowed: boolean }>(
      this.dataSource,
      `SELECT a.id, a.territory_id AS "territoryId", t.self_service_passes AS allowed
         FROM accommodations a JOIN territories t ON t.id = a.territory_id WHERE a.code = $1 AND a.status = 'active'`,
      [code],
    );
    return row;
  }

  /** The territory's edition of this number, if it has one (an unknown or foreign `?e=` is no edition). */
  async editionId(territoryId: string, number: number | undefined): Promise<string | null> {
    if (number === undefined) return null;
    const [row] = await queryRows<{ id: string }>(this.dataSource, 'SELECT id FROM editions WHERE territory_id = $1 AND number = $2', [territoryId, number]);
    return row?.id ?? null;
  }

  async holderView(code: string): Promise<StoredPassView | undefined> {
    const [pass] = await queryRows<StoredPassView>(
      this.dataSource,
      `SELECT p.id, p.territory_id AS "territoryId", p.accommodation_id AS "accommodationId", p.code, p.arrival, p.departure, p.guests, p.lang,
              p.status, p.cancelled_at AS "cancelledAt", p.created_at AS "createdAt", p.updated_at AS "updatedAt",
              a.name AS "accommodationName", t.name AS "territoryName", t.time_zone AS "timeZone"
         FROM passes p JOIN accommodations a ON a.id = p.accommodation_id JOIN territories t ON t.id = p.territory_id
        WHERE p.code = $1`,
      [code],
    );
    return pass;
  }

  /**
   * The offers of the pass's territory shown on `day`, with the uses the pass has left of each,
   * nearest producer first from the pass's accommodation (as its accommodation's page orders them).
   */
  offersOf(pass: { id: string; territoryId: string; accommodationId: string }, day: string): Promise<PassOfferView[]> {
    return queryRows<PassOfferView>(
      this.dataSource,
      `SELECT o.id AS "offerId", o.producer_id AS "producerId", pr.name AS "producerName", o.title, o.kind, o.value,
              round((earth_distance(a.location, pr.location) / 1000)::numeric, 2)::float8 AS "distanceKm",
              o.min_purchase_cents AS "minPurchaseCents", o.uses_per_pass AS "usesPerPass",
              greatest(o.uses_per_pass - (SELECT count(*) FROM redemptions r WHERE r.pass_id = $2 AND r.offer_id = o.id AND r.voided_at IS NULL), 0)::int AS "usesLeft"
         FROM offers o JOIN producers pr ON pr.id = o.producer_id JOIN accommodations a ON a.id = $4
        WHERE o.territory_id = $1 AND o.status = 'published' AND pr.status = 'active'
          AND o.valid_from <= $3 AND (o.valid_to IS NULL OR o.valid_to >= $3)
        ORDER BY "distanceKm", pr.name, o.created_at`,
      [pass.territoryId, pass.id, day, pass.accommodationId],
    );
  }

  /** A page of an accommodation's passes, latest stay first, with how many there are and its territory's time zone. */
  async issuedFor(
    accommodation: { id: string; territoryId: string },
    page: { offset: number; limit: number },
  ): Promise<{ passes: StoredIssuedPass[]; total: number; timeZone: string }> {
    const [{ total, timeZone }] = await queryRows<{ total: number; timeZone: string }>(
      this.dataSource,
      `SELECT (SELECT count(*) FROM passes WHERE accommodation_id = $1)::int AS total, time_zone AS "timeZone" FROM territories WHERE id = $2`,
      [accommodation.id, accommodation.territoryId],
    );
    const passes = await queryRows<StoredIssuedPass>(
      this.dataSource,
      `SELECT p.id, p.code, p.arrival, p.departure, p.guests, p.lang, p.status, p.created_at AS "createdAt",
              (SELECT count(*) FROM redemptions r WHERE r.pass_id = p.id AND r.voided_at IS NULL)::int AS uses
         FROM passes p WHERE p.accommodation_id = $1
        ORDER BY p.arrival DESC, p.created_at DESC, p.id LIMIT $2 OFFSET $3`,
      [accommodation.id, page.limit, page.offset],
    );
    return { passes, total, timeZone };
  }
}
