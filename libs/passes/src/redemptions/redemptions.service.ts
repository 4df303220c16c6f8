import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  FieldConflict,
  idempotencyKeyOf,
  invalidField,
  pageOf,
  refusal,
  Refused,
  signInRequired,
  type Actor,
  type Language,
  type Page,
  type PageQueryDto,
} from '#common';
import { AuditService } from '#audit';
import { queryRows } from '#database';
import { Pass } from '../passes/pass.entity.js';
import { PASS_REFUSALS, TRIGGER_REFUSALS, useRefusal, type UseRefusal } from '../passes/pass-messages.js';
import type { RedeemDto } from '../passes/pass.dto.js';
import { Redemption } from './redemption.entity.js';

const UNIQUE_VIOLATION = '23505';
/** A producer may void a mistaken use for this long after recording it. */
export const VOID_WINDOW_MINUTES = 30;

export interface RedeemResult {
  redemption: Redemption;
  /** False when the same Idempotency-Key was already used: the first result is given again. */
  created: boolean;
}

/**
 * Records uses of offers with passes. The database trigger checks every rule under row locks;
 * the Idempotency-Key (unique per person) makes a second tap, a retry or a replay give back the
 * first answer instead of a second use.
 */
@Injectable()
export class RedemptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async redeem(code: string, dto: RedeemDto, idempotencyKey: string | undefined, actor: Actor, lang: Language): Promise<RedeemResult> {
    idempotencyKey = idempotencyKeyOf(idempotencyKey, true);
    const previous = await this.byKey(actor, idempotencyKey);
    if (previous) return this.replay(previous, code, dto);

    const pass = await this.dataSource.manager.findOneBy(Pass, { code });
    if (!pass || !actor.isMemberOf(pass.territoryId)) throw new NotFoundException(`No pass with code ${code}`);
    const [offer] = await queryRows<{ producerId: string; territoryId: string }>(
      this.dataSource,
      `SELECT producer_id AS "producerId", territory_id AS "territoryId" FROM offers WHERE id = $1`,
      [dto.offerId],
    );
    if (!offer || offer.territoryId !== pass.territoryId) throw invalidField('offerId', refusal(PASS_REFUSALS, 'offer_not_in_territory'));
    if (!actor.ownsProducer(offer.producerId)) throw new Refused(403, useRefusal('not_your_offer', lang));

