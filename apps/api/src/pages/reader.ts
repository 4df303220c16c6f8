import type { FastifyRequest } from 'fastify';
import type { Language } from '#common';
import { negotiateLanguage } from '#web';

/** Who reads a tourist page: their language, and whether they just chose it (then it is remembered). */
export interface Reader {
  lang: Language;
  chosen: boolean;
}

/** The reader's language: ?lang=, then the `lang` cookie, then their browser's languages. */
export const readerOf = (request: FastifyRequest): Reader =>
  negotiateLanguage((request.query as { lang?: unknown } | undefined)?.lang, request.cookies, request.headers['accept-language']);
