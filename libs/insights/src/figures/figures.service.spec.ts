import { ForbiddenException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { Actor, ValidationFailed } from '#common';
import type { FiguresPeriod } from './figures.js';
import type { FiguresRepository, FiguresScope } from './figures.repository.js';
import { FiguresService } from './figures.service.js';
import { TerritoryFiguresService } from './territory-figures.service.js';
import type { SiteVisitsQueries } from '../site-visits/site-visits.queries.js';

const TERRITORY = 't-1';
const scopes: Record<string, FiguresScope> = {
  'producer:p-1': { territoryId: TERRITORY, name: 'Gâtine', timeZone: 'Europe/Paris' },
  'producer:p-2': { territoryId: TERRITORY, name: 'Gâtine', timeZone: 'Europe/Paris' },
  'accommodation:a-1': { territoryId: TERRITORY, name: 'Gâtine', timeZone: 'Europe/Paris' },
  [`territory:${TERRITORY}`]: { territoryId: TERRITORY, name: 'Gâtine', timeZone: 'Pacific/Auckland' },
};

/** The figures' queries answered from memory: the services' rules tested without PostgreSQL. */
function fakeRepository() {
  const asked: { kind: string; id: string; period: FiguresPeriod }[] = [];
  const answer = (kind: string) => (id: string, period: FiguresPeriod) => {
    asked.push({ kind, id, period });
    return Promise.resolve({
      accommodations: [
        { scans: 1, passes: 0, redemptions: 0 },
        { scans: 0, passes: 0, redemptions: 0 },
      ],
    } as never);
  };
  const repository = {
    scopeOf: (kind: string, id: string) => Promise.resolve(scopes[`${kind}:${id}`]),
    producer: answer('producer'),
    accommodation: answer('accommodation'),
    territory: answer('territory'),
    // nothing happened in the past twelve months: the default period is the year so far
    activitySpan: () => Promise.resolve(undefined),
    territoryTotals: () =>
      Promise.resolve({ scans: 0, scansFromQr: 0, passes: 0, guests: 0, redemptions: 0, declaredSpendingCents: 0, producersTakingPart: 0, byMonth: [] }),
  } as unknown as FiguresRepository;
  return { repository, asked };
}

const member = (role: 'producer' | 'host' | 'coordinator', links: { producerId?: string; accommodationIds?: string[] } = {}) =>
  Actor.user('u-1', false, [{ id: 'm-1', territoryId: TERRITORY, role, producerId: links.producerId ?? null, accommodationIds: links.accommodationIds ?? [] }]);

describe('who sees which figures, for which period', () => {
  it('a producer sees its own figures, not another producer’s; its coordinator sees both; nobody signed in sees none', async () => {
    const { repository } = fakeRepository();
    const figures = new FiguresService(repository);
    const owner = member('producer', { producerId: 'p-1' });
    await expect(figures.forProducer(owner, 'p-1', {})).resolves.toHaveProperty('period');
    await expect(figures.forProducer(owner, 'p-2', {})).rejects.toBeInstanceOf(ForbiddenException);
    await expect(figures.forProducer(member('coordinator'), 'p-2', {})).resolves.toHaveProperty('period');
    await expect(figures.forProducer(Actor.anonymous(), 'p-1', {})).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(figures.forProducer(owner, 'p-unknown', {})).rejects.toBeInstanceOf(NotFoundException);
  });

  it('a host’s accommodation that is not its own does not exist for it', async () => {
    const { repository } = fakeRepository();
    const figures = new FiguresService(repository);
    await expect(figures.forAccommodation(member('host', { accommodationIds: ['a-1'] }), 'a-1', {})).resolves.toHaveProperty('period');
    await expect(figures.forAccommodation(member('host', { accommodationIds: ['a-9'] }), 'a-1', {})).rejects.toBeInstanceOf(NotFoundException);
  });

  it('without activity, the period is the year so far in the territory’s own time zone unless asked; a reversed or over-long one is refused', async () => {
    const { repository, asked } = fakeRepository();
    const noSiteVisits = { byPage: () => Promise.resolve([]) } as unknown as SiteVisitsQueries;
    const territory = new TerritoryFiguresService(repository, noSiteVisits);
    const coordinator = member('coordinator');
    const answered = await territory.forTerritory(coordinator, TERRITORY, {});
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Auckland' }).format(new Date());
    expect(answered.period).toEqual({ from: `${today.slice(0, 4)}-01-01`, to: today });
    expect(answered).toMatchObject({ territory: 'Gâtine', accommodationsTakingPart: 1 });
    expect(answered.previous).toBeUndefined();
    expect(asked).toEqual([{ kind: 'territory', id: TERRITORY, period: answered.period }]);
    await expect(territory.forTerritory(coordinator, TERRITORY, { from: '2026-06-01', to: '2026-05-01' })).rejects.toBeInstanceOf(ValidationFailed);
    await expect(territory.forTerritory(coordinator, TERRITORY, { from: '2020-01-01', to: '2026-01-01' })).rejects.toBeInstanceOf(ValidationFailed);
    await expect(territory.forTerritory(member('producer', { producerId: 'p-1' }), TERRITORY, {})).rejects.toBeInstanceOf(ForbiddenException);
  });
});
