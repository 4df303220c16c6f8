import type { FastifyRequest } from 'fastify';

const NAMES = new WeakMap<object, Map<string, string>>();

/**
 * Keeps the name of the file sent in `field` beside its bytes: with the bytes alone, an empty file
 * a member chose cannot be told from no file chosen (a browser sends that as an empty, nameless file).
 */
export function rememberUploadName(request: FastifyRequest, field: string, name: string): void {
  const names = NAMES.get(request) ?? new Map<string, string>();
  names.set(field, name);
  NAMES.set(request, names);
}

/** The name of the file sent in `field`, or undefined when none was chosen. */
export function uploadName(request: FastifyRequest, field: string): string | undefined {
  return NAMES.get(request)?.get(field) || undefined;
}
