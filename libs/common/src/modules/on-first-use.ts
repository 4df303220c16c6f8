import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A library loaded the first time it is asked for, not when the process starts: exceljs, pdfkit,
 * fontkit, sharp and resvg weigh tens of megabytes each that most API processes never use
 * (docs/pagespeed.md, memory). Synchronous, so that its callers stay so; its types stay static
 * (`import type`). test/operations/heap-bound.e2e-spec.ts keeps them out of the start.
 */
export function onFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
