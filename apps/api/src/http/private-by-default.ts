import type { FastifyInstance } from 'fastify';
import { PERSONAL } from '#web';

/**
 * An answer that says nothing about caching is kept by nobody: the API's JSON for members, the
 * member pages, errors. Only answers that chose a policy (`sendCacheable`, the feeds, images,
 * assets) may be stored by a shared cache in front, which would otherwise apply its own defaults.
 */
export function privateByDefault(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', PERSONAL);
    return payload;
  });
}
