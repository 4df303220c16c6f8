import { describe, expect, it } from 'vitest';
import type { DatabaseNotifications } from '#database';
import type { ShowcaseKey, ShowcaseOffer, ShowcaseProducer, ShowcaseTerritory } from './showcase.js';
import { ShowcaseKeys } from './showcase-keys.js';
import type { ShowcaseQueries, ShownProducers } from './showcase.queries.js';
import { ShowcaseService } from './showcase.service.js';

const TERRITORY: ShowcaseTerritory & { code: string } = {
  id: 't-1',
  code: 'GATINE',
  name: 'Gâtine',
  languages: ['fr', 'en'],
  timeZone: 'Europe/Paris',
  primaryColor: null,
  logoUrl: null,
  contactEmail: null,
  contactPhone: null,
};

const offer = (validFrom: string, validTo: string | null): ShowcaseOffer => ({
  id: `o-${validFrom}`,
  title: { fr: 'Visite' },
  conditions: null,
  kind: 'visit',
  value: null,
  minPurchaseCents: null,
  validFrom,
  validTo,
  usesPerPass: 1,
});

const producer = (id: string, name: string, distanceKm: number, offers: ShowcaseOffer[]): ShowcaseProducer => ({
  id,
  code: id.toUpperCase(),
  slug: id,
  name,
  description: {},
  categories: [],
  address: '1 rue',
  postcode: '79130',
  commune: 'Secondigny',
  inseeCode: '79313',
  latitude: 46.6,
  longitude: -0.4,
  phone: null,
  website: null,
  openingHours: null,
  hoursNote: null,
  labels: [],
  visitConditions: null,
  distanceKm,
  offers,
});

/** The showcase's queries answered from a few producers in memory, listed nearest first from the accommodation. */
function fakeQueries(producers: ShowcaseProducer[]) {
  const asked: ShownProducers[] = [];
  const shownOn = (day: string) => (o: ShowcaseOffer) => o.validFrom <= day && (o.validTo === null || o.validTo >= day);
  const queries = {
    key: (code: string) =>
      Promise.resolve<ShowcaseKey | undefined>(
        code === 'GITE' ? { accommodationId: 'a-1', territoryId: TERRITORY.id, contentVersion: '1', timeZone: TERRITORY.timeZone } : undefined,
      ),
    accommodation: () => Promise.reject(new Error('not asked here')),
    territory: () => Promise.resolve(TERRITORY),
    territoryByCode: (code: string) => Promise.resolve(code === TERRITORY.code ? TERRITORY : undefined),
    versionedTerritory: () => Promise.resolve(undefined),
    territoryOfProducer: (code: string) => {
      const found = producers.find((p) => p.code === code);
      return Promise.resolve(found && { ...TERRITORY, producerId: found.id });
    },
    producer: (id: string) => Promise.resolve(producers.find((p) => p.id === id)!),
    activeProducers: () => Promise.resolve([]),
    producerKey: () => Promise.resolve(undefined),
    territoryKey: () => Promise.resolve(undefined),
    producersShown: (shown: ShownProducers) => {
      asked.push(shown);
      return Promise.resolve(
        producers
          .filter((p) => shown.producerId === undefined || p.id === shown.producerId)
          .map((p) => ({ ...p, distanceKm: shown.fromAccommodationId ? p.distanceKm : 0, offers: p.offers.filter(shownOn(shown.day)) }))
          .filter((p) => p.offers.length > 0),
      );
    },
  } satisfies Pick<ShowcaseQueries, keyof ShowcaseQueries>;
  return { queries: queries as unknown as ShowcaseQueries, asked };
}

/** The database's announcements, switched on and off by the test. */
function fakeNotifications() {
  const listeners: (() => void)[] = [];
  const notifications = {
    live: true,
    subscribe: (_channel: string, onChange: () => void) => void listeners.push(onChange),
    announce: () => listeners.forEach((listener) => listener()),
  };
  return notifications;
}

const showcaseOf = (producers: ShowcaseProducer[]) => {
  const { queries, asked } = fakeQueries(producers);
  return { showcase: new ShowcaseService(queries, new ShowcaseKeys(queries, fakeNotifications() as unknown as DatabaseNotifications)), asked };
};

const SUMMER = offer('2026-07-01', '2026-08-31');
const ALL_YEAR = offer('2026-01-01', null);

describe('what the tourist pages and brochures show', () => {
  it('a brochure without an accommodation lists producers by name as a French reader sorts them; with one, nearest first', async () => {
    const { showcase } = showcaseOf([
      producer('p-1', 'Fromagerie du Bocage', 1.2, [ALL_YEAR]),
      producer('p-2', 'Écurie des Brandes', 3.4, [ALL_YEAR]),
      producer('p-3', 'Domaine des Chênes', 5.6, [ALL_YEAR]),
    ]);
    const byName = await showcase.onDate(TERRITORY.id, '2026-05-01');
    expect(byName.map((p) => p.name)).toEqual(['Domaine des Chênes', 'Écurie des Brandes', 'Fromagerie du Bocage']);
    const nearest = await showcase.onDate(TERRITORY.id, '2026-05-01', 'a-1');
    expect(nearest.map((p) => [p.name, p.distanceKm])).toEqual([
      ['Fromagerie du Bocage', 1.2],
      ['Écurie des Brandes', 3.4],
      ['Domaine des Chênes', 5.6],
    ]);
  });

  it('a producer’s page is of the territory’s day, and shows the producer even on a day none of its offers is', async () => {
    const { showcase, asked } = showcaseOf([producer('p-1', 'Chèvrerie', 2, [SUMMER])]);
    // 23:30 on 30 June in UTC is already 1 July in Paris: the summer offer is shown
    const firstOfJuly = await showcase.producerByCode('P-1', new Date('2026-06-30T23:30:00Z'));
    expect(firstOfJuly).toMatchObject({ today: '2026-07-01', producer: { name: 'Chèvrerie', distanceKm: 0, offers: [SUMMER] } });
    expect(asked).toEqual([{ territoryId: TERRITORY.id, day: '2026-07-01', producerId: 'p-1' }]);
    const lastOfJune = await showcase.producerByCode('P-1', new Date('2026-06-30T21:30:00Z'));
    expect(lastOfJune).toMatchObject({ today: '2026-06-30', producer: { name: 'Chèvrerie', distanceKm: 0, offers: [] } });
    expect(await showcase.producerByCode('NOBODY')).toBeUndefined();
  });

  it('an accommodation’s key is remembered while the database announces changes, forgotten at the next one, read each time while deaf', async () => {
    const { queries } = fakeQueries([]);
    let reads = 0;
    const counting = Object.assign(Object.create(queries) as ShowcaseQueries, {
      key: (code: string) => {
        reads += 1;
        return queries.key(code);
      },
    });
    const notifications = fakeNotifications();
    const keys = new ShowcaseKeys(counting, notifications as unknown as DatabaseNotifications);
    await keys.of('GITE');
    await keys.of('GITE');
    expect(reads).toBe(1);
    notifications.announce();
    await keys.of('GITE');
    expect(reads).toBe(2);
    notifications.live = false;
    await keys.of('GITE');
    await keys.of('GITE');
    expect(reads).toBe(4);
    expect(await keys.of('UNKNOWN')).toBeUndefined();
  });
});
