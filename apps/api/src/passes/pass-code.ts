import { NotFoundException } from '@nestjs/common';
import { invalidField, type Language } from '#common';
import { readTypedCode, typedCodeRefusal } from '#directory';

export const PASS_CODE_PARAM =
  'The code of the pass (its QR code), as printed or typed: case, spaces and dashes do not matter. Codes of 11 characters end in a check character: one mistyped is a 400 naming `code`, not a 404';

/**
 * A pass code in a route: clients may send it as typed from the card ("AZQA T474 MDX"). A slip the
 * check character catches, or a character no code has, is a 400 naming `code`, so that an app can
 * tell "typed wrong" from "no such pass" (404) and never records a use on another pass.
 */
export function passCode(code: string, lang: Language = 'en'): string {
  const read = readTypedCode(code);
  if (read.refusal === 'not_a_code') throw new NotFoundException(`No pass with code ${code}`);
  if (read.refusal) throw invalidField('code', typedCodeRefusal(read.refusal, lang));
  return read.code;
}
