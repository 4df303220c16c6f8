import type { FastifyReply } from 'fastify';

/**
 * A brochure's `?lang=` is the language of the file, not of the member's pages: the language
 * cookie the portal sets on seeing `lang` is taken back, so that the pages stay in the reader's.
 */
export function keepPageLanguage(reply: FastifyReply): void {
  const cookies = reply.getHeader('set-cookie');
  if (cookies === undefined) return;
  const kept = [cookies].flat().map(String).filter((cookie) => !cookie.startsWith('lang='));
  reply.removeHeader('set-cookie');
  if (kept.length > 0) reply.header('set-cookie', kept);
}
