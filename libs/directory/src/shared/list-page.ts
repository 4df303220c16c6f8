import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { invalidField, pageOf, type LatLng, type NearPageQueryDto, type Page, refusal } from '#common';
import { DIRECTORY_REFUSALS } from '../directory-refusals.js';

/** Where a listed row stands: the SQL expression of its point on earthdistance's sphere (an indexed `earth` column). */
export interface Position<T extends ObjectLiteral> {
  location: string;
  /**
   * The rows of `filtered` (every filter but the circle) within `radiusKm` of the point, counted a
   * faster way than one by one; undefined when that way cannot count them exactly.
   */
  countWithin?: (filtered: SelectQueryBuilder<T>, point: LatLng, radiusKm: number) => Promise<number | undefined>;
}

/** The searched point, as SQL on earthdistance's sphere (its parameters set by listPage). */
export const NEAR_POINT = 'll_to_earth(CAST(:nearLatitude AS float8), CAST(:nearLongitude AS float8))';

export type WithDistance<T> = T & { distanceKm?: number };

/** At most this many words of a search are kept: enough for any name, bounded for the database. */
const MAX_SEARCH_WORDS = 8;

/**
 * The words of a search: what lies between spaces, punctuation and symbols ("boulangerie-pâtisserie"
 * is two words), so LIKE's own `%`, `_` and `\` never reach a pattern.
 */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '')
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((word) => word !== '')
    .slice(0, MAX_SEARCH_WORDS);
}

/**
 * Accent- and case-insensitive search by words: a row matches when its text contains every word,
 * in any order ("boulangerie patisserie" finds "Boulangerie-Pâtisserie"). Each word is a LIKE on
 * the expression the trigram indexes are built on (tp_search_text()).
 */
export function whereTextContains<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, indexedExpression: string, q: string | undefined): void {
  searchWords(q).forEach((word, i) => {
    qb.andWhere(`tp_search_text(${indexedExpression}) LIKE tp_search_text(:searchWord${i})`, { [`searchWord${i}`]: `%${word}%` });
  });
}

/**
 * Runs a list query as one page. With `near`, rows come nearest first (a K-nearest-neighbour
 * walk of the GiST index on the `location` column) with their distance in km; `radiusKm` bounds
 * the search with an earth_box that the same index answers, the count by an index-only scan — or
 * by `position.countWithin` when it can; that count and the page are asked at once, each on a
 * connection of its own: a search waits for the slower of the two, not for both in turn.
 */
export async function listPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: NearPageQueryDto,
  position: Position<T>,
  defaultOrder: (qb: SelectQueryBuilder<T>) => void,
): Promise<Page<WithDistance<T>>> {
  const point = query.point;
  if (query.radiusKm !== undefined && point === undefined) {
    throw invalidField('radiusKm', refusal(DIRECTORY_REFUSALS, 'radius_needs_near'));
  }
  const there = position.location;
  const here = NEAR_POINT;
  let countedWithin: Promise<number | undefined> | undefined;
  if (point) {
    qb.setParameters({ nearLatitude: point.latitude, nearLongitude: point.longitude });
    if (query.radiusKm !== undefined) {
      if (position.countWithin) countedWithin = position.countWithin(qb.clone(), point, query.radiusKm);
      qb.andWhere(`earth_box(${here}, :radiusM) @> ${there}`).andWhere(`earth_distance(${here}, ${there}) <= :radiusM`, {
        radiusM: query.radiusKm * 1000,
      });
    }
  }
  const counter = qb.clone();
  // a count near a point runs beside the page, on a connection of its own (a search waits for the slower of the two);
  // any other list counts first, holding one connection at a time
  const total = countedWithin ? countedWithin.then((counted) => counted ?? counter.getCount()) : Promise.resolve(await counter.getCount());

  const alias = qb.alias;
  if (point) {
    qb.addSelect(`earth_distance(${here}, ${there})`, 'distance_m')
      .addSelect(`${there} <-> ${here}`, 'knn')
      .orderBy('knn', 'ASC')
      .addOrderBy(`${alias}.id`, 'ASC');
  } else {
    defaultOrder(qb);
    qb.addOrderBy(`${alias}.id`, 'ASC');
  }
  const [{ entities, raw }, counted] = await Promise.all([qb.offset(query.offset).limit(query.limit).getRawAndEntities<{ distance_m: number }>(), total]);
  const items = point ? entities.map((entity, i) => Object.assign(entity, { distanceKm: Math.round(Number(raw[i].distance_m)) / 1000 })) : entities;
  return pageOf(items, counted, query);
}
