import type { FastifyInstance } from 'fastify';
import type { DatabaseNotifications, ReadDatabase } from '#database';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A write this instance answers is heard by its own caches (pages, host names) before the answer
 * leaves: the person who disables an accommodation and reloads its page sees it gone, instead of
 * the copy cached a moment before. Other instances hear it through the same notifications a few
 * milliseconds later. A refused request wrote nothing, so it does not wait. With a read replica,
 * this instance's next reads go to the primary until the replica has replayed the write.
 */
export function readYourWrites(fastify: FastifyInstance, notifications: DatabaseNotifications, reads: ReadDatabase): void {
  // a callback, not an async hook: a read, nearly every request, costs no promise
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (READS.has(request.method) || reply.statusCode >= 400) return done(null, payload);
    reads.wrote();
    notifications.caughtUp().then(
      () => done(null, payload),
      (error: Error) => done(error),
    );
  });
}
