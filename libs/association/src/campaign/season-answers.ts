import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '#audit';
import { invalidField, refusal, type Actor } from '#common';
import { queryRows } from '#database';
import { Offer, Producer } from '#directory';
import { CAMPAIGN_REFUSALS } from './campaign-refusals.js';
import type { DecidedVia } from './campaign.view.js';
import { changedFields, type StoredChanges } from './readable-changes.js';
import { addDays } from '../digests/territory-times.js';
import type { SeasonAnswerDto, SeasonDecision, SeasonOfferChangeDto } from './season-answer.dto.js';

export interface AnsweredSeason {
  id: string;
  territoryId: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface Answerer {
  via: DecidedVia;
  /** The audit trail's actor: nobody for a producer through its link, the coordinator otherwise. */
  actor: Actor;
  /** A whole answer confirms the producer's season; a coordinator leaving one offer out does not. */
  confirms: boolean;
  auditAction?: string;
}

/** An offer's terms as the change sets them: omitted optional terms are cleared, as on the offer's own form. */
const termsOf = (change: SeasonOfferChangeDto, offer: Offer) => ({
  title: change.title,
  conditions: change.conditions ?? null,
  kind: change.kind,
  value: change.value ?? null,
  minPurchaseCents: change.minPurchaseCents ?? null,
  usesPerPass: change.usesPerPass ?? offer.usesPerPass,
  quota: change.quota ?? null,
});

/**
 * Applies a producer's answer to a season in the caller's transaction: its business details, then
 * each offer's decision recorded and applied (kept and changed offers get the season's dates, dropped
 * ones end the day before it starts, never deleted), each with its audit entry.
 */
@Injectable()
export class SeasonAnswers {
  constructor(private readonly audit: AuditService) {}

  async apply(tx: EntityManager, season: AnsweredSeason, producerId: string, answer: SeasonAnswerDto, by: Answerer): Promise<void> {
    const [taking] = await queryRows<{ producerId: string }>(
      tx,
      `SELECT producer_id AS "producerId" FROM season_producers WHERE season_id = $1 AND producer_id = $2 FOR UPDATE`,
      [season.id, producerId],
    );
    if (!taking) throw invalidField('producerId', refusal(CAMPAIGN_REFUSALS, 'producer_not_in_season'));
    // the producer's offers locked before its details are written (which bumps the territory's content
    // version): offers first, then the territory, the order of every single offer's write — no deadlock
    await tx.query(`SELECT 1 FROM offers WHERE producer_id = $1 ORDER BY id FOR NO KEY UPDATE`, [producerId]);
    const businessChanges = answer.business ? await this.applyBusiness(tx, producerId, answer.business, by) : {};
    for (const [index, decided] of answer.offers.entries()) {
      const offer = await tx.findOne(Offer, { where: { id: decided.offerId }, lock: { mode: 'pessimistic_write' } });
      if (!offer || offer.producerId !== producerId || offer.status === 'archived') {
        throw invalidField(`offers[${index}].offerId`, refusal(CAMPAIGN_REFUSALS, 'offer_not_of_producer'));
      }
      await this.applyDecision(tx, season, offer, decided.decision, decided.change, by);
    }
    if (by.confirms) {
      await tx.query(
        `UPDATE season_producers SET confirmed_at = now(), confirmed_via = $3, confirmed_by = $4, business_changes = business_changes || $5::jsonb
          WHERE season_id = $1 AND producer_id = $2`,
        [season.id, producerId, by.via, by.actor.userId, JSON.stringify(businessChanges)],
      );
      await this.audit.record(tx, by.actor, {
        territoryId: season.territoryId,
        action: 'season_confirm',
        entityType: 'producer',
        entityId: producerId,
        after: { season: season.name, decidedVia: by.via, offers: answer.offers.length },
      });
    }
  }

  private async applyBusiness(tx: EntityManager, producerId: string, business: object, by: Answerer): Promise<StoredChanges> {
    const producer = await tx.findOneOrFail(Producer, { where: { id: producerId }, lock: { mode: 'pessimistic_write' } });
    const wanted = Object.fromEntries(Object.entries(business).filter(([, value]) => value !== undefined)) as Partial<Producer>;
    const changes = changedFields(producer as unknown as Record<string, unknown>, wanted);
    if (Object.keys(changes).length === 0) return changes;
    const before = { ...producer };
    const saved = await tx.save(Object.assign(producer, wanted));
    await this.audit.record(tx, by.actor, {
      territoryId: saved.territoryId,
      action: 'update',
      entityType: 'producer',
      entityId: producerId,
      before,
      after: saved,
    });
    return changes;
  }

  private async applyDecision(
    tx: EntityManager,
    season: AnsweredSeason,
    offer: Offer,
    decision: SeasonDecision,
    change: SeasonOfferChangeDto | undefined,
    by: Answerer,
  ): Promise<void> {
    const before = { ...offer };
    let changes: StoredChanges = {};
    if (decision === 'change' && change) {
      const terms = termsOf(change, offer);
      changes = changedFields(offer as unknown as Record<string, unknown>, terms);
      Object.assign(offer, terms);
    }
    if (decision === 'drop') {
      const eve = addDays(season.startsOn, -1);
      if (offer.validTo === null || offer.validTo > eve) offer.validTo = eve;
      if (offer.validFrom > offer.validTo) offer.validFrom = offer.validTo;
    } else {
      offer.validFrom = season.startsOn;
      offer.validTo = season.endsOn;
    }
    await tx.save(offer);
    await tx.query(
      `INSERT INTO season_decisions (season_id, offer_id, producer_id, decision, decided_via, decided_by, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (season_id, offer_id) DO UPDATE
         SET decision = EXCLUDED.decision, decided_via = EXCLUDED.decided_via, decided_by = EXCLUDED.decided_by,
             decided_at = now(), changes = EXCLUDED.changes`,
      [season.id, offer.id, offer.producerId, decision, by.via, by.actor.userId, JSON.stringify(changes)],
    );
    await this.audit.record(tx, by.actor, {
      territoryId: offer.territoryId,
      action: by.auditAction ?? `season_${decision}`,
      entityType: 'offer',
      entityId: offer.id,
      before: { ...before, seasonDecision: null },
      after: { ...offer, seasonDecision: `${season.name}: ${decision}`, decidedVia: by.via },
    });
  }
}
