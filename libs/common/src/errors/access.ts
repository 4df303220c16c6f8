import { ForbiddenException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';

/** Not signed in where one must be. */
export function signInRequired(): UnauthorizedException {
  return new UnauthorizedException('Sign in to do this');
}

/**
 * What the actor may not see does not exist for them (404, whoever owns it); what they may see
 * but not do is a 403 (401 when nobody is signed in).
 */
export function denied(actor: Actor, visible: boolean, what: string, action: string): Error {
  if (!visible) return new NotFoundException(`No ${what} with this id`);
  if (!actor.isSignedIn) return signInRequired();
  return new ForbiddenException(`You may not ${action} this ${what}`);
}

/** A field this role may not write: refused by name, never silently dropped. */
export class FieldForbidden extends ForbiddenException {
  constructor(readonly fields: string[]) {
    super(`You may not set ${fields.join(', ')}`);
  }
}
