import { describe, expect, it } from 'vitest';
import { ContentFence } from './content-fence.js';
import { walPosition } from './wal-position.js';

describe('the content fence', () => {
  it('orders WAL positions as the log does', () => {
    expect(walPosition('0/16B3748') < walPosition('0/16B3750')).toBe(true);
    expect(walPosition('1/0') > walPosition('0/FFFFFFFF')).toBe(true);
    expect(walPosition(null)).toBe(0n);
  });

  it("asks for the primary's position after every change heard, reading again when one is heard mid-read", async () => {
    const answers: ((lsn: bigint) => void)[] = [];
    const fence = new ContentFence(() => new Promise<bigint>((resolve) => answers.push(resolve)));
    expect(fence.required).toBe(0n);

    fence.raise();
    expect(fence.required).toBeUndefined();
    fence.raise(); // heard while the first read is under way: its answer may predate this change
    answers[0](10n);
    await Promise.resolve();
    await Promise.resolve();
    expect(fence.required).toBeUndefined();
    expect(answers).toHaveLength(2);
    answers[1](12n);
    await expect.poll(() => fence.required).toBe(12n);
  });
});
