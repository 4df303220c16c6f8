import { Injectable, NotFoundException } from '@nestjs/common';
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
import { PassesRepository } from '../passes/passes.repository.js';
import { PASS_REFUSALS, TRIGGER_REFUSALS, useRefusal, type UseRefusal } from '../passes/pass-messages.js';
import type { RedeemDto } from '../passes/pass.dto.js';
import type { Redemption } from './redemption.entity.js';
import { RedemptionsRepository } from './redemptions.repository.js';

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
    private readonly redemptions: RedemptionsRepository,
    private readonly passes: PassesRepository,
  ) {}

  async redeem(code: string, dto: RedeemDto, idempotencyKey: string | undefined, actor: Actor, lang: Language): Promise<RedeemResult> {
    idempotencyKey = idempotencyKeyOf(idempotencyKey, true);
    const previous = await this.byKey(actor, idempotencyKey);
    if (previous) return this.replay(previous, code, dto);

    const pass = await this.passes.byCode(code);
    if (!pass || !actor.isMemberOf(pass.territoryId)) throw new NotFoundException(`No pass with code ${code}`);
    const offer = await this.redemptions.offerOwner(dto.offerId);
    if (!offer || offer.territoryId !== pass.territoryId) throw invalidField('offerId', refusal(PASS_REFUSALS, 'offer_not_in_territory'));
    if (!actor.ownsProducer(offer.producerId)) throw new Refused(403, useRefusal('not_your_offer', lang));

    try {
      const redemption = await this.redemptions.insert(
        {
          passId: pass.id,
          territoryId: pass.territoryId,
          offerId: dto.offerId,
          amountCents: dto.amountCents ?? null,
          recordedBy: actor.userId,
          idempotencyKey,
        },
        actor,
      );
      return { redemption, created: true };
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
    const redemption = await this.redemptions.byId(id);
    if (!redemption || !actor.isMemberOf(redemption.territoryId)) throw new NotFoundException(`No redemption with id ${id}`);
    if (!actor.ownsProducer(redemption.producerId) && !actor.coordinates(redemption.territoryId)) throw new Refused(403, useRefusal('not_your_offer', lang));
    if (redemption.voidedAt) throw new FieldConflict('id', useRefusal('already_voided', lang));
    if (Date.now() - redemption.createdAt.getTime() > VOID_WINDOW_MINUTES * 60_000 && !actor.coordinates(redemption.territoryId)) {
      throw new FieldConflict('id', useRefusal('void_too_late', lang));
    }
    if (!(await this.redemptions.void(redemption, actor))) throw new FieldConflict('id', useRefusal('already_voided', lang));
    return this.get(id);
  }

  /** One use, for whoever may see it (its producer, its host, the territory's coordinators); 404 for anyone else. */
  async find(id: string, actor: Actor): Promise<Redemption> {
    const redemption = await this.redemptions.byId(id);
    const visible =
      redemption !== null &&
      (actor.coordinates(redemption.territoryId) || actor.ownsProducer(redemption.producerId) || actor.hostsAccommodation(redemption.accommodationId));
    if (!visible) throw new NotFoundException(`No redemption with id ${id}`);
    return redemption;
  }

  /** Uses as each one may see them: a producer its own, a host its guests', a coordinator all of its territory. */
  async list(query: PageQueryDto & { territoryId?: string }, actor: Actor): Promise<Page<Redemption>> {
    const visible = actor.isPlatformAdmin
      ? undefined
      : { territoryIds: actor.coordinatedTerritoryIds, producerIds: actor.ownProducerIds, accommodationIds: actor.hostedAccommodationIds };
    const [items, total] = await this.redemptions.page({ visible, territoryId: query.territoryId }, query);
    return pageOf(items, total, query);
  }

  private async get(id: string): Promise<Redemption> {
    const redemption = await this.redemptions.byId(id);
    if (!redemption) throw new NotFoundException(`No redemption with id ${id}`);
    return redemption;
  }

  private byKey(actor: Actor, key: string): Promise<Redemption | null> {
    if (actor.userId === null) throw signInRequired();
    return this.redemptions.recordedWithKey(actor.userId, key);
  }

  /** The same key again: the first result, unless the key is reused for another use. */
  private async replay(previous: Redemption, code: string, dto: RedeemDto): Promise<RedeemResult> {
    const pass = previous.passId === null ? null : await this.passes.byId(previous.passId);
    if (pass?.code !== code || previous.offerId !== dto.offerId) {
      throw new FieldConflict('Idempotency-Key', 'this Idempotency-Key was already used for another use: send a new one');
    }
    return { redemption: previous, created: false };
  }
}

function refused(reason: UseRefusal, lang: Language): FieldConflict {
  return new FieldConflict(reason.startsWith('pass') ? 'code' : 'offerId', useRefusal(reason, lang));
}
