import type { FastifyInstance } from 'fastify';
import { SHORT_CODE_PATTERN } from '#directory';
import { AccommodationPages, type AccommodationQuery } from './accommodation-pages.js';
import { codeOf } from './code-param.js';
import { PageDelivery } from './page-delivery.js';
import { readerOf } from './reader.js';

/** An accommodation's page and its beacon: what every scan of a gîte's QR code asks for. */
const ACCOMMODATION_ROUTES = new Map([
  ['/v/:code', false],
  ['/o/v/:code', true],
]);

/**
 * Serves an accommodation's page straight from memory, before Nest's router: when this instance
 * holds the page for this minute and knows its content is current, nothing in Nest's pipeline
 * (guards, pipes, the handler's promise chain) has anything left to do, and it cost a page served
 * from memory twice the time of the page itself. The same `AccommodationPages` and `PageDelivery`
 * as the controller's decide, count and send, so the answer is the same either way; anything
 * else (a page not held, an outage, a HEAD) goes on to the controller.
 */
export function servePagesFromMemory(fastify: FastifyInstance, pages: AccommodationPages, delivery: PageDelivery): void {
  // a callback, not an async hook: it runs before every request and costs no promise
  fastify.addHook('onRequest', (request, reply, done) => {
    const beacon = ACCOMMODATION_ROUTES.get(request.routeOptions.url ?? '');
    // (a beacon counts only behind a shared cache: without one, the controller's 204 says so)
    if (beacon === undefined || (beacon && !delivery.behindCache) || request.method !== 'GET' || delivery.databaseDown) return done();
    const code = codeOf((request.params as { code: string }).code);
    if (!SHORT_CODE_PATTERN.test(code)) return done();
    const visit = pages.visitOf(code, request.query as AccommodationQuery, readerOf(request), beacon);
    const page = pages.inMemory(visit);
    if (!page) return done();
    delivery.served(reply, visit, page, pages.counter(visit));
  });
}
