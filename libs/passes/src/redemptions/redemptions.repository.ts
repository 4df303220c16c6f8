import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '#common';
import { AuditService } from '#audit';
import { queryRows } from '#database';
import { Redemption } from './redemption.entity.js';

/** A use to record; the database fills in its producer, accommodation and day, and checks every rule of a use. */
export type NewRedemption = Pick<Redemption, 'passId' | 'offerId' | 'amountCents' | 'recordedBy' | 'idempotencyKey'> & { territoryId: string };

/** Which uses a list may show: those of these territories, producers or accommodations. */
export interface RedemptionsVisible {
  territoryIds: string[];
  producerIds: string[];
  accommodationIds: string[];
}

/** Every query of the uses, in one place: the service keeps the rules (who may record, void or see a use, and when). */
@Injectable()
export class RedemptionsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  byId(id: string): Promise<Redemption | null> {
    return this.dataSource.manager.findOneBy(Redemption, { id });
  }

  /** The use a person recorded with an Idempotency-Key. */
  recordedWithKey(recordedBy: string, idempotencyKey: string): Promise<Redemption | null> {
    return this.dataSource.manager.findOneBy(Redemption, { recordedBy, idempotencyKey });
  }

  async offerOwner(offerId: string): Promise<{ producerId: string; territoryId: string } | undefined> {
    const [offer] = await queryRows<{ producerId: string; territoryId: string }>(
      this.dataSource,
      `SELECT producer_id AS "producerId", territory_id AS "territoryId" FROM offers WHERE id = $1`,
      [offerId],
    );
    return offer;
  }

  /**
   * Records a use, in one transaction with its audit entry, and reads it back as the database completed it.
   * Throws the database's refusal (a SQLSTATE of class TPR, or the key's unique violation) as it comes.
   */
  async insert(use: NewRedemption, actor: Actor): Promise<Redemption> {
    const { territoryId, ...values } = use;
    const id = await this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(tx.create(Redemption, values));
      await this.audit.record(tx, actor, {
        territoryId,
        action: 'redeem',
        entityType: 'redemption',
        entityId: saved.id,
        after: { passId: use.passId, offerId: use.offerId, amountCents: use.amountCents },
      });
      return saved.id;
    });
    return this.dataSource.manager.findOneByOrFail(Redemption, { id });
  }

  /** Voids a use not voided yet, in one transaction with its audit entry; false when it already was (only the first of two simultaneous voids changes it). */
  async void(redemption: Pick<Redemption, 'id' | 'territoryId'>, actor: Actor): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const changed = await queryRows<{ id: string }>(
        tx,
        `UPDATE redemptions SET voided_at = now(), voided_by = $2 WHERE id = $1 AND voided_at IS NULL RETURNING id`,
        [redemption.id, actor.userId],
      );
      if (changed.length === 0) return false;
      await this.audit.record(tx, actor, {
        territoryId: redemption.territoryId,
        action: 'void',
        entityType: 'redemption',
        entityId: redemption.id,
        before: { voidedAt: null },
        after: { voided: true },
      });
      return true;
    });
  }

  /** A page of uses, latest first; all of them unless `visible` narrows them. */
  async page(filter: { visible?: RedemptionsVisible; territoryId?: string }, page: { offset: number; limit: number }): Promise<[Redemption[], number]> {
    const qb = this.dataSource.manager.createQueryBuilder(Redemption, 'r');
    if (filter.visible) {
      qb.andWhere('(r.territory_id = ANY(:coordinated) OR r.producer_id = ANY(:owned) OR r.accommodation_id = ANY(:hosted))', {
        coordinated: filter.visible.territoryIds,
        owned: filter.visible.producerIds,
        hosted: filter.visible.accommodationIds,
      });
    }
    if (filter.territoryId) qb.andWhere('r.territory_id = :territoryId', { territoryId: filter.territoryId });
    return qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'ASC').skip(page.offset).take(page.limit).getManyAndCount();
  }
}
