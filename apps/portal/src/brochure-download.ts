import type { FastifyReply } from 'fastify';
import { BrochureQueryDto, type PdfFile } from '#printing';
import { sendPdf } from '#web';
import { validateForm, type FormState } from './forms/form-errors.js';
import { queryValues } from './forms/form-values.js';
import { sendPage } from './respond.js';
import type { Visit } from './visit.js';

type BrochureChoice = 'lang' | 'format' | 'date' | 'imposition';

/** The brochure form as first shown: the reader's language, A4, one page per sheet. */
export const firstBrochureForm = (visit: Visit): FormState => ({ values: { lang: visit.lang, format: 'A4', imposition: 'none' }, errors: {} });

/**
 * A brochure downloaded from the member pages: the choices of its GET form (`choices`, those the
 * form offers) checked with the API's own DTO; wrong ones show the form again with their errors
 * (400), right ones the same file as the API's (304 when the browser holds it already).
 */
export async function sendBrochure(
  reply: FastifyReply,
  visit: Visit,
  choices: readonly BrochureChoice[],
  brochure: { formPage: (form: FormState) => Promise<string> | string; file: (choices: BrochureQueryDto) => Promise<PdfFile> },
): Promise<FastifyReply> {
  const query = (reply.request.query ?? {}) as Record<string, unknown>;
  const checked = await validateForm(BrochureQueryDto, queryValues(query, choices), visit.lang);
  if (checked.errors) return sendPage(reply, await brochure.formPage({ values: query, errors: checked.errors }), 400);
  return sendPdf(reply, await brochure.file(checked.value), reply.request.headers['if-none-match']);
}
