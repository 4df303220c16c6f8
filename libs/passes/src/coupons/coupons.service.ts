import { randomUUID } from 'node:crypto';
import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { denied, signInRequired, type Actor, type Language } from '#common';
import { AuditService } from '#audit';
import { COUPON_MAX_COPIES, type CouponLineView, type CouponUsesView, type IssueCouponsDto, type IssuedCouponsView } from './coupon.dto.js';
import { COUPON_OUTCOME_TEXTS, outcomeOfTrigger, type CouponOutcome } from './coupon-outcomes.js';
import { readCouponSerial } from './coupon-serial.js';
import { CouponsQueries, type CouponEdition, type FoundCoupon, type PrintedCoupon } from './coupons.queries.js';

/** One coupon of a pile: as typed (or read from its QR code), with the day written on it if any. */
export interface PileLine {
  typed: string;
  date?: string;
  /** For scans: where its QR code was read. */
  source?: string;
}

/** A host's coupons of an edition, for its sheet. */
export interface CouponSheet {
  edition: CouponEdition;
  accommodationName: string;
  coupons: PrintedCoupon[];
}

const sqlStateOf = (error: unknown) => (error as { driverError?: { code?: string } }).driverError?.code;

/** A preview: the pile was tried as if recorded, then rolled back. */
class PreviewOnly extends Error {}

/**
 * Coupons: an edition prints, per copy handed to a host, one detachable coupon per offer. The
 * producer keeps those it accepts; at the season's end the coordinator records the pile, typed or
 * scanned. A pile of 300 is not all-or-nothing like a tally sheet (which one producer wrote and
 * can correct): a coupon nobody can fix (unknown, already recorded, its offer not valid) must not
 * hold back 299 good ones. So a pile is first previewed (every serial tried by the trigger's own
 * rules, then rolled back), then recorded: the valid ones in one transaction, the rest listed
 * with why. Each coupon counts once (a unique index), whoever records it and however often.
 */
