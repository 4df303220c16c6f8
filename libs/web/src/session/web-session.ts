import type {} from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { signAccessToken, verifyAccessToken, type AccessClaims } from '#accounts';
import type { AppConfig } from '#common';

export const SESSION_COOKIE = 'tp_session';

/** The pages for members live under /app: only there does a session cookie stand for a person. */
export const PORTAL_PATH = '/app';

/** A key of its own for browser sessions: a session cookie is not an API token, nor the reverse. */
function webSecret(config: AppConfig): string {
  return createHash('sha256').update(`web-session|${config.auth.secret}`).digest('base64url');
}

/** Same session as the API's (revoked by signing out, suspension ends it at once), carried in a cookie. */
export function signWebSession(userId: string, sessionId: string, config: AppConfig): string {
  return signAccessToken(userId, sessionId, webSecret(config), config.auth.refreshTokenSeconds).token;
}

export function verifyWebSession(token: string, config: AppConfig): AccessClaims | undefined {
  return verifyAccessToken(token, webSecret(config));
}

/**
 * HttpOnly (no script reads it), SameSite=Lax (no cross-site form post carries it), Secure behind HTTPS,
 * and sent only to the member pages: the API, the tourist pages and anything else on the host never see it.
 */
export function setMemberCookie(reply: FastifyReply, name: string, value: string, maxAgeSeconds: number, config: AppConfig): void {
  reply.setCookie(name, value, {
    path: PORTAL_PATH,
    maxAge: maxAgeSeconds,
    httpOnly: true,
    sameSite: 'lax',
    secure: config.publicBaseUrl.startsWith('https:'),
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, config: AppConfig): void {
  setMemberCookie(reply, SESSION_COOKIE, token, config.auth.refreshTokenSeconds, config);
}

export function endSessionCookie(reply: FastifyReply, config: AppConfig): void {
  setMemberCookie(reply, SESSION_COOKIE, '', 0, config);
}

export function isPortalRequest(url: string): boolean {
  return url === PORTAL_PATH || url.startsWith(`${PORTAL_PATH}/`) || url.startsWith(`${PORTAL_PATH}?`);
}
