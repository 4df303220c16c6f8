import type { FastifyReply } from 'fastify';
import { clientHolds } from './conditional.js';
import type { EncodedPage } from './pages/encoded-page.js';

/**
 * How long a shared cache (the compose file's nginx, a CDN) may keep an answer, and a browser.
 * `fresh`: served without asking us (`s-maxage`); `revalidating`: served stale while one request
 * fetches the new copy (`stale-while-revalidate`); `whileDown`: served stale while every instance
 * fails or is away (`stale-if-error`). The browser revalidates each time (`max-age=0` unless said),
 * which with the entity tag costs a 304 without a body.
 */
export interface SharedCaching {
  fresh: number;
  revalidating: number;
  whileDown: number;
  browser?: number;
}

/** A day: the stale copy a tourist in a field gets while the servers are away. */
const WHILE_DOWN = 86_400;

/**
 * Each family of public answers. Pages showing "open now" change by the minute (their cache key
 * carries it) and content changes reach a shared cache only when its copy expires (no purge): 30 s
 * keeps both close. Open data feeds change by the day and are read by machines: five minutes.
 */
export const SHARED = {
  page: { fresh: 30, revalidating: 30, whileDown: WHILE_DOWN },
  feed: { fresh: 300, revalidating: 300, whileDown: WHILE_DOWN, browser: 60 },
  asset: { fresh: 3600, revalidating: 3600, whileDown: WHILE_DOWN, browser: 3600 },
} as const satisfies Record<string, SharedCaching>;

/** Someone's own answer (a pass, a member's page, an answer setting a cookie): kept by no cache. */
export const PERSONAL = 'private, no-store';

/** Public, but never kept by a shared cache: every opening reaches an instance (to be counted there), a 304 when unchanged. */
export const REVALIDATED = 'no-cache';

export const sharedCacheControl = ({ fresh, revalidating, whileDown, browser = 0 }: SharedCaching): string =>
  `public, max-age=${browser}, s-maxage=${fresh}, stale-while-revalidate=${revalidating}, stale-if-error=${whileDown}`;

/**
 * A public answer with its entity tag: 304 without a body when the client (a browser, a cache
 * revalidating) holds it, else the body compressed as it accepts. Only a 200 carries the tag and
 * `cacheControl`; anything else (404, 503) is kept by nobody.
 */
export function sendCacheable(reply: FastifyReply, page: EncodedPage, cacheControl: string, status = 200): FastifyReply {
  const { headers } = reply.request;
  reply.status(status);
  if (status !== 200) return sendEncoded(reply.header('cache-control', 'no-store'), page);
  reply.header('cache-control', cacheControl).header('etag', page.etag);
  if (clientHolds(headers['if-none-match'], page.etag)) return reply.status(304).send();
  return sendEncoded(reply, page);
}

function sendEncoded(reply: FastifyReply, page: EncodedPage): FastifyReply {
  const { body, encoding } = page.bodyFor(reply.request.headers['accept-encoding']);
  if (encoding) reply.header('content-encoding', encoding);
  return reply.send(body);
}
