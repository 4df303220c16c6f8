import cookie from '@fastify/cookie';
import Fastify, { type FastifyReply } from 'fastify';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '#common';
import { endSessionCookie, setSessionCookie } from './web-session.js';

/** The Set-Cookie header a reply carries after `set`, on a server with the app's cookie plugin. */
async function setCookieOf(set: (reply: FastifyReply) => void): Promise<string> {
  const server = Fastify();
  await server.register(cookie);
  server.get('/app', (_request, reply) => {
    set(reply);
    return reply.send('');
  });
  const response = await server.inject('/app');
  await server.close();
  return String(response.headers['set-cookie']);
}

describe('the member session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for /app only, lives as long as a refresh token, and is Secure behind HTTPS', async () => {
    const config = loadConfig({ PUBLIC_BASE_URL: 'https://pass.example.org' });
    const header = await setCookieOf((reply) => setSessionCookie(reply, 'a.b.c', config));
    expect(header.split('; ').sort()).toEqual([
      'HttpOnly',
      `Max-Age=${config.auth.refreshTokenSeconds}`,
      'Path=/app',
      'SameSite=Lax',
      'Secure',
      'tp_session=a.b.c',
    ]);
  });

  it('is not Secure over plain HTTP, and ending it empties it at once', async () => {
    const header = await setCookieOf((reply) => endSessionCookie(reply, loadConfig({ PUBLIC_BASE_URL: 'http://localhost:3000' })));
    expect(header.split('; ').sort()).toEqual(['HttpOnly', 'Max-Age=0', 'Path=/app', 'SameSite=Lax', 'tp_session=']);
  });
});
