import type { Actor } from '#common';
import { AccommodationQueryDto, ProducerQueryDto, type AccommodationsService, type ProducersService } from '#directory';
import type { Directory } from './members.pages.js';

/** Every page of a list, through the service (so its access rules hold), in pages of 100. */
async function all<T>(load: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const answer = await load(page);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) return items;
  }
}

/** The producers and accommodations of a territory by name: what members are linked to. */
export async function territoryDirectory(
  services: { producers: ProducersService; accommodations: AccommodationsService },
  territoryId: string,
  actor: Actor,
): Promise<Directory> {
  const [producers, accommodations] = await Promise.all([
    all((page) => services.producers.list(Object.assign(new ProducerQueryDto(), { territoryId, page, limit: 100 }), actor)),
    all((page) => services.accommodations.list(Object.assign(new AccommodationQueryDto(), { territoryId, page, limit: 100 }), actor)),
  ]);
  return { producers, accommodations };
}
