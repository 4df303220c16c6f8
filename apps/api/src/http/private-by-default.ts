import type { FastifyInstance } from 'fastify';
import { PERSONAL } from '#web';

/**
 * An answer that says nothing about caching is kept by nobody: the API's JSON for members, the
 * member pages, errors. Only answers that chose a policy (`sendCacheable`, the feeds, images,
 * assets) may be stored by a shared cache in front, which would otherwise apply its own defaults.
 */
export function privateByDefault(fastify: FastifyInstance): void {
  // a callback, not an async hook: it runs on every answer and needs no promise
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', PERSONAL);
    done(null, payload);
  });
}
