import type { FastifyReply } from 'fastify';
import type { Territory } from '#directory';
import { PrintProblemsFound, TerritoryBrochureQueryDto, type BrochuresService, type PrintCheckService } from '#printing';
import { sendPdf } from '#web';
import { validateForm, type FormState } from '../forms/form-errors.js';
import { queryValues } from '../forms/form-values.js';
import { sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { PRINT_CHECK_MESSAGES } from './print-check.messages.js';
import { printGatePage } from './print-check.page.js';

/**
 * The territory's brochure from the member pages, through the check before printing: while a
 * season is open and problems are left, the problems and a form to print anyway (409); the form
 * posts the brochure's choices with the reason (a blank one: 400 beside the field).
 */
export async function sendGatedBrochure(
  reply: FastifyReply,
  visit: Visit,
  territory: Territory,
  input: { values: Record<string, unknown>; anyway: boolean },
  services: { brochures: BrochuresService; checks: PrintCheckService; formPage: (form: FormState) => string },
): Promise<FastifyReply> {
  const names = input.anyway ? (['lang', 'format', 'imposition', 'date', 'printAnyway'] as const) : (['lang', 'format', 'imposition', 'date'] as const);
  const values = queryValues(input.values, names);
  if (input.anyway && !values.printAnyway?.trim()) {
    const check = await services.checks.checkTerritory(territory);
    if (check.season && check.problems.length > 0) {
      const form = { values, errors: { printAnyway: PRINT_CHECK_MESSAGES[visit.lang].reasonRequired } };
      return sendPage(reply, printGatePage(visit, territory, { ...check, season: check.season }, form), 400);
    }
    delete values.printAnyway;
  }
  const checked = await validateForm(TerritoryBrochureQueryDto, values, visit.lang);
  if (checked.errors) return sendPage(reply, services.formPage({ values, errors: checked.errors }), 400);
  try {
    return await sendPdf(reply, await services.brochures.territoryBrochure(territory.id, checked.value, visit.actor), reply.request.headers['if-none-match']);
  } catch (error) {
    if (!(error instanceof PrintProblemsFound)) throw error;
    return sendPage(reply, printGatePage(visit, territory, error.check, { values, errors: {} }), 409);
  }
}
