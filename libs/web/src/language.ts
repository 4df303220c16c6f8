import type {} from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import { LANGUAGES, remembered, type Language } from '#common';

const LANGUAGE_COOKIE = 'lang';

const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The reader's language: ?lang=, then the `lang` cookie, then Accept-Language, then French. */
export function negotiateLanguage(
  query: unknown,
  cookies: Record<string, string | undefined> | undefined,
  acceptLanguage: string | undefined,
): { lang: Language; chosen: boolean } {
  if (isLanguage(query)) return { lang: query, chosen: true };
  const cookie = cookies?.[LANGUAGE_COOKIE];
  if (isLanguage(cookie)) return { lang: cookie, chosen: false };
  return { lang: browserLanguage(acceptLanguage ?? ''), chosen: false };
}

/** The first of our languages an Accept-Language header prefers, else French; phones send a few dozen distinct headers. */
const browserLanguage = remembered((acceptLanguage: string): Language => {
  const accepted = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { lang: tag.slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => isLanguage(entry.lang) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return (accepted[0]?.lang as Language | undefined) ?? 'fr';
});

/** The only cookie of the tourist pages: the language the reader chose, for a year. */
export function setLanguageCookie(reply: FastifyReply, lang: Language): void {
  reply.setCookie(LANGUAGE_COOKIE, lang, { path: '/', maxAge: 31_536_000, sameSite: 'lax' });
}
