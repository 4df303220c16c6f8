const ENTITY_TAG = /(?:W\/)?"[^"]*"/g;

const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);

/**
 * Whether a request's If-None-Match names what we would send (RFC 9110 §13.1.2): `*`, or a list
 * of entity tags compared weakly (a `W/` prefix on either side is ignored), as caches and
 * proxies that weaken tags of compressed bodies send them.
 */
export function clientHolds(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const ours = opaque(etag);
  return (ifNoneMatch.match(ENTITY_TAG) ?? []).some((tag) => opaque(tag) === ours);
}
