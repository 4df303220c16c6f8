/**
 * A map that holds at most `maxBytes` of values, as `weigh` counts them, and forgets the entries
 * least recently read or written first: rendered pages differ in size by an order of magnitude (a
 * territory of 5 producers or of 80), so a bound in entries is no bound on memory. A value heavier
 * than the whole bound is not kept at all.
 */
export class RecentBytesMap<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number }>();
  private held = 0;

  constructor(
    readonly maxBytes: number,
    private readonly weigh: (value: V, key: K) => number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** What the values held weigh, as counted when each was written. */
  get bytes(): number {
    return this.held;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Writing the value a key already holds only marks it recently used: a page served again is not weighed again. */
  set(key: K, value: V): void {
    if (this.entries.get(key)?.value === value) {
      this.get(key);
      return;
    }
    this.delete(key);
    const bytes = this.weigh(value, key);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.held += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.held <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.held -= entry.bytes;
    }
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.held -= entry.bytes;
  }
}
