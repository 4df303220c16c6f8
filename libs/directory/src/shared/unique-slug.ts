import type { Repository } from 'typeorm';
import { FieldConflict, refusal } from '#common';
import { slugify } from './slug.js';
import { DIRECTORY_REFUSALS } from '../directory-refusals.js';

interface Slugged {
  territoryId: string;
  slug: string;
}

/**
 * The slug of a new or renamed row of a territory: a slug asked for must be free (409 otherwise);
 * one made from the name gets a numbered suffix until it is.
 */
export async function uniqueSlug<T extends Slugged>(repository: Repository<T>, territoryId: string, name: string, wanted: string | undefined): Promise<string> {
  const taken = (slug: string) =>
    repository.createQueryBuilder('x').where('x.territory_id = :territoryId AND x.slug = :slug', { territoryId, slug }).getExists();
  if (wanted !== undefined) {
    if (await taken(wanted)) throw new FieldConflict('slug', refusal(DIRECTORY_REFUSALS, 'slug_taken', { slug: wanted }));
    return wanted;
  }
  const base = slugify(name);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}

/** The slug of a row after a change: its own unless another is asked for, which must be free. */
export async function changedSlug<T extends Slugged & { name: string }>(repository: Repository<T>, row: T, wanted: string | undefined): Promise<string> {
  return wanted !== undefined && wanted !== row.slug ? uniqueSlug(repository, row.territoryId, row.name, wanted) : row.slug;
}
