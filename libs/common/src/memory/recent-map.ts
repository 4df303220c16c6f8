import { RecentBytesMap } from './recent-bytes-map.js';

/**
 * A map of at most `capacity` entries, in this process, that forgets the one least recently read
 * or written first: caches whose keys are unbounded (addresses, filters) and whose values are of
 * one size. Where values differ in size, bound them in bytes with RecentBytesMap instead.
 */
export class RecentMap<K, V> extends RecentBytesMap<K, V> {
  constructor(capacity: number) {
    super(capacity, () => 1);
  }
}
