import { describe, expect, it } from 'vitest';
import { readTrustedProxies } from './trusted-proxies.js';

describe('TRUST_PROXY', () => {
  it('is true, false, or the proxies’ addresses and ranges', () => {
    expect(readTrustedProxies('true')).toBe(true);
    expect(readTrustedProxies('off')).toBe(false);
    expect(readTrustedProxies('10.0.0.5, 172.18.0.0/16,fd00::/8')).toEqual(['10.0.0.5', '172.18.0.0/16', 'fd00::/8']);
  });

  it('refuses anything else, so that a typo never trusts a forged address', () => {
    for (const wrong of ['proxy', '10.0.0.300', '10.0.0.0/33', '10.0.0.0/8/1', '10.0.0.1,', 'fd00::/129']) expect(readTrustedProxies(wrong)).toBeUndefined();
  });
});