@Injectable()
export class CouponsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: CouponsQueries,
    private readonly audit: AuditService,
  ) {}

  private async coordinatedEdition(editionId: string, actor: Actor, action: string): Promise<CouponEdition> {
    const edition = await this.queries.edition(editionId);
    if (!edition || !actor.isMemberOf(edition.territoryId)) throw denied(actor, false, 'edition', action);
    if (!actor.coordinates(edition.territoryId)) throw denied(actor, true, 'edition', action);
    return edition;
  }

  /** A coordinator issues the edition's coupons for one host (for `copies`, default its recorded copies) or for every host with copies recorded. */
  async issue(editionId: string, dto: IssueCouponsDto, actor: Actor): Promise<IssuedCouponsView> {
    const edition = await this.coordinatedEdition(editionId, actor, 'issue coupons of');
    let hosts = await this.queries.recordedCopies(edition.id);
    if (dto.accommodationId !== undefined) {
      if ((await this.queries.accommodationName(dto.accommodationId, edition.territoryId)) === undefined)
        throw denied(actor, false, 'accommodation', 'issue coupons for');
      const copies = dto.copies ?? hosts.find((host) => host.accommodationId === dto.accommodationId)?.copies;
      if (copies === undefined) throw new BadRequestException('No copies are recorded for this accommodation: give copies');
      hosts = [{ accommodationId: dto.accommodationId, copies }];
    }
    // copies recorded by the million are a typing slip, not coupons to draw
    const { offers, issued } = await this.queries.issue(
      edition.id,
      hosts.map((host) => ({ ...host, copies: Math.min(host.copies, COUPON_MAX_COPIES) })),
    );
    return { editionId: edition.id, offers, issued, hosts: await this.queries.hosts(edition.id) };
  }

  /** A host's coupons of the edition, for its printed sheet (coordinators). */
  async sheet(editionId: string, accommodationId: string, actor: Actor): Promise<CouponSheet> {
    const edition = await this.coordinatedEdition(editionId, actor, 'print coupons of');
    const accommodationName = await this.queries.accommodationName(accommodationId, edition.territoryId);
    if (accommodationName === undefined) throw denied(actor, false, 'accommodation', 'print coupons for');
    return { edition, accommodationName, coupons: await this.queries.sheet(edition.id, accommodationId) };
  }

  /** The hosts that have coupons of the edition, for the coordinator's page. */
  async hosts(editionId: string, actor: Actor): Promise<IssuedCouponsView['hosts']> {
    const edition = await this.coordinatedEdition(editionId, actor, 'see the coupons of');
    return this.queries.hosts(edition.id);
  }

  /** Who may record a territory's coupons (its coordinators): checked before an upload of scans is read. */
  mayRecord(territoryId: string, actor: Actor): string {
    if (actor.userId === null) throw signInRequired();
    if (!actor.coordinates(territoryId)) throw denied(actor, true, 'territory', 'record coupons of');
    return actor.userId;
  }

  /** A pile of coupons of the territory: previewed, or its valid coupons recorded together and the others listed. */
  async uses(territoryId: string, pile: PileLine[], record: boolean, actor: Actor, lang: Language): Promise<CouponUsesView> {
    const recordedBy = this.mayRecord(territoryId, actor);
    const read = pile.map((line) => readCouponSerial(line.typed));
    const serials = [...new Set(read.flatMap((line) => (line.serial === undefined ? [] : [line.serial])))];
    const found = new Map((await this.queries.found(territoryId, serials)).map((coupon) => [coupon.serial, coupon]));

    const outcomes: { outcome: CouponOutcome; coupon?: FoundCoupon; redemptionId?: string | null }[] = [];
    const seen = new Set<string>();
    const toTry: number[] = [];
    read.forEach((line, i) => {
      const coupon = line.serial === undefined ? undefined : found.get(line.serial);
      if (line.serial === undefined) outcomes.push({ outcome: 'mistyped' });
      else if (seen.has(line.serial)) outcomes.push({ outcome: 'repeated', coupon });
      else if (!coupon) outcomes.push({ outcome: 'unknown' });
      else if (coupon.redemptionId) outcomes.push({ outcome: 'already_recorded', coupon, redemptionId: coupon.redemptionId });
      else {
        outcomes.push({ outcome: record ? 'recorded' : 'valid', coupon });
        toTry.push(i);
      }
      if (line.serial !== undefined) seen.add(line.serial);
    });

    // the trigger locks each coupon, then its offer: two piles at once take them in one order, never crosswise
    const lockOrder = (i: number) => `${outcomes[i].coupon?.offerId}|${read[i].serial}`;
    toTry.sort((a, b) => (lockOrder(a) < lockOrder(b) ? -1 : 1));
    const recorded = toTry.length > 0 && (await this.tryAll(pile, read, outcomes, toTry, { territoryId, record, recordedBy }, actor));
    const lines = pile.map((line, i): CouponLineView => {
      const { outcome, coupon, redemptionId } = outcomes[i];
      return {
        line: i + 1,
        typed: line.typed,
        serial: read[i].serial ?? null,
        outcome,
        message: COUPON_OUTCOME_TEXTS[lang === 'fr' ? 'fr' : 'en'][outcome],
        ...(line.source ? { source: line.source } : {}),
        accommodationName: coupon?.accommodationName ?? null,
        accommodationId: coupon?.accommodationId ?? null,
        edition: coupon?.edition ?? null,
        producerName: coupon?.producerName ?? null,
        redemptionId: redemptionId ?? null,
      };
    });
    const counts: CouponUsesView['counts'] = {};
    for (const line of lines) counts[line.outcome] = (counts[line.outcome] ?? 0) + 1;
    return { recorded, counts, lines };
  }

  /**
   * Every coupon not refused already is inserted under its own savepoint, so that the trigger's
   * rules (the offer valid, the day in range, the quota) are the database's own; a refusal is
   * written on its line. The transaction commits only when recording, and only the valid uses.
   */
  private async tryAll(
    pile: PileLine[],
    read: ReturnType<typeof readCouponSerial>[],
    outcomes: { outcome: CouponOutcome; coupon?: FoundCoupon; redemptionId?: string | null }[],
    toTry: number[],
    run: { territoryId: string; record: boolean; recordedBy: string },
    actor: Actor,
  ): Promise<boolean> {
    const { territoryId, record, recordedBy } = run;
    const batch = randomUUID();
    const raced: number[] = [];
    try {
      await this.dataSource.transaction(async (tx) => {
        for (const i of toTry) {
          const serial = read[i].serial as string;
          await tx.query('SAVEPOINT coupon_use');
          try {
            const id = await this.queries.tryUse(tx, serial, pile[i].date ?? null, recordedBy, `coupon-${batch}-${i + 1}`);
            await tx.query('RELEASE SAVEPOINT coupon_use');
            if (record) outcomes[i].redemptionId = id;
          } catch (error) {
            const outcome = outcomeOfTrigger(sqlStateOf(error));
            if (!outcome) throw error;
            await tx.query('ROLLBACK TO SAVEPOINT coupon_use');
            outcomes[i].outcome = outcome;
            if (outcome === 'already_recorded') raced.push(i);
          }
        }
        if (!record) throw new PreviewOnly();
        for (const i of toTry) {
          const id = outcomes[i].redemptionId;
          const coupon = outcomes[i].coupon;
          if (outcomes[i].outcome !== 'recorded' || !id || !coupon) continue;
          await this.audit.record(tx, actor, {
            territoryId,
            action: 'redeem',
            entityType: 'redemption',
            entityId: id,
            after: { couponSerial: coupon.serial, redeemedOn: pile[i].date ?? null, recordedVia: 'coupon' },
          });
        }
      });
    } catch (error) {
      if (!(error instanceof PreviewOnly)) throw error;
    }
    // recorded by another coordinator while this pile was on its way: say by which use
    for (const i of raced) outcomes[i].redemptionId = await this.queries.useOf(read[i].serial as string);
    return record && toTry.some((i) => outcomes[i].outcome === 'recorded');
  }
}
