import type { DatabaseNotifications } from '#database';

/**
 * What the public pages look up on every request (an accommodation's key, a host's territory),
 * kept in memory only while this instance hears the database announce every content change
 * (`showcase_changed`: any instance's edit drops them all); read from the database on each request
 * otherwise. Only what was found is kept: a territory created since is found at once.
 */
export class AnnouncedCache<V> {
  private readonly entries = new Map<string, V>();
  /** Counts the drops, so that a look-up that raced a change does not store what it read before it. */
  private generation = 0;
  private subscribed = false;

  constructor(
    private readonly notifications: DatabaseNotifications,
    private readonly maxEntries: number,
  ) {}

  async of(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    this.subscribeOnce();
    if (!this.notifications.live) return load();
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    const generation = this.generation;
    const value = await load();
    if (value !== undefined && generation === this.generation && this.notifications.live) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, value);
    }
    return value;
  }

  /** What is held for `key`, only while every change is heard: no database, no promise. */
  known(key: string): V | undefined {
    return this.subscribed && this.notifications.live ? this.entries.get(key) : undefined;
  }

  /** On first use, not at start: the command line never serves pages and needs no listening connection. */
  private subscribeOnce(): void {
    if (this.subscribed) return;
    this.subscribed = true;
    this.notifications.subscribe('showcase_changed', () => {
      this.generation += 1;
      this.entries.clear();
    });
  }
}
