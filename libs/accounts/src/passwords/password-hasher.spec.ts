import { describe, expect, it } from 'vitest';
import { loadConfig } from '#common';
import { PasswordHasher } from './password-hasher.js';

const hasherAt = (cost: number) => new PasswordHasher(loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: String(cost) }));

describe('password hashes', () => {
  it('carry their own cost: a hash made at one cost still verifies after the cost changes', async () => {
    const strong = await hasherAt(15).hash('correct horse');
    expect(strong).toMatch(/^scrypt\$32768\$8\$1\$/);
    const cheap = hasherAt(10);
    expect(await cheap.verify('correct horse', strong)).toBe(true);
    expect(await cheap.verify('correct hors', strong)).toBe(false);
    expect(await cheap.hash('x')).toMatch(/^scrypt\$1024\$8\$1\$/);
  });

  it('spends a verification on an e-mail that is nobody’s, and never accepts it', async () => {
    const hasher = hasherAt(10);
    hasher.onModuleInit();
    expect(await hasher.verifyNobody('anything')).toBe(false);
  });

  it('refuses a cost outside 10–20 at start', () => {
    expect(() => hasherAt(9)).toThrow(/PASSWORD_HASH_COST must be an integer between 10 and 20/);
  });
});
