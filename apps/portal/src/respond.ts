import type { FastifyReply } from 'fastify';
import { PORTAL_HEADERS } from './layout/portal-layout.js';

export function sendPage(reply: FastifyReply, page: string, status = 200): FastifyReply {
  return reply.status(status).headers(PORTAL_HEADERS).send(page);
}

/** After a post, always a redirect (303): reloading the page never posts twice. */
export function redirect(reply: FastifyReply, location: string): FastifyReply {
  return reply.status(303).header('location', location).send();
}

/** Only a path of the member pages may be returned to after sign-in: never another site. */
export function safeReturnPath(next: unknown): string {
  return typeof next === 'string' && /^\/app(\/[A-Za-z0-9/_.~%-]*)?(\?[A-Za-z0-9=&_.~%-]*)?$/.test(next) && !next.startsWith('//') ? next : '/app';
}
