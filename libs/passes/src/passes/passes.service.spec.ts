import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { Actor, FieldConflict, ValidationFailed, type AppConfig } from '#common';
import type { Throttle } from '#database';
import type { AccommodationsService } from '#directory';
import type { Pass } from './pass.entity.js';
import type { NewPass, PassesRepository } from './passes.repository.js';
import { PassesService } from './passes.service.js';

const GATINE = 't-1';
const ELSEWHERE = 't-2';
const accommodations = [
  { id: 'a-1', code: 'GITE1', territoryId: GATINE, status: 'active', name: 'Gîte des Brandes', selfService: false },
  { id: 'a-2', code: 'GITE2', territoryId: GATINE, status: 'archived', name: 'Ancien gîte', selfService: false },
  { id: 'a-3', code: 'GITE3', territoryId: ELSEWHERE, status: 'active', name: 'Chambre du marais', selfService: true },
];

/** The passes' queries answered from memory, keeping the one rule the database adds: one pass per issuer and key. */
function fakePasses() {
  const passes: Pass[] = [];
  let raceOnce = false;
  const repository = {
    byCode: (code: string) => Promise.resolve(passes.find((p) => p.code === code) ?? null),
    byId: (id: string) => Promise.resolve(passes.find((p) => p.id === id) ?? null),
    issuedWithKey: (issuedBy: string, key: string) => {
      // a twin request, in flight at the same moment, has not committed yet when this one looks
      if (raceOnce) {
        raceOnce = false;
        return Promise.resolve(null);
      }
      return Promise.resolve(passes.find((p) => p.issuedBy === issuedBy && p.idempotencyKey === key) ?? null);
    },
    insert: (pass: NewPass) => {
      if (pass.idempotencyKey && passes.some((p) => p.issuedBy === pass.issuedBy && p.idempotencyKey === pass.idempotencyKey)) {
        return Promise.reject(Object.assign(new Error('duplicate key'), { driverError: { constraint: 'passes_issue_key' } }));
      }
      const n = passes.length + 1;
      const saved: Pass = { ...pass, id: `p-${n}`, code: `PASS${n}`, status: 'active', cancelledAt: null, createdAt: new Date(), updatedAt: new Date() };
      passes.push(saved);
      return Promise.resolve(saved);
    },
    cancel: (pass: Pass) => {
      Object.assign(pass, { status: 'cancelled', cancelledAt: new Date() });
      return Promise.resolve();
    },
    selfServiceAccommodation: (code: string) => {
      const found = accommodations.find((a) => a.code === code && a.status === 'active');
      return Promise.resolve(found && { id: found.id, territoryId: found.territoryId, allowed: found.selfService });
    },
    holderView: (code: string) => {
      const pass = passes.find((p) => p.code === code);
      const accommodation = accommodations.find((a) => a.id === pass?.accommodationId);
      if (!pass || !accommodation) return Promise.resolve(undefined);
      return Promise.resolve({ ...pass, accommodationName: accommodation.name, territoryName: 'Gâtine', timeZone: 'Europe/Paris' });
    },
    offersOf: () => Promise.resolve([]),
    editionId: () => Promise.resolve(null),
    issuedFor: (accommodation: { id: string }) => {
      const issued = passes.filter((p) => p.accommodationId === accommodation.id).map((p) => ({ ...p, uses: 0 }));
      return Promise.resolve({ passes: issued, total: issued.length, timeZone: 'Europe/Paris' });
    },
  } satisfies Pick<PassesRepository, keyof PassesRepository>;
  return { repository: repository as unknown as PassesRepository, passes, raceNextLookUp: () => (raceOnce = true) };
}

function passesService() {
  const fake = fakePasses();
  const directory = {
    get: (id: string, actor: Actor) => {
      const found = accommodations.find((a) => a.id === id);
      if (!found || (!actor.coordinates(found.territoryId) && !actor.hostsAccommodation(id))) return Promise.reject(new NotFoundException());
      return Promise.resolve(found);
    },
  } as unknown as AccommodationsService;
  const throttle = { rule: () => ({}), hit: () => Promise.resolve({}) } as unknown as Throttle;
  const service = new PassesService(fake.repository, { publicBaseUrl: 'https://pass.example' } as AppConfig, directory, throttle);
  return { service, ...fake };
}

