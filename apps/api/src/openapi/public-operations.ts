import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { IS_PUBLIC } from '#web';
import { operationId } from './operation-id.js';

/** The operationIds of the routes marked @Public(), read from the same metadata the AuthGuard reads. */
function publicOperationIds(app: INestApplication): Set<string> {
  const ids = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      const classIsPublic = Reflect.getMetadata(IS_PUBLIC, metatype) === true;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        if (classIsPublic || Reflect.getMetadata(IS_PUBLIC, handler) === true) ids.add(operationId(metatype.name, name));
      }
    }
  }
  return ids;
}

/**
 * Marks the public operations `security: []` (no token needed) over the document-wide bearer
 * requirement. Done here because @nestjs/swagger drops an empty security list from an operation,
 * so no decorator can say "public".
 */
export function markPublicOperations(app: INestApplication, document: OpenAPIObject): void {
  const ids = publicOperationIds(app);
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods as Record<string, { operationId?: string; security?: unknown[] }>)) {
      if (operation.operationId !== undefined && ids.has(operation.operationId)) operation.security = [];
    }
  }
}
