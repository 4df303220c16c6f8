import type { Logger } from '@nestjs/common';

/** Distinct lost keys remembered for the report: enough to tell a few from many without growing with the loss. */
const KEYS_REMEMBERED = 10_000;

/**
 * One episode of counts dropped because the buffer was full while writes failed: announced when
 * it starts, summed up (counts and keys) when a write succeeds again or the process stops.
 */
export class CountLoss {
  private counts = 0;
  private readonly keys = new Set<string>();
  private moreKeys = false;

  constructor(
    private readonly logger: Logger,
    private readonly maxKeys: number,
  ) {}

  dropped(key: string, times: number): void {
    if (this.counts === 0) this.logger.error(`${this.maxKeys} keys held and the database does not take them: new keys are dropped until a write succeeds`);
    this.counts += times;
    if (this.keys.size < KEYS_REMEMBERED) this.keys.add(key);
    else if (!this.keys.has(key)) this.moreKeys = true;
  }

  end(): void {
    if (this.counts === 0) return;
    this.logger.error(`${this.counts} counts on ${this.keys.size}${this.moreKeys ? '+' : ''} keys were lost while the buffer was full`);
    this.counts = 0;
    this.keys.clear();
    this.moreKeys = false;
  }
}
