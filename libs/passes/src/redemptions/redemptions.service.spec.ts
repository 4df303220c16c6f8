import { NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { Actor, FieldConflict, ValidationFailed } from '#common';
import { PASS_REFUSALS } from '../passes/pass-messages.js';
import type { Pass } from '../passes/pass.entity.js';
import type { PassesRepository } from '../passes/passes.repository.js';
import type { Redemption } from './redemption.entity.js';
import type { NewRedemption, RedemptionsRepository } from './redemptions.repository.js';
import { RedemptionsService } from './redemptions.service.js';

const GATINE = 't-1';
const PASS = { id: 'p-1', code: 'PASS1', territoryId: GATINE, accommodationId: 'a-1' } as Pass;
const offers: Record<string, { producerId: string; territoryId: string }> = {
  'o-cheese': { producerId: 'pr-1', territoryId: GATINE },
  'o-honey': { producerId: 'pr-2', territoryId: GATINE },
  'o-far': { producerId: 'pr-1', territoryId: 't-2' },
};

/** The uses' queries answered from memory; `refuseNext` plays the database trigger refusing a use with its SQLSTATE. */
function fakeRedemptions() {
  const uses: Redemption[] = [];
  const state = { refuseNext: undefined as string | undefined, twinFirst: false };
  const failing = (code: string) => Object.assign(new Error(code), { driverError: { code } });
  const record = (use: NewRedemption): Redemption => {
    const saved = { ...use, id: `r-${uses.length + 1}`, producerId: offers[use.offerId].producerId, accommodationId: PASS.accommodationId } as Redemption;
    uses.push(Object.assign(saved, { redeemedOn: '2026-07-01', voidedAt: null, voidedBy: null, createdAt: new Date() }));
    return saved;
  };
  const repository = {
    byId: (id: string) => Promise.resolve(uses.find((u) => u.id === id) ?? null),
    recordedWithKey: (by: string, key: string) => Promise.resolve(uses.find((u) => u.recordedBy === by && u.idempotencyKey === key) ?? null),
    offerOwner: (offerId: string) => Promise.resolve(offers[offerId]),
    insert: (use: NewRedemption) => {
      // the same tap sent twice: its twin commits first, and this one's insert is refused by the rule the twin used up
      if (state.twinFirst) record(use);
      const refusal = state.refuseNext;
      state.refuseNext = undefined;
      if (refusal) return Promise.reject(failing(refusal));
      if (uses.some((u) => u.recordedBy === use.recordedBy && u.idempotencyKey === use.idempotencyKey)) return Promise.reject(failing('23505'));
      return Promise.resolve(record(use));
    },
    void: (use: Pick<Redemption, 'id'>) => {
      const found = uses.find((u) => u.id === use.id && !u.voidedAt);
      if (found) found.voidedAt = new Date();
      return Promise.resolve(found !== undefined);
    },
    page: () => Promise.resolve([uses, uses.length] as [Redemption[], number]),
  } satisfies Pick<RedemptionsRepository, keyof RedemptionsRepository>;
  const passes = {
    byCode: (code: string) => Promise.resolve(code === PASS.code ? PASS : null),
    byId: (id: string) => Promise.resolve(id === PASS.id ? PASS : null),
  } as unknown as PassesRepository;
  return { service: new RedemptionsService(repository as unknown as RedemptionsRepository, passes), uses, state };
}

const producer = (producerId: string) =>
  Actor.user(`u-${producerId}`, false, [{ id: 'm-1', territoryId: GATINE, role: 'producer', producerId, accommodationIds: [] }]);
const coordinator = Actor.user('u-c', false, [{ id: 'm-2', territoryId: GATINE, role: 'coordinator', producerId: null, accommodationIds: [] }]);
const cheese = producer('pr-1');

describe('recording and voiding uses of offers', () => {
  it('a producer records a use of its own offer of the pass’s territory; the same key answers that use again', async () => {
    const { service, uses } = fakeRedemptions();
    const first = await service.redeem('PASS1', { offerId: 'o-cheese', amountCents: 1200 }, 'tap-0001', cheese, 'fr');
    expect(first).toMatchObject({ created: true, redemption: { passId: 'p-1', offerId: 'o-cheese', amountCents: 1200 } });
    await expect(service.redeem('PASS1', { offerId: 'o-cheese' }, 'tap-0001', cheese, 'fr')).resolves.toMatchObject({
      created: false,
      redemption: { id: first.redemption.id },
    });
    await expect(service.redeem('PASS1', { offerId: 'o-honey' }, 'tap-0001', cheese, 'fr')).rejects.toBeInstanceOf(FieldConflict);
    await expect(service.redeem('PASS1', { offerId: 'o-honey' }, 'tap-0002', cheese, 'en')).rejects.toThrow(PASS_REFUSALS.en.not_your_offer);
    await expect(service.redeem('PASS1', { offerId: 'o-far' }, 'tap-0003', cheese, 'fr')).rejects.toBeInstanceOf(ValidationFailed);
    await expect(service.redeem('NOPASS', { offerId: 'o-cheese' }, 'tap-0004', cheese, 'fr')).rejects.toBeInstanceOf(NotFoundException);
    expect(uses).toHaveLength(1);
  });

  it('the database’s refusal is said in the producer’s language, on the pass or on the offer; a twin’s use is answered instead', async () => {
    const { service, state } = fakeRedemptions();
    state.refuseNext = 'TPR04';
    await expect(service.redeem('PASS1', { offerId: 'o-cheese' }, 'tap-0001', cheese, 'fr')).rejects.toMatchObject({
      field: 'code',
      message: PASS_REFUSALS.fr.pass_expired,
    });
    state.refuseNext = 'TPR06';
    await expect(service.redeem('PASS1', { offerId: 'o-cheese' }, 'tap-0002', cheese, 'de')).rejects.toMatchObject({
      field: 'offerId',
      message: PASS_REFUSALS.de.offer_used_up,
    });
    Object.assign(state, { refuseNext: 'TPR06', twinFirst: true });
    await expect(service.redeem('PASS1', { offerId: 'o-cheese' }, 'tap-0003', cheese, 'fr')).resolves.toMatchObject({ created: false });
  });

  it('its producer voids a use within 30 minutes, a coordinator at any time, and a use is voided once', async () => {
    const { service, uses } = fakeRedemptions();
    const recent = (await service.redeem('PASS1', { offerId: 'o-cheese' }, 'tap-0001', cheese, 'fr')).redemption;
    const old = (await service.redeem('PASS1', { offerId: 'o-cheese' }, 'tap-0002', cheese, 'fr')).redemption;
    uses[1].createdAt = new Date(Date.now() - 31 * 60_000);
    await expect(service.void(recent.id, producer('pr-2'), 'fr')).rejects.toMatchObject({ status: 403 });
    await expect(service.void(recent.id, cheese, 'fr')).resolves.toHaveProperty('voidedAt');
    await expect(service.void(recent.id, cheese, 'fr')).rejects.toThrow(PASS_REFUSALS.fr.already_voided);
    await expect(service.void(old.id, cheese, 'fr')).rejects.toThrow(PASS_REFUSALS.fr.void_too_late);
    await expect(service.void(old.id, coordinator, 'fr')).resolves.toHaveProperty('voidedAt');
  });
});
