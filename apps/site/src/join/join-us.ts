import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findUnstorableText, TooManyRequests, ValidationFailed, type Language } from '#common';
import { JoinRequestsService } from '#accounts';
import { PAGE_SECURITY_HEADERS } from '#web';
import { linkTo, type Site } from '../routes/site.js';
import { SiteRouter } from '../site-router.js';
import { JOIN_FIELDS, JOIN_MESSAGES, type JoinField } from './join.messages.js';
import { joinPage, TRAP_FIELD, tryLaterPage, type JoinForm } from './join.page.js';

/** Past this a field is no text a person typed: it is cut, the form's own limits say the rest. */
const MAX_TYPED = 4000;

/** The form's values as text, trimmed; what is no field of the form is left out. */
function typed(body: unknown): Record<string, string> {
  const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const values: Record<string, string> = {};
  for (const name of [...JOIN_FIELDS, TRAP_FIELD]) {
    const value = fields[name];
    if (typeof value === 'string') values[name] = value.trim().slice(0, MAX_TYPED);
  }
  return values;
}

/** The DTO's input: an optional field left empty is absent. */
const inputOf = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).filter(([name, value]) => name !== TRAP_FIELD && (value !== '' || !['phone', 'website'].includes(name))));

/** The service's refusals, field by field, in the form's language: a place it could not find says which half is wrong. */
function formErrors(refused: ValidationFailed, lang: Language): JoinForm['errors'] {
  const m = JOIN_MESSAGES[lang];
  const errors: JoinForm['errors'] = {};
  for (const { field, code } of refused.fieldErrors) {
    const name = field as JoinField;
    if (!JOIN_FIELDS.includes(name) || errors[name]) continue;
    errors[name] = code !== 'invalid_value' && (name === 'postcode' || name === 'commune') ? m.placeErrors[name] : m.errors[name];
  }
  return errors;
}

/**
 * A join form posted: a robot that filled the hidden field gets the thank-you page and nothing is
 * stored; wrong fields show the form again (400) with what was typed; past the limits a page says
 * when to come back (429); a stored request goes to the thank-you page (303).
 */
@Injectable()
export class JoinUs {
  constructor(
    private readonly router: SiteRouter,
    private readonly requests: JoinRequestsService,
  ) {}

  async post(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const form = await this.router.joinFormOf(request);
    if (!form) return this.router.missing(request, reply);
    const { site, lang } = form;
    const values = typed(request.body);
    if (values[TRAP_FIELD]) return this.thanks(reply, site, lang);
    try {
      const unstorable = findUnstorableText(inputOf(values));
      if (unstorable) throw new ValidationFailed([{ ...unstorable, code: 'invalid_value' }]);
      await this.requests.submit(site.territory.id, inputOf(values), lang, request.ip);
    } catch (error) {
      if (error instanceof ValidationFailed) return this.page(reply, joinPage(site, lang, { values, errors: formErrors(error, lang) }), 400);
      if (error instanceof TooManyRequests) {
        void reply.header('retry-after', String(error.retryAfterSeconds));
        return this.page(reply, tryLaterPage(site, lang, error.retryAfterSeconds), 429);
      }
      throw error;
    }
    return this.thanks(reply, site, lang);
  }

  private thanks(reply: FastifyReply, site: Site, lang: Language) {
    return reply
      .status(303)
      .header('location', linkTo(site, lang, { page: 'joined' }))
      .send();
  }

  private page(reply: FastifyReply, page: string, status: number) {
    return reply
      .status(status)
      .headers({ ...PAGE_SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .send(page);
  }
}
