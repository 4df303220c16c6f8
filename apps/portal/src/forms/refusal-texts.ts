import { COMMON_REFUSALS, sayRefusal, type RefusalTexts, type SaidRefusal } from '#common';
import { ACCOUNT_REFUSALS, JOIN_REQUEST_REFUSALS } from '#accounts';
import { CAMPAIGN_REFUSALS } from '#association';
import { BASE_LAYER_REFUSALS, DIRECTORY_REFUSALS, PLACE_PROBLEMS, SPREADSHEET_PROBLEMS, TYPED_CODE_REFUSALS } from '#directory';
import { INSIGHTS_REFUSALS } from '#insights';
import { PASS_REFUSALS, TALLY_REFUSALS } from '#passes';
import { COUPON_SCAN_REFUSALS } from '#printing';
import type { PortalLanguage } from '../visit.js';
import { sentence, VALIDATION_MESSAGES, type ValidationRule } from './validation-messages.js';

/** Every part's refusals the member pages may meet, by code. */
export const REFUSAL_CATALOGUES: readonly Record<PortalLanguage, RefusalTexts>[] = [
  COMMON_REFUSALS,
  PASS_REFUSALS,
  TALLY_REFUSALS,
  TYPED_CODE_REFUSALS,
  DIRECTORY_REFUSALS,
  SPREADSHEET_PROBLEMS,
  PLACE_PROBLEMS,
  ACCOUNT_REFUSALS,
  JOIN_REQUEST_REFUSALS,
  INSIGHTS_REFUSALS,
  CAMPAIGN_REFUSALS,
  BASE_LAYER_REFUSALS,
  COUPON_SCAN_REFUSALS,
];

const isRule = (rule: unknown): rule is ValidationRule => typeof rule === 'string' && Object.hasOwn(VALIDATION_MESSAGES.en, rule);

/** A validation rule's message (class-validator's English sentence) in the reader's language. */
export function validationText(rule: string, english: string, lang: PortalLanguage): string {
  return VALIDATION_MESSAGES[lang][isRule(rule) ? rule : 'other'](english);
}

/**
 * A service's refusal in the reader's language, from its code and parameters. One without a code
 * (none is left on the paths the pages take, but a new one may come) keeps its English sentence.
 */
export function refusalText(refused: Partial<SaidRefusal> & { message: string }, lang: PortalLanguage): string {
  if (refused.code === 'invalid_value') return validationText(String(refused.params?.rule), refused.message, lang);
  if (refused.code !== undefined) {
    for (const catalogue of REFUSAL_CATALOGUES) {
      const text = sayRefusal(catalogue[lang], { code: refused.code, params: refused.params });
      if (text !== undefined) return sentence(text);
    }
  }
  return lang === 'en' ? sentence(refused.message) : `Refusé : ${sentence(refused.message)}`;
}
