import type { INestApplicationContext } from '@nestjs/common';
import { TerritoriesService, type Territory } from '#directory';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The territory by id or by slug, or a message on stderr. */
export async function territoryOf(app: INestApplicationContext, idOrSlug: string): Promise<Territory | undefined> {
  const territories = app.get(TerritoriesService);
  const territory = await (UUID.test(idOrSlug) ? territories.get(idOrSlug) : territories.getBySlug(idOrSlug)).catch(() => undefined);
  if (!territory) console.error(`No territory with id or slug "${idOrSlug}"`);
  return territory;
}
