import { isIP } from 'node:net';

/**
 * TRUST_PROXY read: `true` (every hop: only where nothing but the proxy reaches the API), `false`,
 * or the proxies' addresses and CIDR ranges, comma-separated (`10.0.0.5, 172.18.0.0/16`): then
 * X-Forwarded-For is believed only from them. Undefined when it is none of those.
 */
export function readTrustedProxies(raw: string): boolean | string[] | undefined {
  const lower = raw.toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(lower)) return true;
  if (['0', 'false', 'no', 'off'].includes(lower)) return false;
  const entries = raw.split(',').map((entry) => entry.trim());
  return entries.every(isAddressOrRange) ? entries : undefined;
}

function isAddressOrRange(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}