const member = (territoryId: string, role: 'host' | 'coordinator', accommodationIds: string[] = []) =>
  Actor.user(`u-${role}-${territoryId}`, false, [{ id: 'm-1', territoryId, role, producerId: null, accommodationIds }]);
const host = member(GATINE, 'host', ['a-1', 'a-2']);
const tourist = { arrival: '2000-07-01', departure: '2000-07-08', guests: 2, lang: 'fr' as const };
const stay = { ...tourist, accommodationId: 'a-1' };

describe('issuing and cancelling passes', () => {
  it('a host issues a pass for its active gîte; the same key gives that pass back, and is refused for another stay', async () => {
    const { service } = passesService();
    const first = await service.issue(stay, host, 'key-1');
    expect(first).toMatchObject({ created: true, pass: { url: `https://pass.example/p/${first.pass.code}`, accommodationName: 'Gîte des Brandes' } });
    await expect(service.issue(stay, host, 'key-1')).resolves.toMatchObject({ created: false, pass: { code: first.pass.code } });
    await expect(service.issue({ ...stay, guests: 3 }, host, 'key-1')).rejects.toBeInstanceOf(FieldConflict);
    await expect(service.issue({ ...stay, accommodationId: 'a-2' }, host)).rejects.toBeInstanceOf(ValidationFailed);
    await expect(service.issue({ ...stay, accommodationId: 'a-3' }, host)).rejects.toBeInstanceOf(ValidationFailed);
    await expect(service.issue({ ...stay, departure: '2000-06-30' }, host)).rejects.toBeInstanceOf(ValidationFailed);
    await expect(service.issue({ ...stay, departure: '2000-09-30' }, host)).rejects.toBeInstanceOf(ValidationFailed);
  });

  it('two taps at once: the second meets the first one’s key and answers its pass', async () => {
    const { service, passes, raceNextLookUp } = passesService();
    const first = await service.issue(stay, host, 'key-1');
    raceNextLookUp();
    await expect(service.issue(stay, host, 'key-1')).resolves.toMatchObject({ created: false, pass: { code: first.pass.code } });
    expect(passes).toHaveLength(1);
  });

  it('a pass is valid during its stay, not before, not after, and never once cancelled', async () => {
    const { service } = passesService();
    const issue = async (arrival: string, departure: string) => (await service.issue({ ...stay, arrival, departure }, host)).pass;
    expect((await issue('2000-01-01', '2000-01-02')).validity).toBe('expired');
    expect((await issue('2999-01-01', '2999-01-02')).validity).toBe('not_yet_valid');
    const now = new Date();
    const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const current = await issue(day(-2), day(2));
    expect(current.validity).toBe('valid');
    await expect(service.cancel(current.code, host)).resolves.toMatchObject({ validity: 'cancelled' });
    const listed = await service.listForAccommodation('a-1', { page: 1, limit: 10 }, host);
    expect(listed.items.map((p) => p.validity)).toEqual(['expired', 'not_yet_valid', 'cancelled']);
  });

  it('only its gîte’s host or a coordinator cancels a pass, once; elsewhere the pass does not exist', async () => {
    const { service } = passesService();
    const { pass } = await service.issue(stay, host, undefined);
    await expect(service.cancel(pass.code, member(GATINE, 'host', ['a-9']))).rejects.toBeInstanceOf(ForbiddenException);
    await expect(service.cancel(pass.code, member(ELSEWHERE, 'coordinator'))).rejects.toBeInstanceOf(NotFoundException);
    await expect(service.cancel(pass.code, member(GATINE, 'coordinator'))).resolves.toMatchObject({ status: 'cancelled' });
    await expect(service.cancel(pass.code, host)).rejects.toBeInstanceOf(FieldConflict);
  });

  it('a tourist takes a pass only where the territory lets tourists do so', async () => {
    const { service, passes } = passesService();
    await expect(service.selfService({ ...tourist, accommodationCode: 'GITE3' }, '192.0.2.1')).resolves.toMatchObject({ accommodationId: 'a-3' });
    expect(passes[0]).toMatchObject({ issuedBy: null, idempotencyKey: null });
    await expect(service.selfService({ ...tourist, accommodationCode: 'GITE1' }, '192.0.2.1')).rejects.toBeInstanceOf(ForbiddenException);
    await expect(service.selfService({ ...tourist, accommodationCode: 'GITE2' }, '192.0.2.1')).rejects.toBeInstanceOf(ValidationFailed);
  });
});
