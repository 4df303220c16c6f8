/**
 * How far the replica must have replayed before content read from it is as new as what this
 * instance has heard of: the primary's WAL position read after the latest content change was
 * announced (or after this instance answered a write). Until that position is known, content is
 * read from the primary.
 */
export class ContentFence {
  private heard = 0;
  private settled = 0;
  private position = 0n;
  private reading?: Promise<void>;

  constructor(private readonly primaryPosition: () => Promise<bigint>) {}

  /** A change was announced, written, or may have been missed. */
  raise(): void {
    this.heard += 1;
    void this.settle();
  }

  /** The position a replica must have replayed; undefined while the primary's is being read. */
  get required(): bigint | undefined {
    if (this.settled === this.heard) return this.position;
    void this.settle();
    return undefined;
  }

  private settle(): Promise<void> {
    this.reading ??= this.readPositions().finally(() => (this.reading = undefined));
    return this.reading;
  }

  /** A change heard while a position was being read may be after it: read again until none was. */
  private async readPositions(): Promise<void> {
    try {
      while (this.settled < this.heard) {
        const heard = this.heard;
        const position = await this.primaryPosition();
        if (position > this.position) this.position = position;
        this.settled = heard;
      }
    } catch {
      // the primary is away: every read goes to it and fails alike; the next read tries again
    }
  }
}
