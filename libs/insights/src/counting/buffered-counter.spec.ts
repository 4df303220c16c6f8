import { describe, expect, it, vi } from 'vitest';
import { BufferedCounter, type BufferOptions, type Counted } from './buffered-counter.js';

/**
 * A counter whose database is a map that records batch ids as counted_batches does, and which can
 * be told to be unreachable for the next writes, or to lose the answer of writes it made.
 */
class FakeCounter extends BufferedCounter<string> {
  readonly stored = new Map<string, number>();
  readonly batches = new Set<string>();
  readonly logged: string[] = [];
  failures = 0;
  lostAnswers = 0;

  constructor(options: BufferOptions = {}) {
    super({ shutdownRetryDelaysMs: [1, 1], ...options });
    for (const level of ['log', 'warn', 'error'] as const)
      vi.spyOn(this.logger, level).mockImplementation((message: unknown) => void this.logged.push(String(message)));
  }

  protected keyOf(page: string): string {
    return page;
  }

  protected write(batch: Counted<string>[], batchId: string): Promise<void> {
    if (this.failures > 0) {
      this.failures -= 1;
      return Promise.reject(new Error('Connection terminated unexpectedly'));
    }
    if (!this.batches.has(batchId)) {
      this.batches.add(batchId);
      for (const { event, count } of batch) this.stored.set(event, (this.stored.get(event) ?? 0) + count);
    }
    if (this.lostAnswers > 0) {
      this.lostAnswers -= 1;
      return Promise.reject(new Error('Connection terminated unexpectedly'));
    }
    return Promise.resolve();
  }
}

describe('counts buffered in memory', () => {
  it('writes what a failed write held, with what was counted since, at the next flush', async () => {
    const counter = new FakeCounter();
    counter.count('v/abc', 3);
    counter.failures = 1;
    await expect(counter.flush()).rejects.toThrow('Connection terminated');
    counter.count('v/abc');
    counter.count('v/xyz', 2);

    await counter.flush();

    expect(Object.fromEntries(counter.stored)).toEqual({ 'v/abc': 4, 'v/xyz': 2 });
    expect(counter.heldKeys).toBe(0);
    expect(counter.logged.filter((line) => line.startsWith('counts not written'))).toHaveLength(1);
    expect(counter.logged.at(-1)).toMatch(/^counts written again after/);
  });

  it('adds a write whose answer was lost once, not twice, when it is sent again', async () => {
    const counter = new FakeCounter();
    counter.count('v/abc', 3);
    counter.lostAnswers = 1;
    await expect(counter.flush()).rejects.toThrow('Connection terminated');
    counter.count('v/abc');

    await counter.flush();

    expect(counter.stored.get('v/abc')).toBe(4);
    expect(counter.heldKeys).toBe(0);
  });

  it('keeps counting through many failed writes, and writes it all once the database is back', async () => {
    const counter = new FakeCounter();
    counter.failures = 5;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      counter.count('v/abc');
      await counter.flush().catch(() => undefined);
    }
    await counter.flush();
    expect(counter.stored.get('v/abc')).toBe(5);
  });

  it('writes everything held at shutdown, trying again when the first try fails', async () => {
    const counter = new FakeCounter();
    counter.count('v/abc', 7);
    counter.failures = 2;
    await counter.onApplicationShutdown();
    expect(counter.stored.get('v/abc')).toBe(7);
  });

  it('gives up at shutdown after a few tries without throwing, and says how much was lost', async () => {
    const counter = new FakeCounter();
    counter.count('v/abc', 7);
    counter.count('v/xyz', 1);
    counter.failures = 100;
    await expect(counter.onApplicationShutdown()).resolves.toBeUndefined();
    expect(counter.failures).toBe(97);
    expect(counter.logged).toContain('8 counts over 2 keys could not be written (or not known to be) before shutdown: lost');
  });

  it('holds at most so many keys while writes fail: known keys still add up, new ones are dropped and the loss is logged once with its size', async () => {
    const counter = new FakeCounter({ maxKeys: 2 });
    counter.failures = 1;
    counter.count('a');
    counter.count('b');
    await counter.flush().catch(() => undefined);
    counter.count('a', 2);
    counter.count('c', 3);
    counter.count('d');
    counter.count('c');

    await counter.flush();

    expect(Object.fromEntries(counter.stored)).toEqual({ a: 3, b: 1 });
    const losses = counter.logged.filter((line) => line.includes('lost'));
    expect(losses).toEqual(['5 counts on 2 keys were lost while the buffer was full']);
  });
});
