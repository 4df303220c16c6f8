import { refusal, Refused } from '#common';
import { PRINT_CHECK_REFUSALS } from './print-check-refusals.js';
import type { PrintCheck } from './print-problem.js';

/** Printing a territory's brochures from an open season, with problems left and no reason to print anyway: a 409 that carries them. */
export class PrintProblemsFound extends Refused {
  constructor(readonly check: PrintCheck & { season: NonNullable<PrintCheck['season']> }) {
    super(409, refusal(PRINT_CHECK_REFUSALS, 'print_check_failed', { problems: check.problems.length, season: check.season.name }));
  }
}