    try {
      const redemption = await this.dataSource.transaction(async (tx) => {
        const saved = await tx.save(
          tx.create(Redemption, { passId: pass.id, offerId: dto.offerId, amountCents: dto.amountCents ?? null, recordedBy: actor.userId, idempotencyKey }),
        );
        await this.audit.record(tx, actor, {
          territoryId: pass.territoryId,
          action: 'redeem',
          entityType: 'redemption',
          entityId: saved.id,
          after: { passId: pass.id, offerId: dto.offerId, amountCents: dto.amountCents ?? null },
        });
        return saved;
      });
      return { redemption: await this.get(redemption.id), created: true };
    } catch (error) {
      const sqlState = (error as { driverError?: { code?: string } }).driverError?.code;
      // A same-key twin that committed first makes this insert fail on the key, or on the rule it just
      // used up (the trigger waits for the twin's locks): either way the answer is the twin's use.
      if (sqlState === UNIQUE_VIOLATION || (sqlState && TRIGGER_REFUSALS[sqlState])) {
        const first = await this.byKey(actor, idempotencyKey);
        if (first) return this.replay(first, code, dto);
      }
      if (sqlState && TRIGGER_REFUSALS[sqlState]) throw refused(TRIGGER_REFUSALS[sqlState], lang);
      throw error;
    }
  }

  /** The producer who owns the offer voids a mistaken use, within 30 minutes; the void is recorded. */
  async void(id: string, actor: Actor, lang: Language): Promise<Redemption> {
    const redemption = await this.dataSource.manager.findOneBy(Redemption, { id });
    if (!redemption || !actor.isMemberOf(redemption.territoryId)) throw new NotFoundException(`No redemption with id ${id}`);
    if (!actor.ownsProducer(redemption.producerId) && !actor.coordinates(redemption.territoryId)) throw new Refused(403, useRefusal('not_your_offer', lang));
    if (redemption.voidedAt) throw new FieldConflict('id', useRefusal('already_voided', lang));
    if (Date.now() - redemption.createdAt.getTime() > VOID_WINDOW_MINUTES * 60_000 && !actor.coordinates(redemption.territoryId)) {
      throw new FieldConflict('id', useRefusal('void_too_late', lang));
    }
    await this.dataSource.transaction(async (tx) => {
      // only the first of two simultaneous voids changes the row
      const changed = await queryRows<{ id: string }>(
        tx,
        `UPDATE redemptions SET voided_at = now(), voided_by = $2 WHERE id = $1 AND voided_at IS NULL RETURNING id`,
        [id, actor.userId],
      );
      if (changed.length === 0) throw new FieldConflict('id', useRefusal('already_voided', lang));
      await this.audit.record(tx, actor, {
        territoryId: redemption.territoryId,
        action: 'void',
        entityType: 'redemption',
        entityId: id,
        before: { voidedAt: null },
        after: { voided: true },
      });
    });
    return this.get(id);
  }

  /** One use, for whoever may see it (its producer, its host, the territory's coordinators); 404 for anyone else. */
  async find(id: string, actor: Actor): Promise<Redemption> {
    const redemption = await this.dataSource.manager.findOneBy(Redemption, { id });
    const visible =
      redemption !== null &&
      (actor.coordinates(redemption.territoryId) || actor.ownsProducer(redemption.producerId) || actor.hostsAccommodation(redemption.accommodationId));
    if (!visible) throw new NotFoundException(`No redemption with id ${id}`);
    return redemption;
  }

  /** Uses as each one may see them: a producer its own, a host its guests', a coordinator all of its territory. */
  async list(query: PageQueryDto & { territoryId?: string }, actor: Actor): Promise<Page<Redemption>> {
    const qb = this.dataSource.manager.createQueryBuilder(Redemption, 'r');
    if (!actor.isPlatformAdmin) {
      qb.andWhere('(r.territory_id = ANY(:coordinated) OR r.producer_id = ANY(:owned) OR r.accommodation_id = ANY(:hosted))', {
        coordinated: actor.coordinatedTerritoryIds,
        owned: actor.ownProducerIds,
        hosted: actor.hostedAccommodationIds,
      });
    }
    if (query.territoryId) qb.andWhere('r.territory_id = :territoryId', { territoryId: query.territoryId });
    const [items, total] = await qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'ASC').skip(query.offset).take(query.limit).getManyAndCount();
    return pageOf(items, total, query);
  }

  private async get(id: string): Promise<Redemption> {
    return this.dataSource.manager.findOneByOrFail(Redemption, { id });
  }

  private byKey(actor: Actor, key: string): Promise<Redemption | null> {
    if (actor.userId === null) throw signInRequired();
    return this.dataSource.manager.findOneBy(Redemption, { recordedBy: actor.userId, idempotencyKey: key });
  }

  /** The same key again: the first result, unless the key is reused for another use. */
  private async replay(previous: Redemption, code: string, dto: RedeemDto): Promise<RedeemResult> {
    const pass = await this.dataSource.manager.findOneBy(Pass, { id: previous.passId });
    if (pass?.code !== code || previous.offerId !== dto.offerId) {
      throw new FieldConflict('Idempotency-Key', 'this Idempotency-Key was already used for another use: send a new one');
    }
    return { redemption: previous, created: false };
  }
}

function refused(reason: UseRefusal, lang: Language): FieldConflict {
  return new FieldConflict(reason.startsWith('pass') ? 'code' : 'offerId', useRefusal(reason, lang));
}
