import type { FastifyInstance } from 'fastify';
import type { DatabaseNotifications } from '#database';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A write this instance answers is heard by its own caches (pages, host names) before the answer
 * leaves: the person who disables an accommodation and reloads its page sees it gone, instead of
 * the copy cached a moment before. Other instances hear it through the same notifications a few
 * milliseconds later. A refused request wrote nothing, so it does not wait.
 */
export function readYourWrites(fastify: FastifyInstance, notifications: DatabaseNotifications): void {
  // a callback, not an async hook: a read, nearly every request, costs no promise
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (READS.has(request.method) || reply.statusCode >= 400) return done(null, payload);
    notifications.caughtUp().then(
      () => done(null, payload),
      (error: Error) => done(error),
    );
  });
}
