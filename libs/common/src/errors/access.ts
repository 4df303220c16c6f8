import { ForbiddenException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { COMMON_REFUSALS } from './common-refusals.js';
import { codeOf, refusal, withRefusal, type Refusal } from './refusal.js';

/** Not signed in where one must be. */
export function signInRequired(): UnauthorizedException {
  const said = refusal(COMMON_REFUSALS, 'sign_in_required');
  return withRefusal(new UnauthorizedException(said.message), said);
}

/**
 * What the actor may not see does not exist for them (404, whoever owns it); what they may see
 * but not do is a 403 (401 when nobody is signed in).
 */
export function denied(actor: Actor, visible: boolean, what: string, action: string): Error {
  if (!visible) {
    const said = refusal(COMMON_REFUSALS, 'not_found', { what });
    return withRefusal(new NotFoundException(said.message), said);
  }
  if (!actor.isSignedIn) return signInRequired();
  const said = refusal(COMMON_REFUSALS, 'forbidden', { what, action });
  return withRefusal(new ForbiddenException(said.message), said);
}

/** A field this role may not write: refused by name, never silently dropped. */
export class FieldForbidden extends ForbiddenException {
  readonly refusal: Refusal;

  constructor(readonly fields: string[]) {
    const said = refusal(COMMON_REFUSALS, 'field_forbidden', { fields: fields.join(', ') });
    super(said.message);
    this.refusal = codeOf(said);
  }
}
