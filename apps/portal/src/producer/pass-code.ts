import { readTypedCode, typedCodeRefusal } from '#directory';
import type { PortalLanguage } from '../visit.js';
import { PRODUCER_MESSAGES } from './producer.messages.js';

/**
 * A pass code as a producer typed it ("K7M3 P9QA 2XF", or the address of the pass page): the code
 * to look up, or what to say beside the field. A slip caught by the check character is said as a
 * typing mistake, apart from a code no pass has; the same words serve each line of a sheet of codes.
 */
export function typedPassCode(typed: string, lang: PortalLanguage): { code: string; problem?: undefined } | { code?: undefined; problem: string } {
  const read = readTypedCode(typed);
  if (read.code !== undefined) return { code: read.code };
  return { problem: read.refusal === 'code_mistyped' ? typedCodeRefusal(read.refusal, lang).message : PRODUCER_MESSAGES[lang].passCodeProblem };
}
